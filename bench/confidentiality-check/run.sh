#!/usr/bin/env bash
# bench/confidentiality-check: the confidentiality check on long ordinary and adversarial drafts (issue 22), and
# 10,000 sensitive words over a 20,000-character document (issue 19).
# Usage: bench/confidentiality-check/run.sh [characters, default 200000] [words, default 10000] [document, default 20000]
# Builds and measures under the shared build lock (bench/java.sh) so that no build disturbs the figures.
set -euo pipefail
exec "$(dirname "$0")/../java.sh" bench.ConfidentialityCheckBenchmark "$@"
