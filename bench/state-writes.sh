#!/usr/bin/env bash
# Prints the bytes written to the state file system by birthday runs: STATE_DIRECTORY on a fresh ext4 file system
# (a loop device, 64 MiB), counted by /sys/fs/ext4/<dev>/lifetime_write_kbytes around each run after a sync; the
# runtime directory on tmpfs. Also prints the bytes of the JSON log (what journald would receive) of the N-wish run.
# Needs root (mount). Measures and asserts nothing: it is not a test.
#   bench/state-writes.sh [EXE] [--wishes N]     (default dist/linux-x64/linkedin-auto; ./build.sh publish first)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
EXE="$ROOT/dist/linux-x64/linkedin-auto"
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then EXE="$1"; shift; fi
[ -x "$EXE" ] || { echo "state-writes: $EXE not found: run ./build.sh publish" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "state-writes: needs root (it mounts an ext4 loop device)" >&2; exit 1; }

dotnet build "$ROOT/bench/StateWrites" -c Release -nologo -v q >&2
WORK="$(mktemp -d -p /dev/shm linkedin-auto-writes.XXXXXX)"
IMAGE="$WORK/state.img"
MNT="$WORK/state"
DEV=""
cleanup() {
    mountpoint -q "$MNT" && umount "$MNT"
    [ -z "$DEV" ] || losetup -d "$DEV" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
truncate -s 64M "$IMAGE"
mkfs.ext4 -q -F -E lazy_itable_init=0,lazy_journal_init=0 "$IMAGE"
DEV="$(losetup -f --show "$IMAGE")"
mkdir -p "$MNT"
mount -t ext4 "$DEV" "$MNT"
dotnet "$ROOT/bench/StateWrites/bin/Release/net10.0/StateWrites.dll" "$EXE" "$MNT" \
    "/sys/fs/ext4/$(basename "$DEV")/lifetime_write_kbytes" "$WORK" "$ROOT" "$@"
