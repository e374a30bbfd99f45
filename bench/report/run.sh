#!/bin/sh
# bench/report: 1,000,000 applications over 1,000 agencies × 10 years on the embedded PostgreSQL; prints the time of
# one agency's report, of all agencies' figures of 2025, and of one bare GROUP BY over the same rows (the floor).
# Run from the repository root; takes the shared build lock so no other build disturbs the figures.
set -e
cd "$(dirname "$0")/../.."
flock /tmp/gongkai-maven.lock ./mvnw -B -q -o test -Dtest=ReportBenchmark -Dbench.report=true \
  -Dsurefire.failIfNoSpecifiedTests=false > target/bench-report.log 2>&1 || { tail -50 target/bench-report.log; exit 1; }
grep -ho "BENCH[^<]*" target/surefire-reports/TEST-org.gongkai.annualreport.ReportBenchmark.xml 2>/dev/null \
  || grep -h 'BENCH' target/bench-report.log
