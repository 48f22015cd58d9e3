# Container helpers for the system test (sourced by run.sh): a cached Debian bookworm image, an ephemeral copy
# booted with `systemd-nspawn --boot`, and `ct CMD…` to run a command inside it.
#
# IMAGE_ARCH (set by run.sh: the package's architecture) picks the image. An arm64 image on an x86-64 machine is
# built and booted through binfmt_misc: every arm64 program in it, systemd included, runs under qemu-aarch64
# (registered with the F flag by packaging/emulation/setup.sh, so the container needs no qemu of its own). Two things
# QEMU's user emulation cannot do are worked around in the ephemeral copy only, never in the package:
# - clone() with CLONE_NEWNS, which systemd uses to set up credentials: clone-newns.S, preloaded (see there);
# - a user namespace for the service (PrivateUsers=yes): the kernel refuses one to a multithreaded process, and QEMU
#   always runs threads of its own. A runtime drop-in turns PrivateUsers= off; everything else of the unit stays.
# - .NET's JIT writing code through a second, writable mapping of the executable pages (W^X): QEMU notices code
#   changes only through the executed mapping, so it can run stale translations (a NullReferenceException in code
#   that cannot throw one, then a segfault). DOTNET_EnableWriteXorExecute=0 for every process in the container: in
#   the manager's DefaultEnvironment= (services, systemd-run) and in `ct`'s environment (CLI commands).
#
# This host has no systemd as PID 1 and a hybrid cgroup v1 hierarchy, so nspawn cannot register with machined
# or allocate a scope over D-Bus: --register=no --keep-unit make it use the caller's cgroup instead, and
# commands enter the container with nsenter(1) rather than `machinectl shell` / `systemd-run --machine`.

IMAGE_SUITE=bookworm
IMAGE_MIRROR="${SYSTEMTEST_MIRROR:-http://deb.debian.org/debian}"
IMAGE_ARCH="${IMAGE_ARCH:-$(dpkg --print-architecture)}"
# What the package needs (so `apt-get install --no-download ./linkedin-auto.deb` works without network, as the
# container has none), plus procps (pgrep) and curl (the fake's control endpoints) for the checks.
IMAGE_PACKAGES=(adduser chromium chromium-headless-shell systemd-zram-generator libicu72 libssl3 procps curl ca-certificates)
# This machine's image is "image"; another architecture's is "image-ARCH".
IMAGE_NAME=image
if [ "$IMAGE_ARCH" != "$(dpkg --print-architecture)" ]; then
    IMAGE_NAME="image-$IMAGE_ARCH"
    # No browser runs under emulation (Debian's arm64 Chromium needs --single-process there): the headless shell
    # alone satisfies the package's "chromium | chromium-headless-shell" and spares the image Chromium's desktop stack.
    IMAGE_PACKAGES=(adduser chromium-headless-shell systemd-zram-generator libicu72 libssl3 procps curl ca-certificates)
fi
# Bump when the recipe changes: a cached image with another stamp is rebuilt. (The native recipe's text is unchanged
# since v1, so existing caches stay valid.)
IMAGE_RECIPE="v1 $IMAGE_SUITE ${IMAGE_PACKAGES[*]}"
[ "$IMAGE_NAME" = image ] || IMAGE_RECIPE="$IMAGE_RECIPE arch=$IMAGE_ARCH"
# The last run's logs and evidence files, one directory per architecture (an amd64 and an arm64 run may overlap).
LOGS="$CACHE/logs-$IMAGE_ARCH"

NSPAWN_PID=""
LEADER=""

