#!/usr/bin/env bash
# System test: the .deb on a real systemd. Boots Debian bookworm in systemd-nspawn, installs the package with apt
# and checks what a user would see: the unit enabled and active with READY=1 and its idle status, Chromium's
# sandbox under the hardened unit, a bot run against the fake LinkedIn, journal fields, reload, a config edit
# surviving a reinstall, kill -9 leaving no browser behind, purge leaving nothing but the system user.
#
# Usage (as root): packaging/systemtest/run.sh DEB FAKE_DIR
#   DEB       the package to test (./build.sh systemtest builds it)
#   FAKE_DIR  a self-contained publish of tests/FakeLinkedIn for this machine
# Environment: SYSTEMTEST_CACHE (image cache; default ~/.cache/linkedin-auto-systemtest), SYSTEMTEST_MIRROR,
# SYSTEMTEST_KEEP=1 (keep the container's tree for inspection).
# Output: one `ok`/`not ok`/`skip` line per check, then "N passed, N failed, N skipped"; exit 1 if any failed.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${SYSTEMTEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/linkedin-auto-systemtest}"
DEB="$(realpath "${1:?usage: run.sh DEB FAKE_DIR}")"
FAKE_DIR="$(realpath "${2:?usage: run.sh DEB FAKE_DIR}")"

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
    [ -x "$FAKE_DIR/FakeLinkedIn" ] || die "no FakeLinkedIn publish in $FAKE_DIR"
}

copy_inputs() {
    install -m 0644 "$DEB" "$RUN_ROOT/root/linkedin-auto.deb"
    mkdir -p "$RUN_ROOT/opt/fake-linkedin"
    cp -a "$FAKE_DIR/." "$RUN_ROOT/opt/fake-linkedin/"
}

preflight
trap shutdown_container EXIT
prepare_image
boot_container copy_inputs
run_checks
summary
