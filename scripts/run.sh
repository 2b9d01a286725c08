#!/usr/bin/env bash
# Builds Plan Monitor and starts the whole system on this machine: PostgreSQL, indicators-service, projects-service,
# documents-service and the gateway, each its own process. Ctrl-C stops them all.
#
# Database: with INDICATORS_DB_URL, PROJECTS_DB_URL and DOCUMENTS_DB_URL set (JDBC URLs; *_DB_USER and *_DB_PASSWORD
# too) the services
# use those. Otherwise the project's own PostgreSQL runs on port 55432 and keeps its data in .planmonitor/postgres
# (PLANMONITOR_DATA_DIR moves it), so data survives restarts. Logs go to .planmonitor/logs.
#
# Default data: on the first start the seed dataset (the five documents of shared/seeds, seed-data/) is loaded through
# the services' gRPC APIs; PLANMONITOR_SEED=always loads it at every start (idempotent), =never not at all.
#
# Callers: writes need a bearer token. With no identity provider given (PLANMONITOR_JWT_PUBLIC_KEY: a public key file
# or JWKS URL, and PLANMONITOR_JWT_ISSUER), a local key pair in .planmonitor/keys stands in for one, and
# scripts/dev-token.sh signs tokens with it. projects-service and the seed loader get tokens of their own from it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/require-tools.sh
require_tools

DATA_DIR=${PLANMONITOR_DATA_DIR:-.planmonitor}
LOGS="$DATA_DIR/logs"
mkdir -p "$LOGS"
GATEWAY_PORT=${GATEWAY_PORT:-8080}
INDICATORS_PORT=${INDICATORS_PORT:-8081}
PROJECTS_PORT=${PROJECTS_PORT:-8082}
DOCUMENTS_PORT=${DOCUMENTS_PORT:-8083}
export GATEWAY_PORT INDICATORS_PORT PROJECTS_PORT DOCUMENTS_PORT
export INDICATORS_GRPC_PORT=$INDICATORS_PORT PROJECTS_GRPC_PORT=$PROJECTS_PORT DOCUMENTS_GRPC_PORT=$DOCUMENTS_PORT

echo "Building (tests skipped; scripts/test.sh runs them)..."
./mvnw -B -q --no-transfer-progress package -DskipTests

KEYS="$DATA_DIR/keys"
if [ -z "${PLANMONITOR_JWT_PUBLIC_KEY:-}" ]; then
  PLANMONITOR_JWT_PUBLIC_KEY="file:$(java -jar dev-auth/target/dev-auth.jar --keys "$KEYS" --public-key)"
  export PLANMONITOR_JWT_PUBLIC_KEY
  # projects-service writes the investment it publishes to indicators-service under its own name.
  if [ -z "${PROJECTS_SERVICE_TOKEN_FILE:-}" ]; then
    java -jar dev-auth/target/dev-auth.jar --keys "$KEYS" --subject projects-service --role admin --hours 720 \
      >"$KEYS/projects-service.token"
    export PROJECTS_SERVICE_TOKEN_FILE="$KEYS/projects-service.token"
  fi
  if [ -z "${PLANMONITOR_TOKEN:-}" ]; then
    PLANMONITOR_TOKEN=$(java -jar dev-auth/target/dev-auth.jar --keys "$KEYS" --subject seed-loader --role admin --hours 1)
    export PLANMONITOR_TOKEN
  fi
  echo "Tokens: local development keys in $KEYS (scripts/dev-token.sh signs tokens)"
fi

