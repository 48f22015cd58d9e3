# The system test's checks (sourced by run.sh after the container booted). Each check_* returns 0 or 1 and prints
# its evidence as "# " lines; run_checks runs them in order, as a user's life with the package goes.

PASSED=0 FAILED=0 SKIPPED=0
FAKE_PORT=8765
FAKE_URL="http://127.0.0.1:$FAKE_PORT"
CONFIG=/etc/linkedin-auto/config.yaml
CREDENTIAL=/etc/credstore.encrypted/linkedin-auto.session-key
ZRAM_DROPIN=/etc/systemd/zram-generator.conf.d/00-linkedin-auto.conf
# Checks that wait for another issue's code. They still run; a failure is reported as "skip … # pending", never as
# a pass, and a pass as a pass (with a reminder to drop the marker). None is pending today.
PENDING="${SYSTEMTEST_PENDING-}"
# Under emulation (EMULATED=1, set by run.sh) every program in the container runs under QEMU: starts take longer.
START_WAIT=90
[ "${EMULATED:-0}" = 0 ] || START_WAIT=240
NOT_EMULATED="not emulated: Debian's arm64 Chromium only works under QEMU with --single-process, which the product does not use"

check() {
    local name=$1
    shift
    if "$@"; then
        PASSED=$((PASSED + 1)); echo "ok - $name"
    else
        FAILED=$((FAILED + 1)); echo "not ok - $name"
    fi
    return 0
}

check_pending() {
    local id=$1 name=$2
    shift 2
    if "$@"; then
        PASSED=$((PASSED + 1)); echo "ok - $name"
        case " $PENDING " in *" $id "*) log "'$id' passes now: remove it from PENDING in packaging/systemtest/checks.sh" ;; esac
    elif case " $PENDING " in *" $id "*) true ;; *) false ;; esac; then
        SKIPPED=$((SKIPPED + 1)); echo "skip - $name # pending"
    else
        FAILED=$((FAILED + 1)); echo "not ok - $name"
    fi
}

skip() { SKIPPED=$((SKIPPED + 1)); echo "skip - $1 # $2"; }

summary() {
    echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
    [ "$FAILED" -eq 0 ]
}

# wait_for SECONDS CMD…: polls every half second.
wait_for() {
    local deadline=$((SECONDS + $1))
    shift
    until "$@"; do
        ((SECONDS < deadline)) || return 1
        sleep 0.5
    done
}

evidence() { sed 's/^/#   /'; }
unit_prop() { ct systemctl show -P "$1" "${2:-linkedin-auto}"; }
is_active() { [ "$(unit_prop ActiveState "${1:-linkedin-auto}")" = active ]; }
journal_since() { ct journalctl -u linkedin-auto --since "@$1" -o cat --no-pager; }

# --- Installation -----------------------------------------------------------------------------------------------
check_install() {
    ct apt-get install -y -q /root/linkedin-auto.deb > "$LOGS/install.log" 2>&1 || { tail -n 20 "$LOGS/install.log" | evidence; return 1; }
    grep -E '^linkedin-auto:|Created symlink' "$LOGS/install.log" | evidence
}

check_user() {
    local pw
    pw="$(ct getent passwd linkedin-auto)" || return 1
    echo "$pw" | evidence
    [[ $pw == *:/var/lib/linkedin-auto:/usr/sbin/nologin ]] && ct getent group linkedin-auto >/dev/null
}

check_config_mode() {
    local mode
    mode="$(ct stat -c '%a %U:%G' "$CONFIG")"
    echo "$CONFIG: $mode; statoverride: $(ct dpkg-statoverride --list "$CONFIG")" | evidence
    [ "$mode" = "640 root:linkedin-auto" ] && ct dpkg-statoverride --list "$CONFIG" >/dev/null
}

check_credential() {
    local mode bytes
    mode="$(ct stat -c '%a %U' "$CREDENTIAL")" || return 1
    bytes="$(ct sh -c "systemd-creds decrypt --name=session-key $CREDENTIAL - | base64 -d | wc -c")"
    echo "$CREDENTIAL: mode $mode, decrypts to a $bytes-byte key" | evidence
    [ "$mode" = "600 root" ] && [ "$bytes" = 32 ]
}

