# Sourced by the benchmarks: they measure a running system (scripts/run.sh) and stop at once when there is none.
curl -sf "${GATEWAY:-http://localhost:8080}/q/health/ready" >/dev/null \
  || { echo "No Plan Monitor at ${GATEWAY:-http://localhost:8080}: start scripts/run.sh first" >&2; exit 1; }
