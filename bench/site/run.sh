#!/usr/bin/env bash
# bench/site: full rebuild of the static site with N published documents (default 100000) over 50 agencies, and the
# latency of publishing one more. Usage: bench/site/run.sh [documents]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx6g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" bench.SiteRebuildBenchmark "$@"
