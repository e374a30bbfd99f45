#!/usr/bin/env bash
# Runs one benchmark class of src/test/java/bench on the test classpath: builds it (offline when every dependency is
# in the local repository, online otherwise) and measures under the shared build lock, /tmp/gongkai-maven.lock, which
# every bench/*/run.sh takes, so that no other build or benchmark on the machine disturbs the figures.
# Usage: bench/java.sh [JVM options…] bench.SomeBenchmark [arguments…]   (from any directory)
set -euo pipefail
cd "$(dirname "$0")/.."
exec 9>/tmp/gongkai-maven.lock
flock 9
build() {
  ./mvnw -B -ntp -q "$@" -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
}
build -o || build
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$@"
