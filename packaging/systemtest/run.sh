#!/usr/bin/env bash
# System test: the .deb on a real systemd. Boots Debian bookworm in systemd-nspawn, installs the package with apt
# and checks what a user would see: the unit enabled and active with READY=1 and its idle status, Chromium's
# sandbox under the hardened unit, a bot run against the fake LinkedIn, journal fields, reload, a config edit
# surviving a reinstall, kill -9 leaving no browser behind, the web page's socket activation and idle exit (and its
# process unable to open the session file), purge leaving nothing but the system user.
#
# A package of another architecture (arm64 on an x86-64 machine) boots an image of that architecture through
# binfmt_misc and QEMU (packaging/emulation/setup.sh): the same checks, except the browser runs, reported as skipped
# (Debian's arm64 Chromium only works under QEMU with --single-process, which the product does not use).
#
# Usage (as root): packaging/systemtest/run.sh DEB [FAKE_DIR]
#   DEB       the package to test (./build.sh systemtest [RID] builds it)
#   FAKE_DIR  a self-contained publish of tests/FakeLinkedIn for this machine (not used under emulation)
# Environment: SYSTEMTEST_CACHE (image cache; default ~/.cache/linkedin-auto-systemtest), SYSTEMTEST_MIRROR,
# SYSTEMTEST_KEEP=1 (keep the container's tree for inspection).
# Output: one `ok`/`not ok`/`skip` line per check, then "N passed, N failed, N skipped"; exit 1 if any failed.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${SYSTEMTEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/linkedin-auto-systemtest}"
DEB="$(realpath "${1:?usage: run.sh DEB [FAKE_DIR]}")"
FAKE_DIR="${2:+$(realpath "$2")}"
IMAGE_ARCH="$(dpkg-deb -f "$DEB" Architecture)"
EMULATED=0
[ "$IMAGE_ARCH" = "$(dpkg --print-architecture)" ] || EMULATED=1

log() { echo "# $*"; }
die() { echo "systemtest: $*" >&2; exit 1; }

# shellcheck source=container.sh
. "$HERE/container.sh"
# shellcheck source=checks.sh
. "$HERE/checks.sh"
# shellcheck source=checks-lifecycle.sh
. "$HERE/checks-lifecycle.sh"

preflight() {
    [ "$(id -u)" -eq 0 ] || die "must run as root (systemd-nspawn, nsenter, debootstrap)"
    local tool missing=()
    for tool in systemd-nspawn debootstrap nsenter; do command -v "$tool" >/dev/null || missing+=("$tool"); done
    ((${#missing[@]} == 0)) || die "missing ${missing[*]}: apt-get install systemd-container debootstrap util-linux (.ci/run does)"
    [ -f "$DEB" ] || die "no package at $DEB"
    if [ "$EMULATED" = 1 ]; then
        local binfmt="/proc/sys/fs/binfmt_misc/qemu-$(emulated_machine)"
        grep -qx enabled "$binfmt" 2>/dev/null && grep -q '^flags:.*F' "$binfmt" ||
            die "$IMAGE_ARCH programs cannot run here: no binfmt_misc entry $binfmt with the F flag (run packaging/emulation/setup.sh)"
    else
        [ -x "${FAKE_DIR:-/nonexistent}/FakeLinkedIn" ] || die "no FakeLinkedIn publish in '${FAKE_DIR}'"
    fi
}

emulated_machine() {
    case "$IMAGE_ARCH" in
        arm64) echo aarch64 ;;
        *) die "no emulation known for $IMAGE_ARCH" ;;
    esac
}

copy_inputs() {
    install -m 0644 "$DEB" "$RUN_ROOT/root/linkedin-auto.deb"
    [ -n "$FAKE_DIR" ] || return 0
    mkdir -p "$RUN_ROOT/opt/fake-linkedin"
    cp -a "$FAKE_DIR/." "$RUN_ROOT/opt/fake-linkedin/"
}

preflight
[ "$EMULATED" = 0 ] || log "$IMAGE_ARCH package on $(uname -m): the container runs under $(qemu-"$(emulated_machine)"-static --version | head -n 1)"
started=$SECONDS
trap shutdown_container EXIT
prepare_image
boot_container copy_inputs
run_checks
log "system test: $((SECONDS - started)) s ($IMAGE_ARCH)"
summary
