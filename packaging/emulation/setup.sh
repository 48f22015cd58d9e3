#!/usr/bin/env bash
# Makes this x86-64 machine run arm64 (aarch64) programs, idempotently: Debian's qemu-user-static, its binfmt_misc
# registration (with the F flag, so the interpreter also works inside systemd-nspawn containers), the arm64 strip
# that packaging/build-deb.sh needs, and Debian's arm64 runtime libraries of the self-contained executable (libc6,
# libstdc++6, libicu72, libssl3, zlib1g, after `dpkg --add-architecture arm64`). Does nothing that is already done;
# prints one line per change. Needs root (or sudo) for what is missing. On an arm64 machine there is nothing to do.
# Usage: packaging/emulation/setup.sh
set -euo pipefail

BINFMT=/proc/sys/fs/binfmt_misc
BINFMT_CONF=/usr/lib/binfmt.d/qemu-aarch64.conf
PACKAGES=(qemu-user-static binutils-aarch64-linux-gnu)
ARM64_LIBS=(libc6:arm64 libstdc++6:arm64 libicu72:arm64 libssl3:arm64 zlib1g:arm64)

say() { echo "emulation setup: $*" >&2; }
die() { say "$*"; exit 1; }

case "$(uname -m)" in
    aarch64|arm64) exit 0 ;;
    x86_64) ;;
    *) die "unsupported machine $(uname -m)" ;;
esac

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "not root and no sudo: run as root once to install qemu-user-static and the arm64 libraries"
    as_root=(sudo)
fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

apt_install() {
    local missing=() p
    for p in "$@"; do installed "$p" || missing+=("$p"); done
    ((${#missing[@]})) || return 0
    say "installing ${missing[*]}"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

apt_install "${PACKAGES[@]}"

# binfmt_misc: mounted by systemd at boot; on a machine without systemd as PID 1 (a container, CI) mount it here.
if [ ! -e "$BINFMT/register" ]; then
    say "mounting binfmt_misc on $BINFMT"
    "${as_root[@]}" mount -t binfmt_misc binfmt_misc "$BINFMT"
fi
# The F (fix binary) flag opens the interpreter once, at registration: a container that has no qemu of its own can
# still run arm64 programs. systemd-binfmt registers Debian's file with it; a registration without it is replaced.
entry="$BINFMT/qemu-aarch64"
if [ -e "$entry" ] && ! grep -q '^flags:.*F' "$entry"; then
    say "replacing the qemu-aarch64 registration that lacks the F flag"
    echo -1 | "${as_root[@]}" tee "$entry" >/dev/null
fi
if [ ! -e "$entry" ]; then
    say "registering $BINFMT_CONF"
    grep "^:" "$BINFMT_CONF" | "${as_root[@]}" tee "$BINFMT/register" >/dev/null
fi
if ! grep -qx enabled "$entry"; then
    say "enabling $entry"
    echo 1 | "${as_root[@]}" tee "$entry" >/dev/null
fi

# The executable is self-contained but for the C runtime, ICU, OpenSSL and zlib: Debian's arm64 builds of them.
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
    say "adding the arm64 architecture to dpkg"
    "${as_root[@]}" dpkg --add-architecture arm64
fi
apt_install "${ARM64_LIBS[@]}"
