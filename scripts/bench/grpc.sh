#!/usr/bin/env bash
# The indicator read straight to indicators-service over gRPC against the same read through the gateway (REST),
# from one load loop in one run (8, 32 and 64 concurrent callers, after a warm-up), against a running system
# (scripts/run.sh). Not part of scripts/test.sh; writes seed-data/target/bench/read-path.txt. About 2 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/bench/require-running-system.sh
./mvnw -B -q --no-transfer-progress test -pl seed-data -am -Dtest=ReadPathBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat seed-data/target/bench/read-path.txt
