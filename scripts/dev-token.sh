#!/usr/bin/env bash
# Prints a development bearer token, signed with the local key pair that scripts/run.sh makes when no identity
# provider is configured. Use it as "Authorization: Bearer <token>" on the gateway, or as gRPC metadata.
#
#   scripts/dev-token.sh                                   an admin (dev-admin), valid 8 hours
#   scripts/dev-token.sh --role editor --region 410105 --subject jinshui-editor
#   scripts/dev-token.sh --role viewer --hours 1
#
# Roles: viewer, editor, admin (--role may repeat). An editor writes the data of its --region codes only.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f dev-auth/target/dev-auth.jar ]; then
  ./mvnw -B -q --no-transfer-progress -pl dev-auth package -DskipTests
fi
exec java -jar dev-auth/target/dev-auth.jar --keys "${PLANMONITOR_DATA_DIR:-.planmonitor}/keys" "$@"