check_zram() {
    # The image has Debian's untouched /etc/systemd/zram-generator.conf, so postinst must have added the drop-in;
    # the real generator, pointed at this root, must then make a zram swap with our priority.
    ct cmp -s /usr/share/linkedin-auto/zram/zram-generator.conf "$ZRAM_DROPIN" || return 1
    local out
    out="$(ct sh -c 'rm -rf /run/zram-test && mkdir /run/zram-test &&
        ZRAM_GENERATOR_ROOT=/ /lib/systemd/system-generators/zram-generator /run/zram-test 2>&1')" || { echo "$out" | evidence; return 1; }
    { echo "$out" | grep -E 'Found config|Creating unit'; ct grep -E '^(What|Priority)=' /run/zram-test/dev-zram0.swap; } | evidence
    ct grep -qx 'Priority=32767' /run/zram-test/dev-zram0.swap
}

# --- The service ------------------------------------------------------------------------------------------------
check_enabled_active() {
    [ "$(ct systemctl is-enabled linkedin-auto)" = enabled ] || return 1
    # Type=notify: systemd reports "active" only after the daemon sent READY=1.
    wait_for "$START_WAIT" is_active || { ct systemctl status linkedin-auto --no-pager 2>&1 | evidence; return 1; }
    echo "ActiveState=$(unit_prop ActiveState) SubState=$(unit_prop SubState) Type=$(unit_prop Type) StatusText=$(unit_prop StatusText)" | evidence
    # The first start made it: READY=1 came within TimeoutStartSec=, with no restart.
    local exec_us active_us limit_us
    exec_us="$(unit_prop ExecMainStartTimestampMonotonic)"
    active_us="$(unit_prop ActiveEnterTimestampMonotonic)"
    limit_us="$(unit_prop TimeoutStartUSec)"
    echo "READY=1 $(((active_us - exec_us) / 1000)) ms after ExecStart= (TimeoutStartSec=$limit_us), NRestarts=$(unit_prop NRestarts)" | evidence
    [ "$(unit_prop Type)" = notify ] && [ -n "$(unit_prop StatusText)" ] && [ "$(unit_prop NRestarts)" = 0 ]
}

check_idle_status() {
    # Within active hours a fresh install catches up today's missed birthday slot first (refused: no session yet);
    # under emulation that can still be under way when the unit turns active, so the idle status is awaited.
    wait_for 60 idle_without_session || { echo "StatusText=$(unit_prop StatusText)" | evidence; return 1; }
    echo "StatusText=$(unit_prop StatusText)" | evidence
}
idle_without_session() { [[ "$(unit_prop StatusText)" == *"waiting for a LinkedIn session: run linkedin-auto auth import"* ]]; }

check_journal_fields() {
    # Native journal entries (not stdout lines) carrying the structured fields: LOGGER and the CLEF event.
    local entries
    entries="$(ct journalctl -o json --no-pager _SYSTEMD_UNIT=linkedin-auto.service _TRANSPORT=journal)"
    echo "$entries" | grep -c '"LOGGER"' | sed 's/^/entries with LOGGER: /' | evidence
    echo "$entries" | grep '"SYSLOG_IDENTIFIER":"linkedin-auto"' | grep '"LOGGER"' | grep '"CLEF"' >/dev/null
}

