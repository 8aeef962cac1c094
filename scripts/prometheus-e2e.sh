#!/usr/bin/env bash
# End-to-end monitoring check: starts the stack (./ledger up --detach) and a real Prometheus on loopback that
# scrapes the three services on /q/metrics and loads k8s/prometheus/ledger-alerts.rules.yml, ingests a
# bulletin through the gateway, then asserts that up == 1 for each service and that the domain metrics
# (reports ingested, claims extracted, outbox backlog and its draining, extraction histogram, tally query
# time) are in Prometheus.
# Everything runs on 127.0.0.1 with its own free ports and LEDGER_HOME, and is stopped on exit.
# Needs: prometheus and promtool (.ci/tools.sh), curl, python3.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

for tool in prometheus promtool curl python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "prometheus-e2e: $tool is missing (run .ci/tools.sh)" >&2; exit 2; }
done

# Free loopback ports unless given, so that it never meets another stack on this machine.
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
export GATEWAY_PORT="${GATEWAY_PORT:-$(free_port)}"
export INGEST_SERVICE_PORT="${INGEST_SERVICE_PORT:-$(free_port)}"
export TALLY_SERVICE_PORT="${TALLY_SERVICE_PORT:-$(free_port)}"
export LEDGER_PG_PORT="${LEDGER_PG_PORT:-$(free_port)}"
if [ -z "${LEDGER_HOME:-}" ]; then
  # Its own throwaway home: a fresh database, so the bulletin is new (201) on every run.
  export LEDGER_HOME="$ROOT/.ledger/prometheus-e2e"
  rm -rf "$LEDGER_HOME/pgdata"
fi
export LEDGER_API_KEY="${LEDGER_API_KEY:-e2e-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
PROMETHEUS_PORT="${PROMETHEUS_PORT:-$(free_port)}"
WAIT_SECONDS="${E2E_WAIT_SECONDS:-90}"
PROM="http://127.0.0.1:$PROMETHEUS_PORT"

passed=0
failed=0
check() { # name, command...
  local name=$1; shift
  if "$@"; then echo "PASS  $name"; passed=$((passed + 1)); else echo "FAIL  $name"; failed=$((failed + 1)); fi
}

[ -x ./ledger ] || { echo "prometheus-e2e: ./ledger is missing" >&2; exit 2; }

work=$(mktemp -d)
prometheus_pid=""
cleanup() {
  if [ -n "$prometheus_pid" ] && kill -0 "$prometheus_pid" 2>/dev/null; then
    kill "$prometheus_pid"; wait "$prometheus_pid" 2>/dev/null || true
  fi
  ./ledger down >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

cat > "$work/prometheus.yml" <<YAML
global:
  scrape_interval: 2s
  evaluation_interval: 2s
rule_files:
  - $ROOT/k8s/prometheus/ledger-alerts.rules.yml
scrape_configs:
  - job_name: gateway
    metrics_path: /q/metrics
    static_configs: [{targets: ["127.0.0.1:$GATEWAY_PORT"]}]
  - job_name: ingest-service
    metrics_path: /q/metrics
    static_configs: [{targets: ["127.0.0.1:$INGEST_SERVICE_PORT"]}]
  - job_name: tally-service
    metrics_path: /q/metrics
    static_configs: [{targets: ["127.0.0.1:$TALLY_SERVICE_PORT"]}]
YAML
promtool check config "$work/prometheus.yml"

echo "prometheus-e2e: starting the stack (LEDGER_HOME=$LEDGER_HOME, gateway on $GATEWAY_PORT)"
./ledger up --detach

prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/data" \
  --web.listen-address="127.0.0.1:$PROMETHEUS_PORT" --log.level=warn > "$work/prometheus.log" 2>&1 &
prometheus_pid=$!

gateway="http://127.0.0.1:$GATEWAY_PORT"
status=$(curl -s -o "$work/ingest.json" -w '%{http_code}' -X POST \
  -H "X-API-Key: $LEDGER_API_KEY" -H 'Content-Type: text/plain' --data-binary @scripts/e2e/bulletin.txt \
  "$gateway/api/v1/reports?source=E2E&url=https://example.org/e2e/1&title=Prometheus%20e2e&publishedAt=2024-03-05&language=en")
echo "prometheus-e2e: POST /api/v1/reports -> $status"
check "the gateway accepts the bulletin (201 or 200)" test "$status" = 201 -o "$status" = 200

# query EXPR -> prints the first sample's value, or nothing
query() {
  curl -s --get --data-urlencode "query=$1" "$PROM/api/v1/query" | python3 -c '
import json, sys
try:
    result = json.load(sys.stdin)["data"]["result"]
except Exception:
    sys.exit(0)
print(result[0]["value"][1] if result else "")'
}

# eventually EXPR EXPECTED: waits until the query answers EXPECTED (or any value when EXPECTED is "any")
eventually() {
  local deadline=$((SECONDS + WAIT_SECONDS)) value=""
  while [ $SECONDS -lt $deadline ]; do
    value=$(query "$1" || true)
    if [ -n "$value" ] && { [ "$2" = any ] || [ "$value" = "$2" ]; }; then
      echo "      $1 = $value"
      return 0
    fi
    sleep 2
  done
  echo "      $1 = '${value}' after ${WAIT_SECONDS}s (wanted $2)"
  return 1
}

for job in gateway ingest-service tally-service; do
  check "up{job=\"$job\"} == 1" eventually "up{job=\"$job\"}" 1
done
check "reports ingested, by result" eventually 'sum(ledger_reports_ingested_total{job="ingest-service"})' any
check "claims extracted, by outcome" eventually 'sum(ledger_claims_extracted_total{job="ingest-service"}) > 0' any
check "outbox backlog gauge" eventually 'count(ledger_outbox_backlog{job="ingest-service"})' 1
check "the outbox drains: claims delivered to tally-service" eventually 'max(ledger_outbox_backlog{job="ingest-service"})' 0
tally_status=$(curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: $LEDGER_API_KEY" "$gateway/api/v1/tallies")
check "GET /api/v1/tallies answers 200 (was $tally_status)" test "$tally_status" = 200
check "tally query time" eventually 'sum(ledger_tally_query_seconds_count{job="tally-service"}) > 0' any
check "extraction time histogram" eventually 'count(ledger_extraction_seconds_bucket{job="ingest-service"}) > 0' any
check "HTTP server requests on the gateway, with the status label the 5xx alert reads" \
  eventually 'sum(http_server_requests_seconds_count{job="gateway", status=~"2.."}) > 0' any
rules=$(curl -s "$PROM/api/v1/rules" | python3 -c 'import json,sys; print(sum(len(g["rules"]) for g in json.load(sys.stdin)["data"]["groups"]))')
check "the alert rules are loaded ($rules rules)" test "${rules:-0}" -ge 6
firing=$(curl -s "$PROM/api/v1/alerts" | python3 -c 'import json,sys; print(",".join(a["labels"]["alertname"] for a in json.load(sys.stdin)["data"]["alerts"] if a["labels"]["alertname"] == "LedgerServiceDown"))')
check "no LedgerServiceDown alert pending or firing" test -z "$firing"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
