#!/usr/bin/env bash
# Read paths of a running Plan Monitor (scripts/run.sh) against the machine's own limits, measured in one run:
#   - baseline: pgbench -S -M prepared (8 clients, select-only) on the same PostgreSQL server;
#   - GET /api/v1/indicators/{id} through the gateway (→ gRPC → PostgreSQL) with wrk at 8, 32 and 64 connections,
#     and its latency at half of the 8-connection peak held by autocannon (fetched by npx);
#   - the plan dashboard of the largest seeded plan, the region dashboard of 郑州市 and status-filtered plan progress:
#     median of 50 sequential requests, and req/s at 8 connections;
#   - start time (from each service's log) and resident memory of each service, idle and after the load.
# Figures are printed as ratios against the baseline and written to target/bench/http.txt. Not part of the test
# command; bounded in time (about 3 minutes, warm-up included). Environment: GATEWAY (default http://localhost:8080), PLANMONITOR_PG_PORT
# (55432), PLANMONITOR_DATA_DIR (.planmonitor, for the logs), BENCH_SECONDS (10 per wrk/pgbench run).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/require-tools.sh
PGBENCH=$(ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1 || true)
require_tools wrk:wrk "${PGBENCH:-pgbench}:postgresql-15"
PGBENCH=${PGBENCH:-$(ls /usr/lib/postgresql/*/bin/pgbench | tail -1)}
PSQL=$(dirname "$PGBENCH")/psql

GATEWAY=${GATEWAY:-http://localhost:8080}
PG_PORT=${PLANMONITOR_PG_PORT:-55432}
DATA_DIR=${PLANMONITOR_DATA_DIR:-.planmonitor}
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
OUT=target/bench/http.txt
mkdir -p target/bench
curl -sf "$GATEWAY/q/health/ready" >/dev/null || { echo "No Plan Monitor at $GATEWAY: start scripts/run.sh first" >&2; exit 1; }

report() { echo "$*" | tee -a "$OUT"; }
: >"$OUT"
report "Plan Monitor read benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, ${SECONDS_PER_RUN}s per load run"

# --- baseline: the database server's own select-only throughput ---
"$PSQL" -h localhost -p "$PG_PORT" -U postgres -d postgres -qAtc "SELECT 1 FROM pg_database WHERE datname = 'bench'" \
  | grep -q 1 || "$PSQL" -h localhost -p "$PG_PORT" -U postgres -d postgres -qc "CREATE DATABASE bench"
"$PGBENCH" -h localhost -p "$PG_PORT" -U postgres -i -s 10 -q bench >/dev/null 2>&1
PG_TPS=$("$PGBENCH" -h localhost -p "$PG_PORT" -U postgres -S -M prepared -c 8 -j 2 -T "$SECONDS_PER_RUN" bench 2>/dev/null \
  | awk '/^tps/ {print $3; exit}')
report "baseline  pgbench -S -M prepared, 8 clients: ${PG_TPS} tps"

# wrk's figures: requests/s, p50 and p99 in ms.
wrk_figures() {
  wrk -t2 -c"$1" -d"${SECONDS_PER_RUN}s" --latency "$2" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
    /Non-2xx/ { bad = $NF }
    END { printf "%.0f %.2f %.2f %s\n", rps, p50, p99, (bad == "" ? 0 : bad) }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f %%", 100 * a / b }'; }

INDICATOR_URL="$GATEWAY/api/v1/indicators/gdp"
curl -sf "$INDICATOR_URL" >/dev/null
# Warm-up, not reported: the JVMs' JIT compiles the read path first, as in a service that has been running.
wrk -t2 -c8 -d"$((3 * SECONDS_PER_RUN))s" "$INDICATOR_URL" >/dev/null
wrk -t2 -c8 -d5s "$GATEWAY/api/v1/dashboards/plans/zhengzhou-2024-work-report?asOf=2024-12-31" >/dev/null
report ""
report "GET /api/v1/indicators/gdp (gateway → indicators-service → PostgreSQL)"
for c in 8 32 64; do
  read -r rps p50 p99 bad <<<"$(wrk_figures "$c" "$INDICATOR_URL")"
  report "  $(printf '%2d' "$c") connections: ${rps} req/s ($(ratio "$rps" "$PG_TPS") of pgbench), p50 ${p50} ms, p99 ${p99} ms, non-2xx ${bad}"
  [ "$c" = 8 ] && PEAK=$rps
done
# Latency at a fixed rate, half of the peak at 8 connections: wrk cannot hold a rate, autocannon (npm) can.
HALF=$((PEAK / 2))
if AC=$(npx --yes autocannon@9.0.0 -c 8 -d "$SECONDS_PER_RUN" -R "$HALF" -j "$INDICATOR_URL" 2>/dev/null); then
  read -r sent p50 p99 <<<"$(node -e 'const r = JSON.parse(process.argv[1]);
    console.log(r.requests.total, r.latency.p50, r.latency.p99)' "$AC")"
  report "  at half of that peak (${HALF} req/s, 8 connections, autocannon): ${sent} requests, p50 ${p50} ms, p99 ${p99} ms"
else
  report "  at half of the peak: not measured (autocannon could not be fetched from npm)"
fi

# Sequential latency: the median (and max) of 50 requests, in ms.
median_of_50() {
  for _ in $(seq 1 50); do curl -s -o /dev/null -w '%{time_total}\n' "$1"; done | sort -n \
    | awk '{ v[NR] = $1 * 1000 } END { printf "%.1f %.1f\n", (v[25] + v[26]) / 2, v[NR] }'
}
PLAN=zhengzhou-2024-work-report
ROWS=$(curl -s "$GATEWAY/api/v1/dashboards/plans/$PLAN?asOf=2024-12-31" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["rows"]))')
read -r one _ <<<"$(median_of_50 "$INDICATOR_URL")"
report ""
report "Dashboards: median of 50 sequential requests (against the one-row read's ${one} ms), and req/s at 8 connections"
for entry in "plan dashboard ($ROWS rows)|$GATEWAY/api/v1/dashboards/plans/$PLAN?asOf=2024-12-31" \
             "region dashboard 郑州市|$GATEWAY/api/v1/dashboards/regions/410100?asOf=2024-12-31" \
             "plan progress, status=LAGGING|$GATEWAY/api/v1/plans/$PLAN/progress?asOf=2024-12-31&status=LAGGING"; do
  name=${entry%%|*}; url=${entry#*|}
  curl -sf "$url" >/dev/null || { report "  $name: request refused ($url)"; continue; }
  read -r median worst <<<"$(median_of_50 "$url")"
  read -r rps _ _ bad <<<"$(wrk_figures 8 "$url")"
  report "  $name: median ${median} ms ($(awk -v a="$median" -v b="$one" 'BEGIN { printf "%.1f", a / b }')× the one-row read), max ${worst} ms; ${rps} req/s at 8, non-2xx ${bad}"
done

report ""
report "Start and memory (JVM; start from each log's 'started in', RSS now, after the load)"
for service in indicators-service projects-service documents-service gateway; do
  pid=$(pgrep -f "$service/target/quarkus-app/quarkus-run.jar" | head -1 || true)
  started=$(grep -ho 'started in [0-9.]*s' "$DATA_DIR/logs/$service.log" 2>/dev/null | tail -1 || true)
  rss=$([ -n "$pid" ] && awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$pid/status" || echo "not running")
  hwm=$([ -n "$pid" ] && awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$pid/status" || echo "-")
  report "  $(printf '%-19s' "$service") ${started:-start time not in log}, RSS ${rss} (peak ${hwm})"
done
report ""
report "Written to $OUT"
