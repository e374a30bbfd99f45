#!/usr/bin/env bash
# bench/site: full rebuild of the static site with N published documents (default 100000) over 50 agencies, and the
# latency of publishing one more. Usage: bench/site/run.sh [documents]
# Builds and measures under the shared build lock (bench/java.sh) so that no build disturbs the figures.
set -euo pipefail
exec "$(dirname "$0")/../java.sh" -Xmx6g bench.SiteRebuildBenchmark "$@"