# The image: debootstrap minbase + systemd, then the packages above, installed by nspawn used as a chroot.
prepare_image() {
    local image="$CACHE/$IMAGE_NAME" stamp="$CACHE/$IMAGE_NAME.stamp"
    if [ -d "$image" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$IMAGE_RECIPE" ]; then
        log "image: reusing $image"
        return 0
    fi
    log "image: building $image (debootstrap $IMAGE_SUITE $IMAGE_ARCH, then ${IMAGE_PACKAGES[*]}; minutes, cached afterwards)"
    rm -rf "$image" "$image.new" "$stamp"
    mkdir -p "$CACHE"
    debootstrap --arch="$IMAGE_ARCH" --variant=minbase --include=systemd,systemd-sysv,dbus "$IMAGE_SUITE" "$image.new" "$IMAGE_MIRROR" \
        > "$CACHE/$IMAGE_NAME.debootstrap.log" 2>&1 || { tail -n 20 "$CACHE/$IMAGE_NAME.debootstrap.log" >&2; die "debootstrap failed (log: $CACHE/$IMAGE_NAME.debootstrap.log)"; }
    cat > "$image.new/etc/apt/sources.list" <<EOF
deb $IMAGE_MIRROR $IMAGE_SUITE main
deb $IMAGE_MIRROR $IMAGE_SUITE-updates main
deb ${IMAGE_MIRROR%/debian}/debian-security $IMAGE_SUITE-security main
EOF
    systemd-nspawn --quiet --register=no --keep-unit --as-pid2 -D "$image.new" \
        --setenv=DEBIAN_FRONTEND=noninteractive /bin/sh -c \
        "apt-get update -qq && apt-get install -y -qq --no-install-recommends ${IMAGE_PACKAGES[*]} && apt-get clean" \
        > "$CACHE/$IMAGE_NAME.packages.log" 2>&1 || { tail -n 20 "$CACHE/$IMAGE_NAME.packages.log" >&2; die "installing ${IMAGE_PACKAGES[*]} in the image failed"; }
    # Each boot must look like a fresh machine: nspawn hands a random machine id to an empty /etc/machine-id.
    : > "$image.new/etc/machine-id"
    mv "$image.new" "$image"
    echo "$IMAGE_RECIPE" > "$stamp"
}

# Boots an ephemeral copy of the image with its own network namespace (loopback only).
boot_container() {
    RUN_ROOT="$CACHE/run-$$"
    mkdir -p "$LOGS"
    rm -rf "$RUN_ROOT"
    cp -a "$CACHE/$IMAGE_NAME" "$RUN_ROOT"
    [ "$IMAGE_NAME" = image ] || { preload_clone_newns; dotnet_without_double_mapping; }
    "$@"   # caller's hook: copy files into $RUN_ROOT before the boot
    log "container: booting $RUN_ROOT"
    systemd-nspawn --quiet --register=no --keep-unit --private-network --boot --console=read-only \
        --machine="linkedin-auto-systemtest" -D "$RUN_ROOT" > "$LOGS/boot.log" 2>&1 &
    NSPAWN_PID=$!
    local i
    for ((i = 0; i < 120; i++)); do
        kill -0 "$NSPAWN_PID" 2>/dev/null || break
        LEADER="$(find_leader)" && break
        sleep 0.5
    done
    if [ -z "$LEADER" ]; then
        sed 's/\x1b\[[0-9;]*m//g' "$LOGS/boot.log" | tail -n 30 >&2
        die "systemd-nspawn --boot did not start a systemd in the container (exit: $(wait "$NSPAWN_PID" 2>/dev/null; echo $?)); log above and in $LOGS/boot.log"
    fi
    local state
    # Under emulation systemd takes a while to open its private socket; until then systemctl answers nothing.
    for ((i = 0; i < 240; i++)); do
        [ -z "$(ct systemctl is-system-running 2>/dev/null)" ] || break
        sleep 0.5
    done
    state="$(ct timeout 180 systemctl is-system-running --wait 2>/dev/null || true)"
    case "$state" in
        running) log "container: systemd is $state (PID 1 = host PID $LEADER)" ;;
        degraded) log "container: systemd is degraded: $(ct systemctl list-units --state=failed --no-legend --plain | cut -d' ' -f1 | tr '\n' ' ')" ;;
        *) die "systemd in the container did not finish booting (state: '${state:-none}'); see $LOGS/boot.log" ;;
    esac
    [ "$IMAGE_NAME" = image ] || without_private_users
}

