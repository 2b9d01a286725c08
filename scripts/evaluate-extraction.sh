#!/usr/bin/env bash
# Precision and recall of the document extractor (document-extraction/) on the five seed documents against the
# reviewed seed dataset (seed-data/), per document and record kind; the table is also written to
# seed-data/target/extraction-evaluation.txt. scripts/test.sh runs the same evaluation as part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q --no-transfer-progress install -DskipTests -pl document-extraction -am
./mvnw -B -q --no-transfer-progress test -pl seed-data -Dtest=ExtractionEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false
cat seed-data/target/extraction-evaluation.txt
