#!/usr/bin/env bash
# LinkedInAuto build entry point. The README's two commands are `./build.sh demo` and `./build.sh test`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

usage() {
    cat <<'USAGE'
Usage: ./build.sh COMMAND [ARGS]

Commands:
  test               publish for this machine, run every test (real Chromium, SQLite, sockets, processes), build
                     both packages (amd64, arm64) and check them (lintian, file modes, unit exposure, systemd-analyze
                     verify), then run the arm64 executable under QEMU user emulation (installed once, as root)
  publish [RID]      self-contained ReadyToRun build into dist/<RID>/ (default linux-x64; linux-arm64 for a Pi)
  deb [RID]          Debian package dist/linkedin-auto_<version>_<arch>.deb (default linux-x64)
  release            both packages, built with the release compression, and dist/SHA256SUMS
  systemtest [RID]   install the package in a booted Debian bookworm (systemd-nspawn) and check it as a user
                     would; root, a few minutes (SYSTEMTEST_DEB=PATH skips building the package). RID defaults
                     to this machine's; linux-arm64 on an x86-64 machine boots an arm64 Debian under QEMU
  demo               the bots at work against a local fake LinkedIn, with a summary checked against its record
USAGE
}

host_rid() {
    case "$(uname -m)" in
        x86_64) echo linux-x64 ;;
        aarch64|arm64) echo linux-arm64 ;;
        *) echo "build.sh: unsupported machine $(uname -m)" >&2; exit 1 ;;
    esac
}

publish() {
    local rid="${1:-linux-x64}"
    case "$rid" in
        linux-x64|linux-arm64) ;;
        *) echo "build.sh: unsupported RID '$rid' (expected linux-x64 or linux-arm64)" >&2; exit 2 ;;
    esac
    local out="$ROOT/dist/$rid"
    rm -rf "$out"
    dotnet publish src/LinkedInAuto/LinkedInAuto.csproj -c Release -r "$rid" --self-contained true \
        -p:DebugType=none -p:DebugSymbols=false -o "$out" >&2 || return 1
    echo "$out/linkedin-auto"
}

