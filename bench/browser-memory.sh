#!/usr/bin/env bash
# Prints the peak PSS (proportional set size: shared pages split between the processes sharing them) of the whole
# process tree -- the .NET process running the product's browser code (standing in for the daemon), the Playwright
# driver and every Chromium process -- while a 200-card birthday page is open, for browser.mode default and low_memory.
# Anyone can run it; it prints figures and asserts nothing. It is not a test.
#
#   bench/browser-memory.sh                          # both modes, built-in static page
#   bench/browser-memory.sh --mode low_memory --seconds 10
#   bench/browser-memory.sh --fake                   # the fake LinkedIn's birthday page with 200 birthdays
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$ROOT/bench/BrowserMemory" -c Release -nologo -v q >&2
exec dotnet "$ROOT/bench/BrowserMemory/bin/Release/net10.0/BrowserMemory.dll" "$@"
