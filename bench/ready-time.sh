#!/usr/bin/env bash
# Prints the time from exec to READY=1 of the product's daemon beside a minimal reference host (bench/ReferenceHost:
# Generic Host + Quartz + EF Core SQLite, self-contained like the product), for linux-x64 and for linux-arm64 (under
# QEMU user emulation on an x86-64 machine), each published with and without ReadyToRun: medians, the product/reference
# ratio, and what ReadyToRun gains. Both programs of a pair start in turn in the same run, so a load from elsewhere
# falls on both; the ratios are what to compare across machines. It measures and asserts nothing: it is not a test.
#
#   bench/ready-time.sh                        # both RIDs, 5 starts each after two warm-ups (10-15 minutes on 2 cores)
#   bench/ready-time.sh --runs 3 --rids linux-x64
#   bench/ready-time.sh --no-publish           # again, with the builds the last run left in dist/bench
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
RUNS=5
RIDS="linux-x64 linux-arm64"
PUBLISH=1
while (($#)); do
    case "$1" in
        --runs) RUNS="$2"; shift 2 ;;
        --rids) RIDS="$2"; shift 2 ;;
        --no-publish) PUBLISH=0; shift ;;
        *) echo "usage: bench/ready-time.sh [--runs N] [--rids \"linux-x64 linux-arm64\"] [--no-publish]" >&2; exit 2 ;;
    esac
done
OUT="$ROOT/dist/bench"

if [ "$(uname -m)" = x86_64 ] && [[ " $RIDS " == *" linux-arm64 "* ]]; then
    "$ROOT/packaging/emulation/setup.sh"
fi

publish() { # PROJECT RID READY_TO_RUN DIR
    rm -rf "$4"
    dotnet publish "$ROOT/$1" -c Release -r "$2" --self-contained true -p:PublishReadyToRun="$3" \
        -p:DebugType=none -p:DebugSymbols=false -o "$4" -nologo -v q >&2
}

pairs=()
for rid in $RIDS; do
    where="$rid"
    [ "$rid" != linux-arm64 ] || [ "$(uname -m)" = aarch64 ] || where="$rid under QEMU"
    for r2r in true false; do
        mode=ReadyToRun dir="$OUT/$rid-r2r"
        [ "$r2r" = true ] || { mode="JIT only"; dir="$OUT/$rid-jit"; }
        if [ "$PUBLISH" = 1 ]; then
            echo "bench: publishing linkedin-auto and the reference host for $rid, $mode" >&2
            publish src/LinkedInAuto/LinkedInAuto.csproj "$rid" "$r2r" "$dir/linkedin-auto"
            publish bench/ReferenceHost/ReferenceHost.csproj "$rid" "$r2r" "$dir/reference-host"
        fi
        pairs+=(--pair "$where, $mode|$dir/linkedin-auto/linkedin-auto|$dir/reference-host/reference-host")
    done
done

dotnet build "$ROOT/bench/ReadyTime" -c Release -nologo -v q >&2
dotnet "$ROOT/bench/ReadyTime/bin/Release/net10.0/ReadyTime.dll" --repo "$ROOT" --runs "$RUNS" "${pairs[@]}"
