#!/usr/bin/env bash
# Bulk observations against a running system (scripts/run.sh): RecordObservations over gRPC, the REST batch and the
# CSV import, each BENCH_ROWS (100,000) synthetic rows, against COPY of the same rows in the same run
# (BulkWriteBenchmark); then the CSV import of BENCH_PROJECTS (10,000) projects against COPY (ProjectImportBenchmark).
# The synthetic rows are removed at the end. Not part of scripts/test.sh; writes seed-data/target/bench/bulk-writes.txt
# and project-import.txt. Takes a few minutes (the slowest path sets the pace).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/bench/require-running-system.sh
BENCH_TOKEN=${BENCH_TOKEN:-$(scripts/dev-token.sh --role admin --subject bench --hours 2)}
export BENCH_TOKEN
./mvnw -B -q --no-transfer-progress test -pl seed-data -am -Dtest='BulkWriteBenchmark,ProjectImportBenchmark' -Dsurefire.failIfNoSpecifiedTests=false
cat seed-data/target/bench/bulk-writes.txt seed-data/target/bench/project-import.txt
