#!/usr/bin/env bash
# Prints the idle daemon's memory: starts the published daemon in a temporary state directory with the shipped config,
# waits until its control socket answers and SETTLE seconds more, then prints VmRSS and PSS (smaps_rollup) in MiB.
# Usage: bench/idle-rss.sh [path/to/linkedin-auto] (default dist/linux-x64/linkedin-auto; ./build.sh publish first).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXE="${1:-$ROOT/dist/linux-x64/linkedin-auto}"
SETTLE="${SETTLE:-20}"
[ -x "$EXE" ] || { echo "idle-rss: $EXE not found: run ./build.sh publish" >&2; exit 1; }

WORK="$(mktemp -d -t linkedin-auto-rss.XXXXXX)"
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
mkdir -p "$WORK/state" "$WORK/run"
cp -r "$ROOT/config/messages" "$WORK/messages"
cp "$ROOT/config/config.yaml" "$WORK/config.yaml"
export STATE_DIRECTORY="$WORK/state" RUNTIME_DIRECTORY="$WORK/run"

"$EXE" daemon --config "$WORK/config.yaml" --log-format json 2>"$WORK/daemon.log" &
PID=$!
for _ in $(seq 1 300); do
    "$EXE" status --config "$WORK/config.yaml" >/dev/null 2>&1 && break
    sleep 0.2
done
sleep "$SETTLE"

rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$PID/status")
pss_kb=$(awk '/^Pss:/ {print $2}' "/proc/$PID/smaps_rollup")
printf 'idle daemon after %ss: RSS %d MiB, PSS %d MiB (pid %d)\n' "$SETTLE" $((rss_kb / 1024)) $((pss_kb / 1024)) "$PID"
