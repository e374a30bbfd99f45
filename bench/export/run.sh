#!/usr/bin/env bash
# bench/export: a 100,000-row ledger exported to XLSX by the shared streaming mechanism (issue 19).
# Usage: bench/export/run.sh [rows, default 100000]. Runs with -Xmx128m: the export must not hold the rows.
# Builds and measures under the shared Maven lock so that no build disturbs the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS="${1:-100000}"
exec flock /tmp/gongkai-maven.lock bash -c '
set -euo pipefail
./mvnw -B -ntp -o -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-export-classpath.txt -Dmdep.includeScope=runtime
CP="target/classes:$(cat target/bench-export-classpath.txt)"
rm -rf target/bench-export-classes && mkdir -p target/bench-export-classes
javac -encoding UTF-8 -d target/bench-export-classes -cp "$CP" bench/export/*.java
java -Xmx128m -XX:+UseSerialGC -cp "target/bench-export-classes:$CP" org.gongkai.platform.ExportBenchmark "'"$ROWS"'" target/bench-export
'
