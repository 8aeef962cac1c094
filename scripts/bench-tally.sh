#!/usr/bin/env bash
# Benchmark of tally-service at scale: starts an embedded PostgreSQL and the service, fills the ledger with
# synthetic claims (COPY of the claims as the service files them, then POST /ledger/rebuild derives everything;
# BENCH_LOAD=api sends them through POST /claims/batch instead), then measures with wrk: a filtered tally, a monthly tally over everything,
# /series for one group, and claim-batch ingest. Prints p50/p99 latency and throughput for each.
#
# Usage: scripts/bench-tally.sh [CLAIMS] (default 1000000)
# Env:   BENCH_DURATION (s per measurement, default 30), BENCH_CONNECTIONS (default 4), BENCH_PG_PORT (default 55499),
#        BENCH_PORT (default 8099), BENCH_DIR (default target/bench under tally-service), BENCH_KEEP=1 reuses a loaded database,
#        BENCH_APPEND=<prefix> (with BENCH_KEEP=1) loads CLAIMS more claims with ids starting with the prefix and BENCH_SEED,
#        BENCH_LOAD=copy|api (default copy), BENCH_INGEST_CONNECTIONS (wrk connections posting batches, default 16:
#        batches that arrive together are written together, as ingest-service's outbox delivers them).
set -euo pipefail
cd "$(dirname "$0")/.."

CLAIMS="${1:-1000000}"
DURATION="${BENCH_DURATION:-30}"
CONNECTIONS="${BENCH_CONNECTIONS:-4}"
INGEST_CONNECTIONS="${BENCH_INGEST_CONNECTIONS:-16}"
PG_PORT="${BENCH_PG_PORT:-55499}"
PORT="${BENCH_PORT:-8099}"
DIR="${BENCH_DIR:-tally-service/target/bench}"
BASE="http://localhost:$PORT"
mkdir -p "$DIR"

need_tools() {
  if ! command -v wrk >/dev/null; then
    echo "wrk is missing; installing it (Debian package wrk)" >&2
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk; else sudo apt-get update -qq && sudo apt-get install -y -qq wrk; fi
  fi
  command -v java >/dev/null || { echo "java is missing: install a JDK 17 or newer" >&2; exit 1; }
}

build() {
  if [ ! -f tally-service/target/quarkus-app/quarkus-run.jar ] || [ ! -d embedded-db/target/lib ] \
     || [ ! -f tally-service/target/test-classes/org/casualtyledger/tally/bench/BulkLoad.class ]; then
    echo "building tally-service and the generator ..." >&2
    ./mvnw -B -q -pl tally-service -am package -DskipTests
    ./mvnw -B -q -pl tally-service test-compile
  fi
}

