#!/usr/bin/env bash
# Runs every fuzz target of a build made with -DHHS_FUZZ=ON for SECONDS each (default 30), from
# its seed corpus (corpus/NAME beside this script) grown in BUILD/fuzz-corpus/NAME, and fails on
# the first finding (a crash, an ASan or UBSan report, a timeout, running out of memory), whose
# input is kept as BUILD/fuzz-findings/NAME-*. Prints each target's executions and coverage.
#   tests/fuzz/run_fuzzers.sh BUILD_DIR [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$(cd "$1" && pwd)
seconds=${2:-30}
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$here/lsan.supp}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$build/fuzz-findings"
# The targets write each input to a file under TMPDIR: a folder of this run's, removed after.
export TMPDIR="$build/fuzz-tmp"
rm -rf "$TMPDIR" && mkdir -p "$TMPDIR"
trap 'rm -rf "$TMPDIR"' EXIT
status=0
for seeds in "$here"/corpus/*/; do
    name=$(basename "$seeds")
    target="$build/tests/fuzz/fuzz_$name"
    [[ -x "$target" ]] || { echo "missing fuzz target $target" >&2; exit 1; }
    work="$build/fuzz-corpus/$name"
    mkdir -p "$work"
    log="$build/fuzz-findings/$name.log"
    # -max_len 65600: the project seed is a 64 KB SQLite file; the rest are smaller.
    if "$target" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=3072 -max_len=65600 \
        -print_final_stats=1 -artifact_prefix="$build/fuzz-findings/$name-" \
        "$work" "$seeds" >"$log" 2>&1; then
        executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
        coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || true)
        echo "fuzz_$name: ${executions:-?} executions in ${seconds} s, coverage ${coverage:-?} edges, no finding"
    else
        echo "fuzz_$name FOUND A PROBLEM (input kept in $build/fuzz-findings/):" >&2
        grep -E 'ERROR|SUMMARY|runtime error|fuzz finding|Test unit written' "$log" | head -20 >&2
        status=1
    fi
done
exit $status
