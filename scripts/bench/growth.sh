#!/usr/bin/env bash
# Reads as the observation table grows to 10³, 10⁵ and 10⁶ rows (synthetic, written straight into PostgreSQL and
# removed at the end), against a running system with the seed dataset (scripts/run.sh): DataGrowthBenchmark. Not part
# of scripts/test.sh; writes seed-data/target/bench/data-growth.txt. About 2 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/bench/require-running-system.sh
./mvnw -B -q --no-transfer-progress test -pl seed-data -am -Dtest=DataGrowthBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat seed-data/target/bench/data-growth.txt
