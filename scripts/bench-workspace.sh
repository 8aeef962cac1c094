#!/usr/bin/env bash
# Benchmark of the workspace's first view (a benchmark, not a test): starts the stack with ./ledger up --detach on
# ports of its own, fills the ledger with synthetic claims (tally-service's BulkLoad: COPY of the claims as the
# service files them, then POST /ledger/rebuild), then opens the workspace in headless Chromium again and again
# (FirstViewBench in the gateway's test classes, the same first-view timing as WorkspaceCheck), each round once while
# the ledger has not changed and once right after a change (a short report posted and delivered), and prints, per round
# and in the end, the first view's time (from its first request to tallies, chart and running totals drawn), the time
# from navigation to ready, and every API call the first view made with its duration (p50 and max).
#
# Usage: scripts/bench-workspace.sh [CLAIMS] (default 100000)
# Env:   BENCH_ROUNDS (measured page loads per gateway, default 10), BENCH_WARMUP_ROUNDS (default 3),
#        BENCH_BASELINE_APP=<gateway quarkus-app dir> (another build of the gateway, e.g. main's, served beside the
#        current one on BENCH_BASELINE_PORT in front of the same backends and measured in the same interleaved rounds:
#        old and new page side by side in one run), BENCH_BASELINE_TALLY_APP=<tally-service quarkus-app dir> (another
#        build of tally-service, started on BENCH_BASELINE_TALLY_PORT (default 28291) against the same database, behind
#        the baseline gateway: the current gateway's build unless BENCH_BASELINE_APP names another), BENCH_KEEP=1 (keep the loaded ledger in BENCH_HOME and reuse it),
#        BENCH_HOME (default gateway/target/bench-workspace), BENCH_SEED,
#        GATEWAY_PORT, INGEST_SERVICE_PORT, TALLY_SERVICE_PORT, LEDGER_PG_PORT (defaults 28280, 28281, 28282, 28532).
# Needs a JDK 17+, Debian's chromium and chromium-driver (gateway/scripts/ensure-chromium.sh), psql for ANALYZE.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

CLAIMS="${1:-100000}"
ROUNDS="${BENCH_ROUNDS:-10}"
WARMUP_ROUNDS="${BENCH_WARMUP_ROUNDS:-3}"
HOME_DIR="${BENCH_HOME:-$ROOT/gateway/target/bench-workspace}"
export GATEWAY_PORT="${GATEWAY_PORT:-28280}" INGEST_SERVICE_PORT="${INGEST_SERVICE_PORT:-28281}"
export TALLY_SERVICE_PORT="${TALLY_SERVICE_PORT:-28282}" LEDGER_PG_PORT="${LEDGER_PG_PORT:-28532}"
BASELINE_PORT="${BENCH_BASELINE_PORT:-28290}"
export LEDGER_HOME="$HOME_DIR/ledger"
export LEDGER_API_KEY="${LEDGER_API_KEY:-bench-workspace-key-0123456789}"
TALLY="http://127.0.0.1:$TALLY_SERVICE_PORT"
BASELINE_PID=""
BASELINE_TALLY_PID=""
BASELINE_TALLY_PORT="${BENCH_BASELINE_TALLY_PORT:-28291}"
mkdir -p "$HOME_DIR"

