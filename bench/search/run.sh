#!/usr/bin/env bash
# Search benchmark: bench/search/run.sh [documents, default 1000000]
# Builds, then runs SearchBenchmark under the shared build lock so that no build disturbs the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
DOCUMENTS="${1:-1000000}"
exec flock /tmp/gongkai-maven.lock bash -c '
set -euo pipefail
./mvnw -B -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
CP="target/classes:$(cat target/bench-classpath.txt)"
rm -rf target/bench-classes && mkdir -p target/bench-classes
javac -encoding UTF-8 -d target/bench-classes -cp "$CP" bench/search/*.java
java -Xmx4g -cp "target/bench-classes:$CP" org.gongkai.search.SearchBenchmark "'"$DOCUMENTS"'" target/bench-search
'
