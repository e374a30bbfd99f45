#!/usr/bin/env bash
# bench/login-challenge: the login's proof of work (issue 19) solved by /assets/login-proof.js in Debian's headless
# Chromium (Selenium, chromedriver) with a 390 px mobile viewport and the CPU slowed 1×, 4× and 6× through Chrome
# DevTools' Emulation.setCPUThrottlingRate (4–6× stands in for a mid-range phone). Starts the application in-process
# (bench.LoginChallengeBenchmark: fresh data directory, no demo) and stops it, with the browser, before exiting.
# Usage: bench/login-challenge/run.sh [solves per rate, default 20] [difficulty, default the configured one]
# Builds and measures under the shared build lock (bench/java.sh) so that no build disturbs the figures.
set -euo pipefail
exec "$(dirname "$0")/../java.sh" bench.LoginChallengeBenchmark "$@"