pids=()
stop_all() {
  trap - EXIT INT TERM
  echo "Stopping Plan Monitor..."
  for ((i=${#pids[@]}-1; i>=0; i--)); do
    kill "${pids[i]}" 2>/dev/null || true
    wait "${pids[i]}" 2>/dev/null || true
  done
}
trap stop_all EXIT INT TERM

# wait_for NAME PID URL: waits until URL answers 200, failing if the process dies first.
wait_for() {
  local name=$1 pid=$2 url=$3
  for _ in $(seq 1 240); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name stopped while starting; its log ($LOGS/$name.log) ends with:" >&2
      tail -n 30 "$LOGS/$name.log" >&2
      exit 1
    fi
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then
      echo "$name ready"
      return 0
    fi
    sleep 0.5
  done
  echo "$name not ready after 120 s; see $LOGS/$name.log" >&2
  exit 1
}

if [ -n "${INDICATORS_DB_URL:-}" ] && [ -n "${PROJECTS_DB_URL:-}" ] && [ -n "${DOCUMENTS_DB_URL:-}" ]; then
  echo "Using the databases given: $INDICATORS_DB_URL, $PROJECTS_DB_URL, $DOCUMENTS_DB_URL"
else
  PG_PORT=${PLANMONITOR_PG_PORT:-55432}
  java -cp "local-postgres/target/local-postgres.jar:local-postgres/target/lib/*" \
    io.planmonitor.localpostgres.LocalPostgresMain "$DATA_DIR/postgres" "$PG_PORT" indicators,projects,documents \
    >"$LOGS/postgres.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    grep -q "PostgreSQL ready" "$LOGS/postgres.log" && break
    kill -0 "${pids[0]}" 2>/dev/null || { cat "$LOGS/postgres.log" >&2; exit 1; }
    sleep 0.5
  done
  grep -q "PostgreSQL ready" "$LOGS/postgres.log" || { echo "PostgreSQL did not start; see $LOGS/postgres.log" >&2; exit 1; }
  echo "postgres ready (port $PG_PORT, data in $DATA_DIR/postgres)"
  export INDICATORS_DB_URL=${INDICATORS_DB_URL:-jdbc:postgresql://localhost:$PG_PORT/indicators}
  export PROJECTS_DB_URL=${PROJECTS_DB_URL:-jdbc:postgresql://localhost:$PG_PORT/projects}
  export DOCUMENTS_DB_URL=${DOCUMENTS_DB_URL:-jdbc:postgresql://localhost:$PG_PORT/documents}
fi

# Each JVM sizes itself as in its Kubernetes pod (a 512Mi limit: a 128 MB heap), not as on this whole
# machine (a quarter of its memory as heap, which a service under load grows into): PLANMONITOR_JAVA_OPTS changes it.
read -r -a JAVA_OPTS <<<"${PLANMONITOR_JAVA_OPTS:--XX:MaxRAM=512m}"
java "${JAVA_OPTS[@]}" -jar indicators-service/target/quarkus-app/quarkus-run.jar >"$LOGS/indicators-service.log" 2>&1 &
pids+=($!)
wait_for indicators-service $! "http://localhost:$INDICATORS_PORT/q/health/ready"
java "${JAVA_OPTS[@]}" -jar projects-service/target/quarkus-app/quarkus-run.jar >"$LOGS/projects-service.log" 2>&1 &
pids+=($!)
wait_for projects-service $! "http://localhost:$PROJECTS_PORT/q/health/ready"
java "${JAVA_OPTS[@]}" -jar documents-service/target/quarkus-app/quarkus-run.jar >"$LOGS/documents-service.log" 2>&1 &
pids+=($!)
wait_for documents-service $! "http://localhost:$DOCUMENTS_PORT/q/health/ready"
java "${JAVA_OPTS[@]}" -jar gateway/target/quarkus-app/quarkus-run.jar >"$LOGS/gateway.log" 2>&1 &
pids+=($!)
wait_for gateway $! "http://localhost:$GATEWAY_PORT/q/health/ready"

SEED=${PLANMONITOR_SEED:-first}
if [ "$SEED" = always ] || { [ "$SEED" = first ] && [ ! -f "$DATA_DIR/seed-loaded" ]; }; then
  echo "Loading the seed dataset (seed-data/: the five documents' plans, targets, results and projects)..."
  # The loader writes with PLANMONITOR_TOKEN (an admin's; made above from the local keys, or given with your provider).
  if java -jar seed-data/target/quarkus-app/quarkus-run.jar >"$LOGS/seed.log" 2>&1; then
    touch "$DATA_DIR/seed-loaded"
    grep -E '^(Seed dataset|[a-z ]+ +[0-9]+ created)' "$LOGS/seed.log"
  else
    echo "Loading the seed dataset failed; $LOGS/seed.log ends with:" >&2
    tail -n 30 "$LOGS/seed.log" >&2
    exit 1
  fi
fi

echo
echo "Plan Monitor is up: http://localhost:$GATEWAY_PORT"
echo "  Web page   http://localhost:$GATEWAY_PORT/  (驾驶舱, 规划指标, 重点项目, 文件审核)"
echo "  REST API   http://localhost:$GATEWAY_PORT/api/v1/indicators , /api/v1/projects , /api/v1/documents"
echo "  Swagger UI http://localhost:$GATEWAY_PORT/q/swagger-ui"
echo "  gRPC       indicators-service localhost:$INDICATORS_PORT, projects-service localhost:$PROJECTS_PORT,"
echo "             documents-service localhost:$DOCUMENTS_PORT"
echo "  Writes need a token: scripts/dev-token.sh --role editor --region 410105 (reads are open)"
echo "Ctrl-C stops everything."
wait
