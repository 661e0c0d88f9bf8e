#!/usr/bin/env bash
# translations_complete.sh LUPDATE SOURCE_DIR: fails when a translation source is behind the code.
# lupdate runs over app/, ui/ and core/ into a copy of each resources/translations/*.ts; every
# string still unfinished there (new in the code, or never translated) and every string the code
# no longer has (vanished / obsolete) is listed. `scripts/update-translations` and a translator
# fix it.
set -euo pipefail
lupdate="$1"
source_dir="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
cd "$source_dir"
for ts in resources/translations/*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    only=()
    [[ "$ts" == *_en.ts ]] && only=(-pluralonly) # English: only the forms of counted strings
    "$lupdate" -silent -extensions cpp,h -locations none "${only[@]}" app ui core -ts "$copy"
    report="$(python3 - "$copy" <<'PY'
import sys, xml.etree.ElementTree as tree
root = tree.parse(sys.argv[1]).getroot()
for context in root.iter('context'):
    name = context.findtext('name')
    for message in context.iter('message'):
        kind = message.find('translation').get('type')
        if kind in ('unfinished', 'vanished', 'obsolete'):
            print('%s\t%s\t%s' % (kind, name, message.findtext('source')))
PY
)"
    messages="$(grep -c '<message' "$copy")"
    if [ -n "$report" ]; then
        count="$(printf '%s\n' "$report" | wc -l)"
        echo "$ts: $count of $messages strings are unfinished or no longer in the code:"
        printf '%s\n' "$report"
        status=1
    else
        echo "$ts: all $messages strings translated, none obsolete"
    fi
done
exit $status