# See the header: syscall() that turns clone(CLONE_NEWNS) into fork + unshare, preloaded into every process.
preload_clone_newns() {
    local lib=/usr/local/lib/qemu-user-workarounds/clone-newns.so
    mkdir -p "$RUN_ROOT${lib%/*}"
    aarch64-linux-gnu-as -o "$RUN_ROOT$lib.o" "$HERE/clone-newns.S" &&
        aarch64-linux-gnu-ld -shared -o "$RUN_ROOT$lib" "$RUN_ROOT$lib.o" ||
        die "cannot build clone-newns.so: binutils-aarch64-linux-gnu missing? (packaging/emulation/setup.sh installs it)"
    rm -f "$RUN_ROOT$lib.o"
    echo "$lib" > "$RUN_ROOT/etc/ld.so.preload"
    log "emulation: $lib preloaded (clone with CLONE_NEWNS made fork + unshare, for systemd's credentials)"
}

# See the header: W^X off for .NET under QEMU, in the ephemeral copy's manager configuration.
CT_ENV=()
dotnet_without_double_mapping() {
    mkdir -p "$RUN_ROOT/etc/systemd/system.conf.d"
    printf '[Manager]\n# QEMU user emulation misses code written through a second mapping (see packaging/systemtest/container.sh)\nDefaultEnvironment=DOTNET_EnableWriteXorExecute=0\n' \
        > "$RUN_ROOT/etc/systemd/system.conf.d/qemu-user-workarounds.conf"
    CT_ENV=(DOTNET_EnableWriteXorExecute=0)
    log "emulation: DOTNET_EnableWriteXorExecute=0 for every process (QEMU does not see code the JIT writes through a second mapping)"
}

# See the header: a runtime drop-in (in /run, gone at the next boot and outside what purge is checked for).
without_private_users() {
    ct sh -c 'mkdir -p /run/systemd/system/linkedin-auto.service.d &&
        printf "[Service]\n# QEMU user emulation is multithreaded: no user namespace for it\nPrivateUsers=no\n" \
            > /run/systemd/system/linkedin-auto.service.d/emulation.conf && systemctl daemon-reload'
    log "emulation: PrivateUsers=no for linkedin-auto.service (drop-in in /run; the kernel gives no user namespace to a multithreaded process)"
}

# The container's PID 1: the child of systemd-nspawn whose innermost PID is 1. (Its /proc/PID/root reads "/",
# seen from its own mount namespace, so the tree's path cannot identify it.)
find_leader() {
    local p
    for p in $(pgrep -P "$NSPAWN_PID"); do
        awk '/^NSpid:/ { found = ($NF == 1) } END { exit !found }' "/proc/$p/status" 2>/dev/null && { echo "$p"; return 0; }
    done
    return 1
}

# Runs a command inside the container, as root, with a clean environment.
ct() {
    nsenter --target "$LEADER" --mount --uts --ipc --net --pid --cgroup --root --wd -- \
        env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 TERM=dumb "${CT_ENV[@]}" "$@"
}

shutdown_container() {
    [ -n "$NSPAWN_PID" ] || return 0
    if kill -0 "$NSPAWN_PID" 2>/dev/null; then
        # SIGTERM asks nspawn for a clean shutdown of the container's systemd; SIGKILL if it hangs. Under emulation
        # the signal nspawn sends (SIGRTMIN+3) reaches systemd as another one (QEMU keeps real-time signals for
        # itself and shifts the guest's), so systemd is asked to power off from inside.
        if [ "$IMAGE_NAME" != image ] && [ -n "$LEADER" ]; then
            ct systemctl poweroff --no-block 2>/dev/null || kill -TERM "$NSPAWN_PID" 2>/dev/null || true
        else
            kill -TERM "$NSPAWN_PID" 2>/dev/null || true
        fi
        local i
        for ((i = 0; i < 60; i++)); do kill -0 "$NSPAWN_PID" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$NSPAWN_PID" 2>/dev/null || true
    fi
    wait "$NSPAWN_PID" 2>/dev/null || true
    NSPAWN_PID=""
    if [ "${SYSTEMTEST_KEEP:-0}" = 1 ]; then
        log "container: kept $RUN_ROOT (SYSTEMTEST_KEEP=1)"
    else
        rm -rf "$RUN_ROOT"
    fi
}
