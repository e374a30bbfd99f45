#!/usr/bin/env bash
# bench/confidentiality-check: the confidentiality check on long ordinary and adversarial drafts (issue 22).
# Usage: bench/confidentiality-check/run.sh [characters]   (default 200000)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" bench.ConfidentialityCheckBenchmark "$@"
