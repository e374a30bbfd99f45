#!/usr/bin/env bash
# bench/confidentiality-check: the confidentiality check on long ordinary and adversarial drafts (issue 22), and
# 10,000 sensitive words over a 20,000-character document (issue 19).
# Usage: bench/confidentiality-check/run.sh [characters, default 200000] [words, default 10000] [document, default 20000]
# Builds and measures under the shared Maven lock so that no build disturbs the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
ARGS="$*"
exec flock /tmp/gongkai-maven.lock bash -c '
set -euo pipefail
./mvnw -B -ntp -o -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" bench.ConfidentialityCheckBenchmark '"$ARGS"'
'
