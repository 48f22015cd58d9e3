#!/usr/bin/env bash
# Runs every benchmark once, side by side with its reference, and prints one table: each figure, its reference, the
# ratio, the issue's target, and a description of the machine. About 5 minutes on 2 cores (plus publishing).
# It measures and asserts nothing: it is not a test. bench/README.md keeps the latest table.
#
#   bench/run-all.sh                  # publish the product and the reference host, then measure
#   bench/run-all.sh --no-publish     # reuse dist/linux-x64 and dist/bench/linux-x64-r2r
#   bench/run-all.sh --runs 3         # fewer starts for the READY=1 median (default 5)
#   bench/run-all.sh --journal        # also the journal volume of a run: the system test's booted Debian (root,
#                                     # 4 more minutes; journald does not run on a build machine)
# The state-writes figure needs root (an ext4 loop device); without root that row says so.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
RUNS=5
PUBLISH=1
JOURNAL=0
while (($#)); do
    case "$1" in
        --runs) RUNS="$2"; shift 2 ;;
        --no-publish) PUBLISH=0; shift ;;
        --journal) JOURNAL=1; shift ;;
        *) echo "usage: bench/run-all.sh [--runs N] [--no-publish] [--journal]" >&2; exit 2 ;;
    esac
done
EXE="$ROOT/dist/linux-x64/linkedin-auto"
REF="$ROOT/dist/bench/linux-x64-r2r/reference-host"
LOG="$(mktemp -t linkedin-auto-bench.XXXXXX)"
trap 'rm -f "$LOG"' EXIT

if [ "$PUBLISH" = 1 ] || [ ! -x "$EXE" ]; then
    echo "bench: publishing linkedin-auto (./build.sh publish)" >&2
    "$ROOT/build.sh" publish linux-x64 >/dev/null
fi
if [ "$PUBLISH" = 1 ] || [ ! -x "$REF/reference-host" ]; then
    echo "bench: publishing the reference host" >&2
    rm -rf "$REF"
    dotnet publish "$ROOT/bench/ReferenceHost/ReferenceHost.csproj" -c Release -r linux-x64 --self-contained true \
        -p:PublishReadyToRun=true -p:DebugType=none -p:DebugSymbols=false -o "$REF" -nologo -v q >&2
fi
dotnet build "$ROOT/bench/ReadyTime" -c Release -nologo -v q >&2
dotnet build "$ROOT/bench/BrowserMemory" -c Release -nologo -v q >&2

echo "bench: exec to READY=1 ($RUNS starts each) and idle memory 20 s after READY=1" >&2
dotnet "$ROOT/bench/ReadyTime/bin/Release/net10.0/ReadyTime.dll" --repo "$ROOT" --runs "$RUNS" --idle 20 \
    --pair "linux-x64, ReadyToRun|$EXE|$REF/reference-host" | tee -a "$LOG" >&2

# The floor of the stack: the minimal host with every memory knob the product has or tried (its runtime switches and a
# compacting collection with malloc_trim after READY=1, REFERENCE_HOST_TUNED=1; a 1 MiB gen0 budget, the most
# conserving GC, no tiered compilation). A service carrying the same libraries cannot idle below it.
echo "bench: idle memory of the minimal host with every knob (the stack's floor)" >&2
REFERENCE_HOST_TUNED=1 DOTNET_GCgen0size=0x100000 DOTNET_GCConserveMemory=9 DOTNET_TieredCompilation=0 \
    dotnet "$ROOT/bench/ReadyTime/bin/Release/net10.0/ReadyTime.dll" --repo "$ROOT" --runs 1 --idle 20 \
    --pair "linux-x64, ReadyToRun|$EXE|$REF/reference-host" | sed -n 's/^FIGURE idle-reference /FIGURE idle-floor /p' | tee -a "$LOG" >&2

echo "bench: peak PSS of the tree on a 200-card birthday page" >&2
BM="$ROOT/bench/BrowserMemory/bin/Release/net10.0/BrowserMemory.dll"
# The .NET process stands in for the daemon: it gets the unit's Environment= (GC settings), as ReadyTime gives the daemon.
mapfile -t UNIT_ENV < <(sed -n 's/^Environment=//p' "$ROOT/systemd/linkedin-auto.service")
env "${UNIT_ENV[@]}" dotnet "$BM" --mode both | tee -a "$LOG" >&2
dotnet "$BM" --reference default | tee -a "$LOG" >&2
# The hand-tuned script also gets a conserving .NET GC with a small gen0 budget.
DOTNET_GCConserveMemory=7 DOTNET_GCgen0size=0x200000 dotnet "$BM" --reference tuned | tee -a "$LOG" >&2
# The stack's floors: every knob found, for the .NET process too (the smallest gen0 budget, no tiered compilation).
for floor in floor-low_memory floor-default; do
    DOTNET_GCConserveMemory=9 DOTNET_GCgen0size=0x100000 DOTNET_TieredCompilation=0 dotnet "$BM" --reference "$floor" | tee -a "$LOG" >&2
done

if [ "$(id -u)" = 0 ]; then
    echo "bench: bytes written to the state file system" >&2
    "$ROOT/bench/state-writes.sh" "$EXE" | tee -a "$LOG" >&2
fi

if [ "$JOURNAL" = 1 ]; then
    echo "bench: journal volume of a birthday run under systemd (./build.sh systemtest)" >&2
    "$ROOT/build.sh" systemtest 2>&1 | tee -a "$LOG" | grep -E '^(ok|not ok|skip) ' >&2 || true
