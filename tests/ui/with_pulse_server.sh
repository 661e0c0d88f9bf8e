#!/usr/bin/env bash
# Runs a command against a private PulseAudio server with one null sink (hhs_test, 22050 Hz
# mono, without rewinds: a rewind would hide a new stream's first ~10 ms from the monitor)
# whose monitor the command can record with parec. The server, its socket, state and
# home live in a temporary directory removed on exit, so the user's own sound server is never
# touched. Works as root too: the server gets its own HOME and runtime paths (it warns that it
# is "not intended to be run as root", which is harmless here). Exits 77 (ctest: skipped) when
# pulseaudio or parec is not installed (scripts/install-deps installs both).
set -euo pipefail

if ! command -v pulseaudio >/dev/null || ! command -v parec >/dev/null; then
    echo "skipped: pulseaudio and parec are needed (scripts/install-deps installs them)" >&2
    exit 77
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/hhs-pulse.XXXXXX")
server_pid=
cleanup() {
    # A server the command started again answers on the same socket: ask it to quit.
    pactl exit >/dev/null 2>&1 || true
    if [[ -n "$server_pid" ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$dir"
}
trap cleanup EXIT

export HOME="$dir" XDG_RUNTIME_DIR="$dir" PULSE_RUNTIME_PATH="$dir/pulse"
export PULSE_STATE_PATH="$dir/state" XDG_CONFIG_HOME="$dir/config"
export PULSE_SERVER="unix:$dir/native"
# The command may stop this server and start it again (a device that comes back).
export HHS_PULSE_DIR="$dir"
export HHS_PULSE_START="exec pulseaudio -n --daemonize=no --exit-idle-time=-1 --disallow-exit=no \
--log-target=file:$dir/server.log \
-L 'module-null-sink sink_name=hhs_test rate=22050 channels=1 format=float32le norewinds=1' \
-L 'module-native-protocol-unix auth-anonymous=1 socket=$dir/native'"

eval "$HHS_PULSE_START" 2>/dev/null &
server_pid=$!
for _ in $(seq 100); do
    pactl info >/dev/null 2>&1 && break
    sleep 0.1
done
if ! pactl info >/dev/null 2>&1; then
    echo "error: the private PulseAudio server did not start:" >&2
    cat "$dir/server.log" >&2 || true
    exit 1
fi

status=0
"$@" || status=$?
exit "$status"
