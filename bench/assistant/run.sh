#!/bin/sh
# Evaluates the assistant's retrieval; prints and writes results-<set>.txt here (eval: results/<label>/).
# Usage: bench/assistant/run.sh            (the demo's 100 test questions)
#        bench/assistant/run.sh calibration (the demo's calibration questions, with their scores)
#        bench/assistant/run.sh eval [label] (the unseen catalogues, every round's tuning and frozen parts, per
#                                             category: tuning, frozen, tuning-2, frozen-2, … as the eval-*.tsv here;
#                                             writes results/<label>/<part>.txt; BENCH_MISSES=1 lists the tuning
#                                             parts' misses — never a frozen part's; BENCH_PARTS=tuning,tuning-2 runs
#                                             those parts, BENCH_PARTS='tuning*' every tuning part and no frozen one
#                                             (while tuning); BENCH_DUMP=/tmp/d-PART.jsonl dumps their
#                                             evidence for fit-answerability.py; BENCH_TAUGHT=aliases first adds each
#                                             answerable tuning question not answered right first to its item's
#                                             常用说法, as staff would from the log, =all also each unanswerable one
#                                             answered to the table of remits, then runs the parts)
# Runs under the shared build lock, so that no other build disturbs the latencies.
set -e
cd "$(dirname "$0")/../.."
if [ "$1" = eval ]; then
  flock /tmp/gongkai-maven.lock ./mvnw -B -ntp -o -q test -Dtest=AssistantEvaluationBench \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbench.label="${2:-current}" ${BENCH_MISSES:+-Dbench.misses=true} \
    ${BENCH_PARTS:+"-Dbench.parts=$BENCH_PARTS"} ${BENCH_DUMP:+"-Dbench.dump=$BENCH_DUMP"} ${BENCH_TAUGHT:+"-Dbench.taught=$BENCH_TAUGHT"}
  exit
fi
flock /tmp/gongkai-maven.lock ./mvnw -B -ntp -o -q test -Dtest=AssistantBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.set="${1:-questions}" ${BENCH_MISSES:+-Dbench.misses=true}
