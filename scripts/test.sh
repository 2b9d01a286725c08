#!/usr/bin/env bash
# Runs every test: buf lint of the gRPC contracts; the whole Maven reactor (unit tests, a @QuarkusTest per application
# against a real PostgreSQL, the end-to-end test of the four packaged applications as processes, the web front page
# in headless Chromium); the Kubernetes manifests rendered, schema-validated and checked; and the native-image
# build-step analysis of every application.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/require-tools.sh
# The web page's browser test drives Debian's Chromium, with CJK fonts to render the Chinese pages; the evaluation
# report is rendered to PDF by LibreOffice.
require_tools kubectl:kubectl chromium:chromium /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc:fonts-noto-cjk \
  soffice:libreoffice-writer-nogui

echo "== buf lint (proto/)"
(cd proto && ../node_modules/.bin/buf lint)
echo "buf lint: clean"

echo "== Kubernetes manifests (k8s/)"
node --test k8s/test/

echo "== mvn verify"
./mvnw -B --no-transfer-progress verify

echo "== native build-step analysis (no GraalVM here: sources-only)"
./mvnw -B -q --no-transfer-progress package -DskipTests -Pnative -Dquarkus.native.sources-only=true \
  -pl indicators-service,projects-service,documents-service,gateway -am
echo "native analysis: passed for indicators-service, projects-service, documents-service, gateway"
