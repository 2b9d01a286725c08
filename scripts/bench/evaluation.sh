#!/usr/bin/env bash
# A plan's evaluation (GetPlanEvaluation, which the plan page and the evaluation report read) against one target's
# (EvaluateProgress) from the same run, on the seed dataset, against a running system (scripts/run.sh).
# Not part of scripts/test.sh; writes seed-data/target/bench/plan-evaluation.txt. About 2 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/bench/require-running-system.sh
./mvnw -B -q --no-transfer-progress test -pl seed-data -am -Dtest=PlanEvaluationBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat seed-data/target/bench/plan-evaluation.txt
