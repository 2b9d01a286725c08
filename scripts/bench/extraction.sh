#!/usr/bin/env bash
# Extraction time of each seed document (documents-service's reading of a document), p50 and p90 of 50 rounds after
# 20 warm-up rounds, with one regular-expression scan for the figures of the same text as the baseline measured in the same run.
# Not part of scripts/test.sh; writes seed-data/target/bench/extraction.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q --no-transfer-progress test -pl seed-data -am -Dtest=ExtractionBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat seed-data/target/bench/extraction.txt
