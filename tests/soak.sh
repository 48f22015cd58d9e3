#!/usr/bin/env bash
# Runs the timing-sensitive suites (daemon process, control socket, scheduling, birthday crash) and the system test
# several times in a row while a CPU hog keeps every core busy: a check that no test reads a state that is still
# changing, or waits on a deadline that only a quiet machine meets.
#
# Usage (as root, like CI): tests/soak.sh [ROUNDS]   (default 3; SOAK_SYSTEMTEST=0 leaves the system test out)
# Prints one line per suite and round (counts, duration) and a summary; exit 1 if any round failed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ROUNDS="${1:-3}"
FILTER="FullyQualifiedName~LinkedInAuto.Tests.Daemon.|FullyQualifiedName~LinkedInAuto.Tests.Control.|FullyQualifiedName~LinkedInAuto.Tests.Scheduling.|FullyQualifiedName~BirthdayCrashTests"
LOGS="$ROOT/dist/soak"
mkdir -p "$LOGS"

./build.sh publish
exe="$ROOT/dist/linux-x64/linkedin-auto"
dotnet build LinkedInAuto.sln -c Release -nologo -v q
deb=""
if [ "${SOAK_SYSTEMTEST:-1}" = 1 ]; then
    deb="$(./build.sh deb)"
fi

# The hog: one busy loop per core, at the same priority as the tests.
hogs=()
for ((i = 0; i < $(nproc); i++)); do
    yes > /dev/null &
    hogs+=($!)
done
trap 'kill "${hogs[@]}" 2>/dev/null || true' EXIT
echo "# CPU hog: ${#hogs[@]} busy loops ($(nproc) cores); $ROUNDS rounds" >&2

failed=0
for ((round = 1; round <= ROUNDS; round++)); do
    start=$SECONDS
    log="$LOGS/suites-$round.log"
    if LINKEDIN_AUTO_EXE="$exe" dotnet test tests/LinkedInAuto.Tests -c Release --no-build --filter "$FILTER" > "$log" 2>&1; then
        verdict=ok
    else
        verdict="not ok"; failed=1
    fi
    counts="$(grep -E '^(Passed|Failed)!' "$log" | tail -n 1 | sed -E 's/ - LinkedInAuto.Tests.dll.*//')"
    echo "$verdict - round $round: timing-sensitive suites: ${counts:-no summary (see $log)} in $((SECONDS - start)) s"
    if [ -n "$deb" ]; then
        start=$SECONDS
        log="$LOGS/systemtest-$round.log"
        if SYSTEMTEST_DEB="$deb" ./build.sh systemtest > "$log" 2>&1; then verdict=ok; else verdict="not ok"; failed=1; fi
        echo "$verdict - round $round: system test: $(tail -n 1 "$log") in $((SECONDS - start)) s"
        grep '^not ok' "$log" || true
    fi
done
exit $failed
