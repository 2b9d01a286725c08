#!/usr/bin/env bash
# Runs every test: buf lint of the gRPC contracts, then the whole Maven reactor — unit tests, a @QuarkusTest per
# application against a real PostgreSQL, and the end-to-end test of the three packaged applications as processes.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/require-tools.sh
require_tools

echo "== buf lint (proto/)"
(cd proto && ../node_modules/.bin/buf lint)
echo "buf lint: clean"

echo "== mvn verify"
./mvnw -B --no-transfer-progress verify
