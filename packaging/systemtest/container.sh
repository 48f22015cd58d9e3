# Container helpers for the system test (sourced by run.sh): a cached Debian bookworm image, an ephemeral copy
# booted with `systemd-nspawn --boot`, and `ct CMD…` to run a command inside it.
#
# This host has no systemd as PID 1 and a hybrid cgroup v1 hierarchy, so nspawn cannot register with machined
# or allocate a scope over D-Bus: --register=no --keep-unit make it use the caller's cgroup instead, and
# commands enter the container with nsenter(1) rather than `machinectl shell` / `systemd-run --machine`.

IMAGE_SUITE=bookworm
IMAGE_MIRROR="${SYSTEMTEST_MIRROR:-http://deb.debian.org/debian}"
# What the package needs (so `apt-get install --no-download ./linkedin-auto.deb` works without network, as the
# container has none), plus procps (pgrep) and curl (the fake's control endpoints) for the checks.
IMAGE_PACKAGES=(adduser chromium chromium-headless-shell systemd-zram-generator libicu72 libssl3 procps curl ca-certificates)
# Bump when the recipe changes: a cached image with another stamp is rebuilt.
IMAGE_RECIPE="v1 $IMAGE_SUITE ${IMAGE_PACKAGES[*]}"

NSPAWN_PID=""
LEADER=""

# The image: debootstrap minbase + systemd, then the packages above, installed by nspawn used as a chroot.
prepare_image() {
    local image="$CACHE/image" stamp="$CACHE/image.stamp"
    if [ -d "$image" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$IMAGE_RECIPE" ]; then
        log "image: reusing $image"
        return 0
    fi
    log "image: building $image (debootstrap $IMAGE_SUITE, then ${IMAGE_PACKAGES[*]}; a few minutes, cached afterwards)"
    rm -rf "$image" "$image.new" "$stamp"
    mkdir -p "$CACHE"
    debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus "$IMAGE_SUITE" "$image.new" "$IMAGE_MIRROR" \
        > "$CACHE/debootstrap.log" 2>&1 || { tail -n 20 "$CACHE/debootstrap.log" >&2; die "debootstrap failed (log: $CACHE/debootstrap.log)"; }
    cat > "$image.new/etc/apt/sources.list" <<EOF
deb $IMAGE_MIRROR $IMAGE_SUITE main
deb $IMAGE_MIRROR $IMAGE_SUITE-updates main
deb ${IMAGE_MIRROR%/debian}/debian-security $IMAGE_SUITE-security main
EOF
    systemd-nspawn --quiet --register=no --keep-unit --as-pid2 -D "$image.new" \
        --setenv=DEBIAN_FRONTEND=noninteractive /bin/sh -c \
        "apt-get update -qq && apt-get install -y -qq --no-install-recommends ${IMAGE_PACKAGES[*]} && apt-get clean" \
        > "$CACHE/packages.log" 2>&1 || { tail -n 20 "$CACHE/packages.log" >&2; die "installing ${IMAGE_PACKAGES[*]} in the image failed"; }
    # Each boot must look like a fresh machine: nspawn hands a random machine id to an empty /etc/machine-id.
    : > "$image.new/etc/machine-id"
    mv "$image.new" "$image"
    echo "$IMAGE_RECIPE" > "$stamp"
}

# Boots an ephemeral copy of the image with its own network namespace (loopback only).
boot_container() {
    RUN_ROOT="$CACHE/run-$$"
    rm -rf "$RUN_ROOT"
    cp -a "$CACHE/image" "$RUN_ROOT"
    "$@"   # caller's hook: copy files into $RUN_ROOT before the boot
    log "container: booting $RUN_ROOT"
    systemd-nspawn --quiet --register=no --keep-unit --private-network --boot --console=read-only \
        --machine="linkedin-auto-systemtest" -D "$RUN_ROOT" > "$CACHE/boot.log" 2>&1 &
    NSPAWN_PID=$!
    local i
    for ((i = 0; i < 120; i++)); do
        kill -0 "$NSPAWN_PID" 2>/dev/null || break
        LEADER="$(find_leader)" && break
        sleep 0.5
    done
    if [ -z "$LEADER" ]; then
        sed 's/\x1b\[[0-9;]*m//g' "$CACHE/boot.log" | tail -n 30 >&2
        die "systemd-nspawn --boot did not start a systemd in the container (exit: $(wait "$NSPAWN_PID" 2>/dev/null; echo $?)); log above and in $CACHE/boot.log"
    fi
    local state
    state="$(ct timeout 120 systemctl is-system-running --wait 2>/dev/null || true)"
    case "$state" in
        running) log "container: systemd is $state (PID 1 = host PID $LEADER)" ;;
        degraded) log "container: systemd is degraded: $(ct systemctl list-units --state=failed --no-legend --plain | cut -d' ' -f1 | tr '\n' ' ')" ;;
        *) die "systemd in the container did not finish booting (state: '${state:-none}'); see $CACHE/boot.log" ;;
    esac
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
        env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 TERM=dumb "$@"
}

shutdown_container() {
    [ -n "$NSPAWN_PID" ] || return 0
    if kill -0 "$NSPAWN_PID" 2>/dev/null; then
        # SIGTERM asks nspawn for a clean shutdown of the container's systemd; SIGKILL if it hangs.
        kill -TERM "$NSPAWN_PID" 2>/dev/null || true
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
