#!/usr/bin/env bash
# Builds the .deb with CPack and checks that it installs the programs, their private libraries,
# the desktop entry, the AppStream metadata, the MIME type and the icons, and that the desktop
# entry and metadata validate. Usage: check_package.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$build"
cpack -G DEB -B "$work" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/hiphop-studio_*.deb)
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
dpkg-deb -f "$deb" Depends >"$work/depends"

status=0
expect() {
    if ! grep -qE "$1" "$work/files"; then
        echo "missing from the package: $1"
        status=1
    fi
}
expect '^/usr/bin/hiphop-studio$'
expect '^/usr/bin/hiphop-cli$'
expect '^/usr/lib/hiphop-studio/libhiphop-core\.so$'
expect '^/usr/lib/hiphop-studio/hiphop-ml-engine\.so$'
expect '^/usr/share/applications/org\.hiphopstudio\.HipHopStudio\.desktop$'
expect '^/usr/share/metainfo/org\.hiphopstudio\.HipHopStudio\.metainfo\.xml$'
expect '^/usr/share/mime/packages/hiphop-studio-project\.xml$'
expect '^/usr/share/icons/hicolor/scalable/apps/hiphop-studio\.svg$'
expect '^/usr/share/icons/hicolor/48x48/apps/hiphop-studio\.png$'

# The Korean interface: Qt's own Korean strings and the Hangul font come with the package.
for dependency in qt6-translations-l10n fonts-nanum; do
    grep -q "$dependency" "$work/depends" || { echo "Depends lacks $dependency: $(cat "$work/depends")"; status=1; }
done

for library in libqt6core6 libsndfile1 libsoxr0 libfftw3-single3 libsqlite3-0 libtorch1.13 libopenblas0 \
    libavformat59 libavcodec59 libswresample4 libavutil57; do
    grep -q "$library" "$work/depends" || { echo "Depends lacks $library: $(cat "$work/depends")"; status=1; }
done

mkdir "$work/root"
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/org.hiphopstudio.HipHopStudio.desktop" || status=1
appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.hiphopstudio.HipHopStudio.metainfo.xml" || status=1
# The unpacked programs run from their own folder, finding their private libraries.
"$work/root/usr/bin/hiphop-cli" --version || status=1
# Training goes through the packaged engine module, found beside the packaged core library and
# nowhere else: a one-epoch run on a demo project, with the loader's log to say what it opened.
"$work/root/usr/bin/hiphop-cli" --quiet --project "$work/demo/demo.hhs" demo "$work/demo" \
    --clips-per-style 3 --clip-seconds 6 --medley-seconds 0 >/dev/null || status=1
if ! HHS_MODULE_PATH= LD_DEBUG=files "$work/root/usr/bin/hiphop-cli" --quiet \
        --project "$work/demo/demo.hhs" train --model cnn --epochs 1 --out "$work/demo/m.hhsmodel" \
        >/dev/null 2>"$work/train.log" ||
    ! grep -q "$work/root/usr/lib/hiphop-studio/hiphop-ml-engine.so" "$work/train.log"; then
    echo "the packaged ML engine did not train: $(grep -v 'file=' "$work/train.log" | tail -3)"
    status=1
fi
# The packaged programs speak Korean on a Korean desktop (the translations are in the library).
# (Written to a file first: grep -q stops reading at the first match, and the program rightly
# reports the closed pipe as an error.)
LANGUAGE=ko LC_ALL=ko_KR.UTF-8 "$work/root/usr/bin/hiphop-cli" --help >"$work/help-ko.txt" &&
    grep -q '사용법' "$work/help-ko.txt" ||
    { echo "the packaged hiphop-cli does not speak Korean under ko_KR"; status=1; }

if ((status == 0)); then
    echo "package $(basename "$deb"): $(wc -l <"$work/files") entries, Depends: $(cat "$work/depends")"
fi
exit $status