fi

fig() { awk -v k="$1" '$1 == "FIGURE" && $2 == k { print $'"${2:-3}"' }' "$LOG" | tail -1; }
chromium="$(/usr/lib/chromium/chromium --version 2>/dev/null || echo unknown)"
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
echo
echo "Machine: $(uname -m), ${cpu:-unknown CPU}, $(nproc) cores, $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM, kernel $(uname -r); $(dotnet --list-runtimes | awk '/NETCore.App/ { v = $2 } END { print ".NET " v }'); $chromium; load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ)"
echo
awk -v ready_p="$(fig ready 4)" -v ready_r="$(fig ready 5)" \
    -v idle_p="$(fig idle-product 4)" -v idle_r="$(fig idle-reference 4)" \
    -v rss_p="$(fig idle-product 3)" -v rss_r="$(fig idle-reference 3)" -v idle_f="$(fig idle-floor 4)" \
    -v def="$(fig browser-default)" -v low="$(fig browser-low_memory)" \
    -v ref_def="$(fig browser-reference-default)" -v ref_tuned="$(fig browser-reference-tuned)" \
    -v floor_low="$(fig browser-reference-floor-low_memory)" -v floor_def="$(fig browser-reference-floor-default)" \
    -v writes="$(grep '^FIGURES' "$LOG" | tail -1)" -v root="$(id -u)" \
    -v journal="$(sed -n 's/^#   JOURNAL_FIGURE //p' "$LOG" | tail -1)" 'function ratio(a, b) { return (a == "" || b == "" || b == 0) ? "—" : sprintf("%.2f×", a / b) }
function met(ok) { return ok ? "met" : "NOT met" }
function row(figure, product, reference, r, target, verdict) { printf "| %s | %s | %s | %s | %s | %s |\n", figure, product, reference, r, target, verdict }
function kv(name,   n, i, parts, pair) { n = split(writes, parts, " "); for (i = 2; i <= n; i++) { split(parts[i], pair, "="); if (pair[1] == name) return pair[2] } return "" }
function jv(name,   n, i, parts, pair) { n = split(journal, parts, " "); for (i = 1; i <= n; i++) { split(parts[i], pair, "="); if (pair[1] == name) return pair[2] } return "" }
BEGIN {
    print "| Figure | Product | Reference | Ratio | Target | Verdict |"
    print "|---|---|---|---|---|---|"
    row("Idle PSS 20 s after READY=1", idle_p " MiB (RSS " rss_p ")", "minimal host: " idle_r " MiB (RSS " rss_r ")", ratio(idle_p, idle_r), "≤ 0.85×", met(idle_p / idle_r <= 0.85))
    row("Idle PSS floor of the stack: the minimal host with every knob", "—", idle_f " MiB", ratio(idle_f, idle_r), "(the product cannot idle below it)", idle_f / idle_r > 0.85 ? "0.85× is below the floor" : "0.85× is above the floor")
    row("Exec to READY=1, median", ready_p " s", "minimal host: " ready_r " s", ratio(ready_p, ready_r), "≤ 1.1×", met(ready_p / ready_r <= 1.1))
    row("Peak tree PSS, 200 cards, browser.mode default", def " MiB", "plain script, default: " ref_def " MiB", ratio(def, ref_def), "≤ 500 MiB", met(def <= 500))
    row("Peak tree PSS floor of the stack, full Chromium (the build of browser.mode default), every knob", "—", floor_def " MiB", ratio(floor_def, ref_def), "(no tree of this stack is smaller)", floor_def > 500 ? "500 MiB is below the floor" : "500 MiB is above the floor")
    row("Peak tree PSS, 200 cards, browser.mode low_memory", low " MiB", "plain script, hand-tuned: " ref_tuned " MiB", ratio(low, ref_tuned), "≤ 330 MiB and ≤ 0.8×", met(low <= 330 && low / ref_tuned <= 0.8))
    row("Peak tree PSS floor of the stack, headless shell (the build of browser.mode low_memory), every knob", "—", floor_low " MiB", ratio(floor_low, ref_tuned), "(no tree of this stack is smaller)", (floor_low > 330 || floor_low / ref_tuned > 0.8) ? "330 MiB and 0.8× are below the floor" : "the targets are above the floor")
    if (journal != "") row("Journal volume of a birthday run under systemd (journalctl -u linkedin-auto -o export)", jv("export_bytes") " B in " jv("entries") " entries (" jv("wishes") " wishes; message text " jv("message_bytes") " B)", "—", "—", "printed", "—")
    else row("Journal volume of a run under systemd", "run with --journal (root: booted Debian in systemd-nspawn)", "—", "—", "printed", "not measured")
    if (root != 0) { row("State file system writes", "needs root (bench/state-writes.sh)", "—", "—", "—", "not measured"); exit }
    row("State writes per wish (8-wish run minus an empty run)", kv("per_wish_kb") " KB", "—", "—", "≤ 80 KB", met(kv("per_wish_kb") <= 80))
    row("State writes fixed per run (run with nothing to send)", kv("fixed_kb") " KB", "—", "—", "≤ 150 KB", met(kv("fixed_kb") <= 150))
    row("State writes, first run (creates the history)", kv("first_kb") " KB", "—", "—", "—", "—")
    row("Log volume of the 8-wish run (JSON lines on stderr; journald is not running here)", kv("log_bytes") " B", "—", "—", "printed", "—")
}'
