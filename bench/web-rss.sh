#!/usr/bin/env bash
# Prints the web page's memory (issue 14, acceptance 4) beside what the same web stack costs without the product:
# - the product: starts the published daemon and `linkedin-auto web` in a temporary directory with the shipped config
#   (web on 127.0.0.1, any free port, idle_exit IDLE seconds), logs in, fetches the status page REQUESTS times, prints
#   the web process's RSS, PSS and unique memory (USS: its private pages, what starting it adds to the machine while
#   the daemon runs), then waits for its idle exit and prints that it is gone (0 MiB while nobody looks);
# - the references (bench/WebReference, published self-contained with ReadyToRun like the product): the smallest page
#   on the same stack (slim builder, Kestrel, cookie login, anti-forgery, data protection, rate limiter), logged in
#   and fetched REQUESTS times the same way; and Kestrel alone (one endpoint, nothing else, `--bare`).
# Usage: bench/web-rss.sh [path/to/linkedin-auto] (default dist/linux-x64/linkedin-auto; ./build.sh publish first).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXE="${1:-$ROOT/dist/linux-x64/linkedin-auto}"
REQUESTS="${REQUESTS:-50}"
IDLE="${IDLE:-5}"
REFERENCE="$ROOT/dist/bench/web-reference/web-reference"
[ -x "$EXE" ] || { echo "web-rss: $EXE not found: run ./build.sh publish" >&2; exit 1; }
if [ ! -x "$REFERENCE" ] || [ -n "${PUBLISH:-}" ]; then
    echo "web-rss: publishing the reference page (bench/WebReference)" >&2
    rm -rf "${REFERENCE%/*}"
    dotnet publish "$ROOT/bench/WebReference/WebReference.csproj" -c Release -r linux-x64 --self-contained true \
        -p:DebugType=none -p:DebugSymbols=false -o "${REFERENCE%/*}" -nologo -v q >&2
fi

WORK="$(mktemp -d -t linkedin-auto-web-rss.XXXXXX)"
trap 'kill "${DAEMON:-}" "${WEB:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
mkdir -p "$WORK/state" "$WORK/run"
cp -r "$ROOT/config/messages" "$WORK/messages"
sed -e 's/^  listen: "\*"/  listen: 127.0.0.1/' -e 's/^  port: 8080/  port: 0/' -e "s/^  idle_exit: 10m/  idle_exit: ${IDLE}s/" \
    "$ROOT/config/config.yaml" > "$WORK/config.yaml"
export STATE_DIRECTORY="$WORK/state" RUNTIME_DIRECTORY="$WORK/run"

# wait_listening LOG: the URL a web process printed once it listens.
wait_listening() {
    for _ in $(seq 1 300); do
        grep -q 'listening on' "$1" && break
        sleep 0.1
    done
    grep -o 'http://127\.0\.0\.1:[0-9]*' "$1" | head -n 1
}

# serve URL [login]: logs in (when asked) and fetches the page at / REQUESTS times; every answer must be 200.
serve() {
    local url=$1 jar="$WORK/cookies.$RANDOM" token
    if [ "${2:-}" = login ]; then
        token="$(curl -s -c "$jar" -b "$jar" "$url/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p')"
        curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf=$token" --data-urlencode "password=bench-password" "$url/login"
    fi
    for _ in $(seq 1 "$REQUESTS"); do
        curl -s -o /dev/null -w '%{http_code}\n' -c "$jar" -b "$jar" "$url/" | grep -qx 200 ||
            { echo "web-rss: $url/ did not answer 200" >&2; exit 1; }
    done
}

# memory PID: "RSS n MiB, PSS n MiB, USS n MiB" (USS = private clean + private dirty).
memory() {
    local rss pss uss
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$1/status")
    pss=$(awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup")
    uss=$(awk '/^Private_(Clean|Dirty):/ {s += $2} END {print s}' "/proc/$1/smaps_rollup")
    printf 'RSS %d MiB, PSS %d MiB, USS %d MiB' $((rss / 1024)) $((pss / 1024)) $((uss / 1024))
}

"$EXE" daemon --config "$WORK/config.yaml" --log-format json 2>"$WORK/daemon.log" &
DAEMON=$!
for _ in $(seq 1 300); do
    "$EXE" status --config "$WORK/config.yaml" >/dev/null 2>&1 && break
    sleep 0.2
done

printf 'bench-password\nbench-password\n' | "$EXE" web password --config "$WORK/config.yaml" >/dev/null
"$EXE" web --config "$WORK/config.yaml" 2>"$WORK/web.log" &
WEB=$!
serve "$(wait_listening "$WORK/web.log")" login
printf 'web page after %d status pages: %s (pid %d)\n' "$REQUESTS" "$(memory "$WEB")" "$WEB"
[ -z "${KEEP:-}" ] || { grep -E "^(Rss|Pss|Anonymous|Private_Dirty|Shared_Clean|Private_Clean):" "/proc/$WEB/smaps_rollup"; }
wait "$WEB"
printf 'web page after %ss without a request: exited with %d, RSS 0 MiB\n' "$IDLE" $?
WEB=""
kill "$DAEMON"
wait "$DAEMON" 2>/dev/null || true
DAEMON=""

for variant in full bare; do
    port=$((20000 + RANDOM % 20000))
    if [ "$variant" = full ]; then
        "$REFERENCE" "$port" "$WORK/reference-keys" 2>"$WORK/reference.log" &
    else
        "$REFERENCE" "$port" "$WORK/reference-keys" --bare 2>"$WORK/reference.log" &
    fi
    WEB=$!
    url="$(wait_listening "$WORK/reference.log")"
    [ -n "$url" ] || { echo "web-rss: the reference page did not start (port $port taken?)" >&2; exit 1; }
    if [ "$variant" = full ]; then
        serve "$url" login
        printf 'reference: the same web stack, one page, after %d pages: %s\n' "$REQUESTS" "$(memory "$WEB")"
    else
        serve "$url"
        printf 'reference: Kestrel alone, one endpoint, after %d requests: %s\n' "$REQUESTS" "$(memory "$WEB")"
    fi
    kill "$WEB"
    wait "$WEB" 2>/dev/null || true
    WEB=""
done