check_jit_profile_kept() {
    # The first start created the history, so it kept no start-up JIT profile; the next, ordinary start keeps one in
    # the unit's CacheDirectory= (docs/startup.md).
    local first kept
    first="$(ct ls -A /var/cache/linkedin-auto)" || return 1
    echo "after the first start: ${first:-nothing kept}" | evidence
    [ -z "$first" ] || return 1
    ct systemctl restart linkedin-auto && wait_for "$START_WAIT" is_active || return 1
    wait_for 30 ct sh -c 'ls /var/cache/linkedin-auto/daemon-start-*.jitprofile >/dev/null 2>&1' || { ct ls -la /var/cache/linkedin-auto 2>&1 | evidence; return 1; }
    kept="$(ct sh -c 'stat -c "%a %U:%G %s %n" /var/cache/linkedin-auto /var/cache/linkedin-auto/daemon-start-*.jitprofile')"
    echo "$kept" | evidence
    [ "$(echo "$kept" | wc -l)" = 2 ] && [[ $(echo "$kept" | sed -n 1p) == "700 linkedin-auto:linkedin-auto "* ]] &&
        [[ $(echo "$kept" | sed -n 2p) == "600 linkedin-auto:linkedin-auto "* ]]
}

# --- Chromium under the unit's hardening ----------------------------------------------------------------------
# linkedin-auto-probe.service: the installed unit (same user, hardening, limits) running Chromium on the fake.
# Its sandboxed processes are hidden from the service user by ProtectProc=invisible, so they are inspected from
# outside, as root: a renderer must sit in a nested PID namespace with one more seccomp filter than the browser
# (Chromium's own seccomp-bpf on top of the unit's SystemCallFilter=), and nothing may carry --no-sandbox.
start_fake() {
    ct systemd-run --quiet --unit=fake-linkedin --property=Type=exec /opt/fake-linkedin/FakeLinkedIn \
        --scenario /opt/fake-linkedin/scenarios/demo-fr.yaml --port "$FAKE_PORT" --today "$(ct date +%F)" || return 1
    wait_for 30 eval 'ct curl -fsS -o /dev/null "$FAKE_URL/__fake/health" 2>/dev/null' 
}

check_chromium_sandbox() {
    local binary=$1 unit=linkedin-auto-probe
    ct sh -c "sed -e '/^\(Type\|NotifyAccess\|ExecStart\|ExecReload\|WatchdogSec\|Restart\|RestartSec\|RuntimeDirectory\)=/d' \
        -e '/^\[Install\]/,\$d' /lib/systemd/system/linkedin-auto.service > /run/systemd/system/$unit.service
        printf '%s\n' Type=exec RuntimeDirectory=$unit \
            'ExecStart=$binary --headless=new --no-first-run --user-data-dir=%t/$unit/profile --remote-debugging-port=0 $FAKE_URL/feed/' \
            >> /run/systemd/system/$unit.service
        systemctl daemon-reload && systemctl start $unit" || return 1
    local report
    probe() {
        report="$(ct sh -c "for p in \$(cat /sys/fs/cgroup/unified/system.slice/$unit.service/cgroup.procs /sys/fs/cgroup/system.slice/$unit.service/cgroup.procs 2>/dev/null); do
            args=\$(tr '\0' ' ' < /proc/\$p/cmdline 2>/dev/null) || continue
            type=\$(printf '%s' \"\$args\" | grep -o -- '--type=[a-z-]*' | head -n 1)
            nosb=no; case \" \$args \" in *' --no-sandbox '*) nosb=yes ;; esac
            echo \"\$p \${type:---type=browser} pidns_levels=\$(awk '/^NSpid:/ { print NF - 1 }' /proc/\$p/status) seccomp_filters=\$(awk '/^Seccomp_filters:/ { print \$2 }' /proc/\$p/status) no_sandbox=\$nosb\"
        done")"
        grep -q -- '--type=renderer' <<< "$report"
    }
    wait_for 60 probe
    ct systemctl stop "$unit"
    ct rm -f "/run/systemd/system/$unit.service"
    ct systemctl daemon-reload
    echo "$report" | evidence
    local browser_filters
    browser_filters="$(awk '$2 == "--type=browser" { sub("seccomp_filters=", "", $4); print $4; exit }' <<< "$report")"
    [ -n "$browser_filters" ] && ! grep -q 'no_sandbox=yes' <<< "$report" &&
        awk -v bf="$browser_filters" '$2 == "--type=renderer" { split($3, l, "="); split($4, f, "="); if (l[2] >= 2 && f[2] > bf) ok = 1 } END { exit !ok }' <<< "$report"
}
