#!/bin/sh
# Evaluates the assistant's retrieval on the demo's service items; prints and writes results-<set>.txt here.
# Usage: bench/assistant/run.sh            (the 100 test questions)
#        bench/assistant/run.sh calibration (the calibration questions, with their scores)
# Runs under the shared build lock, so that no other build disturbs the latencies.
set -e
cd "$(dirname "$0")/../.."
flock /tmp/gongkai-build.lock ./mvnw -B -q test -Dtest=AssistantBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.set="${1:-questions}" ${BENCH_MISSES:+-Dbench.misses=true}
