#!/usr/bin/env bash
# Precision and recall of the document extractor (document-extraction/) on the five seed documents against the
# reviewed seed dataset (seed-data/), per document and record kind; the table is also written to
# seed-data/target/extraction-evaluation.txt. scripts/test.sh runs the same evaluation as part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor run: seed-data and what it needs (proto, document-extraction) are built from this tree, so a fresh
# checkout needs nothing installed first; only the evaluation test runs.
./mvnw -B -q --no-transfer-progress test -pl seed-data -am -Dtest=ExtractionEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false
cat seed-data/target/extraction-evaluation.txt