cmd_test() {
    local rid exe deb
    rid="$(host_rid)"
    exe="$(publish "$rid")"
    "$exe" --help >/dev/null
    # One test project at a time: both drive real Chromium, and two suites competing for 2 cores only make both slow.
    dotnet build LinkedInAuto.sln -c Release -nologo -v q
    # Every stage runs even when an earlier one fails, so one run reports every failure; the exit code is the verdict.
    local project failed=() failures
    failures="$(mktemp)"
    for project in tests/FakeLinkedIn.Tests tests/LinkedInAuto.Tests; do
        # The failing tests are collected, with their first lines of error, for the verdict at the very end: a log
        # read from its tail (a CI page) then names them instead of only the project.
        if ! LINKEDIN_AUTO_EXE="$exe" dotnet test "$project" -c Release --no-build \
            --logger "console;verbosity=normal" "$@" | tee >(failed_tests "$project" >>"$failures"); then
            failed+=("$project")
        fi
    done
    # The package made from the same publish: lintian, modes, layout, unit exposure and verify.
    deb="$(packaging/build-deb.sh "$rid")"
    packaging/test-package.sh "$deb" "$exe" || failed+=("package checks ($rid)")
    # The other architecture's build from the same sources, through the same package checks. On an x86-64 machine
    # that is the Raspberry Pi's: its executable then runs here under QEMU user emulation (set up once, as root).
    local other started=$SECONDS
    other="$(other_rid "$rid")"
    [ "$other" != linux-arm64 ] || packaging/emulation/setup.sh || failed+=("emulation setup")
    if publish "$other" >/dev/null && deb="$(packaging/build-deb.sh "$other")"; then
        packaging/test-package.sh "$deb" "$exe" || failed+=("package checks ($other)")
    else
        failed+=("$other package build")
    fi
    echo "build.sh: $other publish, package and package checks took $((SECONDS - started)) s" >&2
    if [ "$other" = linux-arm64 ]; then
        started=$SECONDS
        packaging/emulation/test-exe.sh "dist/linux-arm64/linkedin-auto" || failed+=("arm64 executable under emulation")
        echo "build.sh: the arm64 executable under emulation took $((SECONDS - started)) s" >&2
    fi
    if ((${#failed[@]})); then
        cat "$failures" >&2
        rm -f "$failures"
        printf 'FAILED: %s\n' "${failed[@]}" >&2
        return 1
    fi
    rm -f "$failures"
    echo "all tests passed" >&2
}

# Reads a `dotnet test` console log (normal verbosity) and prints each failed test with up to six lines of its error.
failed_tests() {
    awk -v project="$1" '
        /^  Failed [^ ]/ { n = 7; print project ": " $0; next }
        n > 1 && /^  (Passed|Skipped|Failed) / { n = 0 }
        n > 1 { n--; print "    " $0 }
    '
}

other_rid() {
    case "$1" in
        linux-x64) echo linux-arm64 ;;
        *) echo linux-x64 ;;
    esac
}

cmd_release() {
    # What a user downloads: both packages from one version, with the smaller (slower) xz level, and their checksums.
    local rid deb names=()
    [ "$(uname -m)" != x86_64 ] || packaging/emulation/setup.sh
    for rid in linux-x64 linux-arm64; do
        publish "$rid" >/dev/null
        deb="$(DEB_XZ_LEVEL="${DEB_XZ_LEVEL:-6}" packaging/build-deb.sh "$rid")"
        names+=("$(basename "$deb")")
    done
    (cd dist && sha256sum "${names[@]}" > SHA256SUMS && sha256sum --check --quiet SHA256SUMS)
    printf 'dist/%s\n' "${names[@]}" SHA256SUMS
}

cmd_demo() {
    # The product at work: the three bots, one after another, against the local fake LinkedIn's French demo account,
    # then a table of what was done, checked against the fake's own record.
    local exe
    exe="$(publish "$(host_rid)")"
    dotnet build tests/LinkedInAuto.Demo/LinkedInAuto.Demo.csproj -c Release -nologo -v q >&2
    dotnet tests/LinkedInAuto.Demo/bin/Release/net10.0/LinkedInAuto.Demo.dll "$exe" "$ROOT"
}

cmd_deb() {
    local rid="${1:-linux-x64}"
    publish "$rid" >/dev/null
    packaging/build-deb.sh "$rid"
}

cmd_systemtest() {
    local rid deb fake
    rid="${1:-$(host_rid)}"
    deb="${SYSTEMTEST_DEB:-}"
    if [ "$rid" != "$(host_rid)" ]; then
        # Another architecture boots through binfmt_misc and QEMU; the browser checks are skipped there (no fake).
        [ "$rid" = linux-arm64 ] && [ "$(host_rid)" = linux-x64 ] || { echo "build.sh: cannot run a $rid system on $(uname -m)" >&2; exit 2; }
        packaging/emulation/setup.sh
        [ -n "$deb" ] || deb="$(cmd_deb "$rid")"
        packaging/systemtest/run.sh "$deb"
        return
    fi
    [ -n "$deb" ] || deb="$(cmd_deb "$rid")"
    # The fake LinkedIn runs inside the container, which has no .NET: a self-contained publish.
    fake="$ROOT/dist/fake-linkedin-$rid"
    rm -rf "$fake"
    dotnet publish tests/FakeLinkedIn/FakeLinkedIn.csproj -c Release -r "$rid" --self-contained true \
        -p:DebugType=none -p:DebugSymbols=false -o "$fake" >&2
    packaging/systemtest/run.sh "$deb" "$fake"
}

case "${1:-}" in
    test) shift; cmd_test "$@" ;;
    publish) shift; publish "${1:-linux-x64}" >/dev/null ;;
    deb) shift; cmd_deb "$@" ;;
    release) shift; cmd_release "$@" ;;
    systemtest) shift; cmd_systemtest "$@" ;;
    demo) shift; cmd_demo "$@" ;;
    -h|--help|help) usage ;;
    *) usage >&2; exit 2 ;;
esac