[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || bash gateway/scripts/ensure-chromium.sh \
  || { echo "bench-workspace: Chromium is missing (gateway/scripts/ensure-chromium.sh installs it)" >&2; exit 2; }

cleanup() {
  if [ -n "$BASELINE_TALLY_PID" ]; then kill "$BASELINE_TALLY_PID" 2>/dev/null || true; wait "$BASELINE_TALLY_PID" 2>/dev/null || true; fi
  if [ -n "$BASELINE_PID" ]; then kill "$BASELINE_PID" 2>/dev/null || true; wait "$BASELINE_PID" 2>/dev/null || true; fi
  ./ledger down >/dev/null 2>&1 || true
}
trap cleanup EXIT INT TERM

# The services (./ledger up builds what is missing), the loader in tally-service's test classes, and the browser
# driver in the gateway's test classes with their test classpath.
if [ ! -f tally-service/target/test-classes/org/casualtyledger/tally/bench/BulkLoad.class ] \
   || [ ! -f gateway/target/test-classes/org/casualtyledger/gateway/workspace/FirstViewBench.class ] \
   || [ ! -f gateway/target/quarkus-app/quarkus-run.jar ] || [ ! -f tally-service/target/quarkus-app/quarkus-run.jar ] \
   || [ ! -f ingest-service/target/quarkus-app/quarkus-run.jar ]; then
  echo "building the services and the benchmark's classes ..." >&2
  ./mvnw -B -q -pl embedded-db,ledger-cli,ingest-service,tally-service,gateway -am package -DskipTests
fi
if [ ! -s "$HOME_DIR/gateway-test.classpath" ]; then
  ./mvnw -B -q -pl gateway -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$HOME_DIR/gateway-test.classpath"
fi

if [ "${BENCH_KEEP:-0}" != 1 ]; then rm -rf "$LEDGER_HOME"; fi
echo "starting the stack (gateway :$GATEWAY_PORT, tally-service :$TALLY_SERVICE_PORT, PostgreSQL :$LEDGER_PG_PORT) ..." >&2
./ledger up --detach > "$HOME_DIR/ledger-up.log" 2>&1 || { cat "$HOME_DIR/ledger-up.log"; exit 1; }

total() { curl -fs "$TALLY/$1?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/'; }
if [ "$(total claims)" -lt "$CLAIMS" ]; then
  echo "loading $CLAIMS synthetic claims with COPY, then POST /ledger/rebuild ..." >&2
  java -Xmx1g -cp "tally-service/target/test-classes:tally-service/target/classes:tally-service/target/quarkus-app/lib/main/*" \
      org.casualtyledger.tally.bench.BulkLoad "jdbc:postgresql://localhost:$LEDGER_PG_PORT/tally" "$TALLY" "$CLAIMS" 20 \
      "${BENCH_SEED:-20190126}" | tail -3
  PGPASSWORD=postgres psql -q -h localhost -p "$LEDGER_PG_PORT" -U postgres -d tally -c "VACUUM ANALYZE" || true
fi

TARGETS=("new=http://localhost:$GATEWAY_PORT")
BASELINE_TALLY="$TALLY"
if [ -n "${BENCH_BASELINE_TALLY_APP:-}" ]; then
  (
    export LEDGER_DB_HOST=localhost LEDGER_DB_PORT="$LEDGER_PG_PORT" LEDGER_DB_USER=postgres LEDGER_DB_PASSWORD=postgres
    export LEDGER_DB_NAME=tally QUARKUS_HTTP_HOST=127.0.0.1 TALLY_SERVICE_PORT="$BASELINE_TALLY_PORT"
    # The current build migrates the schema; an older build reads it as it is (its Flyway would refuse a newer schema).
    export QUARKUS_FLYWAY_MIGRATE_AT_START=false
    exec java ${LEDGER_JAVA_OPTS:--Xmx512m} -jar "$BENCH_BASELINE_TALLY_APP/quarkus-run.jar" > "$HOME_DIR/baseline-tally.log" 2>&1
  ) &
  BASELINE_TALLY_PID=$!
  BASELINE_TALLY="http://127.0.0.1:$BASELINE_TALLY_PORT"
  for _ in $(seq 1 120); do curl -fs -o /dev/null "$BASELINE_TALLY/q/health/ready" && break; sleep 0.5; done
  curl -fs -o /dev/null "$BASELINE_TALLY/q/health/ready" \
    || { echo "bench-workspace: the baseline tally-service did not start; see $HOME_DIR/baseline-tally.log" >&2; exit 1; }
  BENCH_BASELINE_APP="${BENCH_BASELINE_APP:-$ROOT/gateway/target/quarkus-app}"
fi
if [ -n "${BENCH_BASELINE_APP:-}" ]; then
  (
    export LEDGER_INGEST_URL="http://127.0.0.1:$INGEST_SERVICE_PORT" LEDGER_TALLY_URL="$BASELINE_TALLY" GATEWAY_PORT="$BASELINE_PORT"
    exec java ${LEDGER_JAVA_OPTS:--Xmx512m} -jar "$BENCH_BASELINE_APP/quarkus-run.jar" > "$HOME_DIR/baseline-gateway.log" 2>&1
  ) &
  BASELINE_PID=$!
  for _ in $(seq 1 120); do curl -fs -o /dev/null "http://localhost:$BASELINE_PORT/q/health/ready" && break; sleep 0.5; done
  curl -fs -o /dev/null "http://localhost:$BASELINE_PORT/q/health/ready" \
    || { echo "bench-workspace: the baseline gateway did not start; see $HOME_DIR/baseline-gateway.log" >&2; exit 1; }
  TARGETS=("old=http://localhost:$BASELINE_PORT" "${TARGETS[@]}")
fi

echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); ledger: $(total claims) claims, $(total events) events, $(total series) series;" \
     "$ROUNDS rounds after $WARMUP_ROUNDS warm-up rounds; load average $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) CPUs"
java -cp "gateway/target/test-classes:gateway/target/classes:$(cat "$HOME_DIR/gateway-test.classpath")" \
    org.casualtyledger.gateway.workspace.FirstViewBench "$LEDGER_API_KEY" "$ROUNDS" "$WARMUP_ROUNDS" "$HOME_DIR/screenshots" \
    "${TARGETS[@]}"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
