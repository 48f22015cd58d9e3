#!/usr/bin/env bash
# Prints the web page's memory (issue 14, acceptance 4): starts the published daemon and `linkedin-auto web` in a
# temporary directory with the shipped config (web on 127.0.0.1, any free port, idle_exit IDLE seconds), logs in,
# fetches the status page REQUESTS times, prints the web process's VmRSS and PSS in MiB, then waits for its idle exit
# and prints that it is gone (0 MiB while nobody looks).
# Usage: bench/web-rss.sh [path/to/linkedin-auto] (default dist/linux-x64/linkedin-auto; ./build.sh publish first).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXE="${1:-$ROOT/dist/linux-x64/linkedin-auto}"
REQUESTS="${REQUESTS:-50}"
IDLE="${IDLE:-5}"
[ -x "$EXE" ] || { echo "web-rss: $EXE not found: run ./build.sh publish" >&2; exit 1; }

WORK="$(mktemp -d -t linkedin-auto-web-rss.XXXXXX)"
trap 'kill "$DAEMON" "${WEB:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
mkdir -p "$WORK/state" "$WORK/run"
cp -r "$ROOT/config/messages" "$WORK/messages"
sed -e 's/^  listen: "\*"/  listen: 127.0.0.1/' -e 's/^  port: 8080/  port: 0/' -e "s/^  idle_exit: 10m/  idle_exit: ${IDLE}s/" \
    "$ROOT/config/config.yaml" > "$WORK/config.yaml"
export STATE_DIRECTORY="$WORK/state" RUNTIME_DIRECTORY="$WORK/run"

"$EXE" daemon --config "$WORK/config.yaml" --log-format json 2>"$WORK/daemon.log" &
DAEMON=$!
for _ in $(seq 1 300); do
    "$EXE" status --config "$WORK/config.yaml" >/dev/null 2>&1 && break
    sleep 0.2
done

printf 'bench-password\nbench-password\n' | "$EXE" web password --config "$WORK/config.yaml" >/dev/null
"$EXE" web --config "$WORK/config.yaml" 2>"$WORK/web.log" &
WEB=$!
for _ in $(seq 1 300); do
    grep -q 'listening on' "$WORK/web.log" && break
    sleep 0.1
done
URL="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$WORK/web.log" | head -n 1)"

jar="$WORK/cookies"
token="$(curl -s -c "$jar" -b "$jar" "$URL/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p')"
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf=$token" --data-urlencode "password=bench-password" "$URL/login"
for _ in $(seq 1 "$REQUESTS"); do
    curl -s -o /dev/null -w '%{http_code}\n' -c "$jar" -b "$jar" "$URL/" | grep -qx 200 || { echo "web-rss: the status page did not answer 200" >&2; exit 1; }
done

rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$WEB/status")
pss_kb=$(awk '/^Pss:/ {print $2}' "/proc/$WEB/smaps_rollup")
printf 'web page after %d status pages: RSS %d MiB, PSS %d MiB (pid %d)\n' "$REQUESTS" $((rss_kb / 1024)) $((pss_kb / 1024)) "$WEB"
[ -z "${KEEP:-}" ] || { grep -E "^(Rss|Pss|Anonymous|Private_Dirty|Shared_Clean|Private_Clean):" "/proc/$WEB/smaps_rollup"; }
wait "$WEB"
printf 'web page after %ss without a request: exited with %d, RSS 0 MiB\n' "$IDLE" $?