PIDS=()
cleanup() {
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT INT TERM

start_postgres() {
  if [ "${BENCH_KEEP:-0}" != 1 ]; then rm -rf "$DIR/pgdata"; fi
  java -cp "embedded-db/target/classes:embedded-db/target/lib/*" org.casualtyledger.embeddeddb.LocalPostgres \
      "$DIR/pgdata" "$PG_PORT" tally > "$DIR/postgres.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 120); do
    grep -q "^READY" "$DIR/postgres.log" && return 0
    sleep 1
  done
  echo "PostgreSQL did not start; see $DIR/postgres.log" >&2; exit 1
}

start_service() {
  LEDGER_DB_PORT="$PG_PORT" TALLY_SERVICE_PORT="$PORT" QUARKUS_LOG_LEVEL=WARN \
      java -Xmx2g -jar tally-service/target/quarkus-app/quarkus-run.jar > "$DIR/tally.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 120); do
    curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "tally-service did not become ready; see $DIR/tally.log" >&2; exit 1
}

psql_run() {
  if command -v psql >/dev/null; then
    PGPASSWORD=postgres psql -q -h localhost -p "$PG_PORT" -U postgres -d tally -c "$1" >/dev/null
  fi
}

# wrk prints "50%  1.23ms" and "99%  4.56ms" with --latency, and "Requests/sec:  789.01".
measure() {
  local name="$1" extra="$2" url="$3" per_request="${4:-1}" connections="${5:-$CONNECTIONS}"
  local out
  out=$(wrk -t2 -c"$connections" -d"${DURATION}s" --timeout 10s --latency $extra "$url" 2>&1)
  echo "$out" > "$DIR/wrk-$(echo "$name" | tr ' /=?&,' '______').txt"
  local p50 p99 rps
  p50=$(echo "$out" | awk '$1=="50%"{print $2}')
  p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  local errors
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/{print}' | tr '\n' ' ')
  if [ "$per_request" = 1 ]; then
    printf "%-44s p50 %9s   p99 %9s   %10s req/s  %s\n" "$name" "$p50" "$p99" "$rps" "$errors"
  else
    printf "%-44s p50 %9s   p99 %9s   %10s req/s = %s claims/s  %s\n" "$name" "$p50" "$p99" "$rps" \
        "$(awk -v r="$rps" -v n="$per_request" 'BEGIN{printf "%.0f", r*n}')" "$errors"
  fi
}

need_tools
build
start_postgres
start_service

if [ "${BENCH_KEEP:-0}" != 1 ] || [ -n "${BENCH_APPEND:-}" ] \
   || [ "$(curl -fs "$BASE/claims?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')" = 0 ]; then
  if [ "${BENCH_LOAD:-copy}" = api ]; then
    echo "loading $CLAIMS synthetic claims through POST /claims/batch ..." >&2
    java -cp tally-service/target/test-classes org.casualtyledger.tally.bench.SyntheticLoad "$BASE" "$CLAIMS" 8 20 \
        "${BENCH_SEED:-20190126}" "${BENCH_APPEND:-}" | tee "$DIR/load${BENCH_APPEND:-}.txt"
  else
    echo "loading $CLAIMS synthetic claims with COPY, then POST /ledger/rebuild ..." >&2
    java -Xmx1g -cp "tally-service/target/test-classes:tally-service/target/classes:tally-service/target/quarkus-app/lib/main/*" \
        org.casualtyledger.tally.bench.BulkLoad "jdbc:postgresql://localhost:$PG_PORT/tally" "$BASE" "$CLAIMS" 20 \
        "${BENCH_SEED:-20190126}" "${BENCH_APPEND:-}" | tee "$DIR/load${BENCH_APPEND:-}.txt"
  fi
  psql_run "VACUUM ANALYZE"
else
  psql_run "ANALYZE"
fi
echo
echo "ledger: $(curl -fs "$BASE/claims?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/') claims, $(curl -fs "$BASE/events?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/') events, $(curl -fs "$BASE/series?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/') series"
echo "wrk: 2 threads, $CONNECTIONS connections, ${DURATION}s each"
measure "filtered /tallies (group,outcome,province,year)" "" \
    "$BASE/tallies?group=CIVILIANS&outcome=KILLED&location=Idlib&from=2021-01-01&to=2021-12-31"
measure "/tallies?groupBy=month over everything" "" "$BASE/tallies?groupBy=month&size=500"
measure "/series one group, monthly" "" "$BASE/series?group=ISIS&interval=month"
# New reports continue after the last one loaded, in publication order (see ingest.lua).
if command -v psql >/dev/null; then
  BENCH_INGEST_FROM=$(PGPASSWORD=postgres psql -qAt -h localhost -p "$PG_PORT" -U postgres -d tally \
      -c "SELECT coalesce(max(published_at) + 1, DATE '2024-01-01') FROM report")
  export BENCH_INGEST_FROM
fi
measure "POST /claims/batch (50 claims/batch, ${INGEST_CONNECTIONS} conns)" "-s tally-service/src/test/resources/bench/ingest.lua" "$BASE" 50 \
    "$INGEST_CONNECTIONS"
