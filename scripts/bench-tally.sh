#!/usr/bin/env bash
# Benchmark of tally-service at scale: starts an embedded PostgreSQL and the service, fills the ledger with
# synthetic claims with their history (10 % of the reports posted again as a new revision, 1 % of the claims corrected
# through POST /claims/{id}/corrections): COPY of the claims as the service files them and of every claim's change
# history, then POST /ledger/rebuild derives everything, then the corrections; BENCH_LOAD=api sends the deliveries
# through POST /claims/batch instead), then measures with wrk: a filtered tally, a monthly tally over everything,
# /series for one group, and claim-batch ingest. Prints p50/p99 latency and throughput for each.
#
# Usage: scripts/bench-tally.sh [CLAIMS] (default 1000000)
# Env:   BENCH_DURATION (s per measurement, default 30), BENCH_CONNECTIONS (default 4), BENCH_PG_PORT (default 55499),
#        BENCH_PORT (default 8099), BENCH_DIR (default target/bench under tally-service), BENCH_KEEP=1 reuses a loaded database,
#        BENCH_APPEND=<prefix> (with BENCH_KEEP=1) loads CLAIMS more claims with ids starting with the prefix and BENCH_SEED,
#        BENCH_LOAD=copy|api (default copy), BENCH_INGEST_CONNECTIONS (wrk connections posting batches, default 16:
#        batches that arrive together are written together, as ingest-service's outbox delivers them),
#        BENCH_ONLY=ingest|queries|asof (measure claim-batch ingest alone, the queries alone, or answers asOf past times), BENCH_JFR=<file> (a flight recording of the service),
#        BENCH_WARMUP (s of ingest before the measured run, default 15: the JIT compiles the write path first),
#        BENCH_APP=<quarkus-app dir> (another build of the service, to compare),
#        BENCH_BASELINE_APP=<quarkus-app dir> (another build, e.g. main's, started beside the service on BENCH_BASELINE_PORT,
#        default 8098, against the same database: every query is measured on both in turn, old and new side by side;
#        with BENCH_ONLY=ingest, claim-batch ingest is measured on both in turn, BENCH_INGEST_ROUNDS pairs, default 1,
#        the old build first in odd rounds, this one in even rounds),
#        BENCH_WRITE_EVERY_MS=<ms> (while each query is measured, a new report of 50 claims is filed every <ms> ms: reads
#        of a ledger that keeps changing, each change making every remembered answer stale),
#        BENCH_COMPUTED=1 (also a second instance of the service on BENCH_COMPUTED_PORT, default 8097, that remembers no
#        answer: each tally computed afresh, as the first question after a change is), BENCH_ANSWERS_REMEMBERED=0 (the
#        service and BENCH_BASELINE_APP remember no answer: old and new computed side by side), BENCH_STATS=1 (pg_stat_statements: the statements PostgreSQL spent its time on during ingest).
# Ingest also prints the CPU time the service and PostgreSQL spent per claim (less sensitive to other load than
# throughput).
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
trap cleanup EXIT
# The EXIT trap stops what was started; without an exit here the script would go on after SIGTERM or Ctrl-C.
trap 'exit 143' TERM
trap 'exit 130' INT

start_postgres() {
  if [ "${BENCH_KEEP:-0}" != 1 ]; then rm -rf "$DIR/pgdata"; fi
  local fresh=0
  [ -f "$DIR/pgdata/postgresql.auto.conf" ] || fresh=1
  configure_postgres
  run_postgres
  if [ "$fresh" = 1 ] && [ "${BENCH_STATS:-0}" = 1 ]; then
    # pg_stat_statements is loaded at start only: a new data folder is configured after its first start, then
    # PostgreSQL is started again.
    kill "${PIDS[0]}" && wait "${PIDS[0]}" 2>/dev/null || true
    PIDS=()
    configure_postgres
    run_postgres
  fi
}

configure_postgres() {
  if [ -f "$DIR/pgdata/postgresql.auto.conf" ]; then
    sed -i '/^shared_preload_libraries/d; /^pg_stat_statements/d' "$DIR/pgdata/postgresql.auto.conf"
    if [ "${BENCH_STATS:-0}" = 1 ]; then
      echo "shared_preload_libraries = 'pg_stat_statements'" >> "$DIR/pgdata/postgresql.auto.conf"
      echo "pg_stat_statements.track_planning = on" >> "$DIR/pgdata/postgresql.auto.conf"
    fi
  fi
}

run_postgres() {
  : > "$DIR/postgres.log"
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
  env ${BENCH_ANSWERS_REMEMBERED:+LEDGER_ANSWERS_REMEMBERED=$BENCH_ANSWERS_REMEMBERED} \
      LEDGER_DB_PORT="$PG_PORT" TALLY_SERVICE_PORT="$PORT" QUARKUS_LOG_LEVEL=WARN java -Xmx2g ${BENCH_JFR:+-XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile} -jar "${BENCH_APP:-tally-service/target/quarkus-app}/quarkus-run.jar" > "$DIR/tally.log" 2>&1 &
  PIDS+=($!)
  wait_ready "$BASE" "$DIR/tally.log"
}

wait_ready() {
  for _ in $(seq 1 180); do
    curl -fs "$1/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "tally-service did not become ready; see $2" >&2; exit 1
}

# The builds compared with the service, started after the load (only the service migrates the database); an older
# build accepts the newer migrations it does not know, as long as they leave the columns it reads (a build from before
# V17 reads and writes series points by a position column V17 drops: compare such a build on its own database).
TARGETS=("new=$BASE")
start_compared() {
  if [ -n "${BENCH_BASELINE_APP:-}" ]; then
    local port="${BENCH_BASELINE_PORT:-8098}"
    env ${BENCH_ANSWERS_REMEMBERED:+LEDGER_ANSWERS_REMEMBERED=$BENCH_ANSWERS_REMEMBERED} QUARKUS_FLYWAY_IGNORE_MIGRATION_PATTERNS='*:future' \
        LEDGER_DB_PORT="$PG_PORT" TALLY_SERVICE_PORT="$port" QUARKUS_LOG_LEVEL=WARN java -Xmx1g -jar "$BENCH_BASELINE_APP/quarkus-run.jar" > "$DIR/tally-baseline.log" 2>&1 &
    PIDS+=($!)
    wait_ready "http://localhost:$port" "$DIR/tally-baseline.log"
    TARGETS=("old=http://localhost:$port" "${TARGETS[@]}")
  fi
  if [ "${BENCH_COMPUTED:-0}" = 1 ]; then
    local port="${BENCH_COMPUTED_PORT:-8097}"
    LEDGER_ANSWERS_REMEMBERED=0 LEDGER_DB_PORT="$PG_PORT" TALLY_SERVICE_PORT="$port" QUARKUS_LOG_LEVEL=WARN \
        java -Xmx1g -jar "${BENCH_APP:-tally-service/target/quarkus-app}/quarkus-run.jar" > "$DIR/tally-computed.log" 2>&1 &
    PIDS+=($!)
    wait_ready "http://localhost:$port" "$DIR/tally-computed.log"
    TARGETS+=("new-computed=http://localhost:$port")
  fi
}

psql_run() {
  if command -v psql >/dev/null; then
    PGPASSWORD=postgres psql -q -h localhost -p "$PG_PORT" -U postgres -d tally -c "$1" >/dev/null
  fi
}

psql_value() {
  PGPASSWORD=postgres psql -qAt -h localhost -p "$PG_PORT" -U postgres -d tally -c "$1"
}

# CPU seconds (user + system) of the JVM's threads other than its JIT compilers (which only warm up).
jvm_work_seconds() {
  local ticks
  ticks=$(for t in /proc/"$1"/task/*; do
      grep -qv 'CompilerThre' "$t/comm" 2>/dev/null && awk '{print $14 + $15}' "$t/stat" 2>/dev/null
    done | awk '{s += $1} END {print s + 0}')
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN{printf "%.2f", t / hz}'
}

# CPU seconds (user + system) of a process and all its descendants, including children already reaped.
cpu_seconds() {
  local root="$1" ticks
  ticks=$(ps -e -o pid=,ppid= | awk -v root="$root" '
      { parent[$1] = $2 }
      END { for (p in parent) { q = p; while (q != "" && q != 0 && q != root) q = parent[q]; if (q == root) print p } }' \
    | while read -r pid; do awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat" 2>/dev/null; done \
    | awk '{s += $1} END {print s + 0}')
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN{printf "%.2f", t / hz}'
}

# Each query on every build compared (old, new, new-computed), one after the other, with the load average before each.
measure_query() {
  local name="$1" path="$2" target
  for target in "${TARGETS[@]}"; do
    local label="${target%%=*}" base="${target#*=}"
    [ "${#TARGETS[@]}" = 1 ] && label="" || label="[$label, load $(cut -d' ' -f1 /proc/loadavg)] "
    if [ -n "${BENCH_WRITE_EVERY_MS:-}" ]; then
      BENCH_INGEST_EVERY_MS="$BENCH_WRITE_EVERY_MS" wrk -t1 -c1 -d"${DURATION}s" --timeout 10s \
          -s tally-service/src/test/resources/bench/ingest.lua "$BASE" > "$DIR/wrk-writes-during-reads.txt" 2>&1 &
      local writer=$!
      measure "$label$name, a report filed every ${BENCH_WRITE_EVERY_MS} ms" "" "$base$path"
      wait "$writer"
    else
      measure "$label$name" "" "$base$path"
    fi
  done
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
    printf "%-64s p50 %9s   p99 %9s   %10s req/s  %s\n" "$name" "$p50" "$p99" "$rps" "$errors"
  else
    printf "%-64s p50 %9s   p99 %9s   %10s req/s = %s claims/s  %s\n" "$name" "$p50" "$p99" "$rps" \
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
    echo "loading $CLAIMS synthetic claims and their history with COPY, then POST /ledger/rebuild, then corrections ..." >&2
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
echo "wrk: 2 threads, $CONNECTIONS connections, ${DURATION}s each${BENCH_ANSWERS_REMEMBERED:+; answers remembered: $BENCH_ANSWERS_REMEMBERED}"
# Answers as of a past time (BENCH_ONLY=asof): the first question about an instant derives the ledger of that instant
# (or moves a kept one there), so it is timed apart from the same question asked again (cached) and another question
# about the same instant. The instants are spread over the change log (the COPY load writes the claims' history at the
# days they were delivered, the derived events and series as created at the end). With BENCH_BASELINE_APP each build
# answers the whole sequence in turn, each starting with no instant derived (the derived instants the database keeps
# are dropped first: the builds keep them under the same names, and one build would read what the other derived).
drop_asof_snapshots() {
  psql_value "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'ledger\_at\_%' OR nspname LIKE 'ledger\_asof\_%'" \
    | while read -r schema; do [ -n "$schema" ] && psql_run "SET client_min_messages TO warning; DROP SCHEMA $schema CASCADE"; done
}

ms() { awk -v t="$1" 'BEGIN{printf "%.1f", t*1000}'; }

measure_asof() {
  local rounds="${BENCH_ASOF_ROUNDS:-8}" q1 q2 target year_back
  q1="group=CIVILIANS&outcome=KILLED&from=2021-01-01&to=2021-12-31"
  q2="groupBy=month&size=500"
  start_compared
  year_back=$(psql_value "SELECT to_char((now() - interval '1 year') AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
  echo "asOf: $rounds instants spread over $(psql_value "SELECT count(*) FROM ledger_change") logged changes, then a year back (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  for target in "${TARGETS[@]}"; do
    local label="${target%%=*}" base="${target#*=}"
    drop_asof_snapshots
    local pg_pid cpu0 cpu1
    pg_pid=$(head -1 "$DIR/pgdata/postmaster.pid")
    for i in $(seq 1 "$rounds") year; do
      local at load cold warm other live
      if [ "$i" = year ]; then
        at="$year_back"
      else
        at=$(psql_value "SELECT to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') FROM ledger_change
            WHERE seq >= (SELECT max(seq) * $i / $rounds FROM ledger_change) ORDER BY seq LIMIT 1")
      fi
      load=$(cut -d' ' -f1 /proc/loadavg)
      cpu0=$(cpu_seconds "$pg_pid")
      cold=$(curl -s -o /dev/null -w '%{time_total}' "$base/tallies?$q1&asOf=$at")
      cpu1=$(cpu_seconds "$pg_pid")
      warm=$(curl -s -o /dev/null -w '%{time_total}' "$base/tallies?$q1&asOf=$at")
      other=$(curl -s -o /dev/null -w '%{time_total}' "$base/tallies?$q2&asOf=$at")
      live=$(curl -s -o /dev/null -w '%{time_total}' "$base/tallies?$q1")
      printf "[%s, load %s] asOf %s (claims then: %s): filtered /tallies first %s ms (PostgreSQL CPU %s s), again %s ms; groupBy=month first %s ms; live filtered %s ms; kept: %s\n" \
          "$label" "$load" "$at" "$(curl -s "$base/claims?size=1&asOf=$at" | sed -E 's/.*"total":([0-9]+).*/\1/')" \
          "$(ms "$cold")" "$(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN{printf "%.1f", b - a}')" "$(ms "$warm")" "$(ms "$other")" "$(ms "$live")" \
          "$(psql_value "SELECT string_agg(nspname, ' ' ORDER BY nspname) FROM pg_namespace WHERE nspname LIKE 'ledger\_asof\_%'")"
    done
    # The same queries asOf a year ago, p50/p99 under wrk once the first question has been answered (its cost is
    # printed above).
    measure "[$label, load $(cut -d' ' -f1 /proc/loadavg)] asOf a year back: filtered /tallies" "" "$base/tallies?$q1&asOf=$year_back"
    measure "[$label, load $(cut -d' ' -f1 /proc/loadavg)] asOf a year back: /tallies?groupBy=month" "" "$base/tallies?$q2&asOf=$year_back"
    measure "[$label, load $(cut -d' ' -f1 /proc/loadavg)] asOf a year back: /series one group" "" "$base/series?group=ISIS&interval=month&asOf=$year_back"
  done
}
if [ "${BENCH_ONLY:-}" = asof ]; then
  measure_asof
  exit 0
fi
if [ "${BENCH_ONLY:-}" != ingest ]; then
  start_compared
  if [ -n "${BENCH_WRITE_EVERY_MS:-}" ]; then
    BENCH_INGEST_FROM=$(psql_value "SELECT coalesce(max(published_at) + 1, DATE '2024-01-01') FROM report")
    export BENCH_INGEST_FROM
  fi
  measure_query "filtered /tallies (group,outcome,province,year)" \
      "/tallies?group=CIVILIANS&outcome=KILLED&location=Idlib&from=2021-01-01&to=2021-12-31"
  measure_query "/tallies?groupBy=month over everything" "/tallies?groupBy=month&size=500"
  measure_query "/series one group, monthly" "/series?group=ISIS&interval=month"
  # The workspace's first view: tallies by group and outcome (one page), events by month and group.
  measure_query "/tallies?groupBy=group,outcome (one page)" "/tallies?groupBy=group,outcome&size=25"
  measure_query "/tallies?groupBy=month,group&method=events" "/tallies?groupBy=month,group&method=events&size=500"
fi
if [ "${BENCH_ONLY:-}" = queries ]; then
  exit 0
fi
# New reports continue after the last one loaded, in publication order (see ingest.lua).
next_report_day() {
  if command -v psql >/dev/null; then
    BENCH_INGEST_FROM=$(psql_value "SELECT coalesce(max(published_at) + 1, DATE '2024-01-01') FROM report")
    export BENCH_INGEST_FROM
  fi
}

# Claim-batch ingest on one build: its warm-up (first round only), then the measured run with the CPU time the build
# and PostgreSQL spent on it.
measure_ingest() {
  local label="$1" base="$2" pid="$3" round="$4"
  local name="POST /claims/batch (50 claims/batch, ${INGEST_CONNECTIONS} conns)"
  [ -n "$label" ] && name="[$label, round $round, load $(cut -d' ' -f1 /proc/loadavg)] $name"
  next_report_day
  if [ "$WARMUP" -gt 0 ] && [ "$round" = 1 ]; then
    wrk -t2 -c"$INGEST_CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s tally-service/src/test/resources/bench/ingest.lua "$base" \
        > "$DIR/wrk-ingest-warmup${label:+-$label}.txt" 2>&1
    next_report_day
  fi
  if [ "${BENCH_STATS:-0}" = 1 ]; then
    psql_run "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
    psql_run "SELECT pg_stat_statements_reset()"
    psql_run "SELECT pg_stat_reset_shared('wal')"
    psql_run "SELECT pg_stat_reset_shared('checkpointer')"
  fi
  local pg_master claims_before service_before work_before pg_before
  pg_master=$(head -1 "$DIR/pgdata/postmaster.pid")
  claims_before=$(psql_value "SELECT count(*) FROM claim")
  service_before=$(cpu_seconds "$pid")
  work_before=$(jvm_work_seconds "$pid")
  pg_before=$(cpu_seconds "$pg_master")
  measure "$name" "-s tally-service/src/test/resources/bench/ingest.lua" "$base" 50 "$INGEST_CONNECTIONS"
  local service_after work_after pg_after claims_after
  service_after=$(cpu_seconds "$pid")
  work_after=$(jvm_work_seconds "$pid")
  pg_after=$(cpu_seconds "$pg_master")
  claims_after=$(psql_value "SELECT count(*) FROM claim")
  awk -v n=$((claims_after - claims_before)) -v s0="$service_before" -v s1="$service_after" -v p0="$pg_before" -v p1="$pg_after" \
      -v w0="$work_before" -v w1="$work_after" -v label="${label:+[$label] }" \
      -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
    printf "%singest CPU: %d claims; service %.1f s = %.1f ms per 50 claims (without JIT compiler threads %.1f ms), PostgreSQL %.1f s = %.1f ms per 50 claims (load average %s)\n",
        label, n, s1 - s0, n ? (s1 - s0) * 50000 / n : 0, n ? (w1 - w0) * 50000 / n : 0, p1 - p0, n ? (p1 - p0) * 50000 / n : 0, load }'
  if [ "${BENCH_STATS:-0}" = 1 ]; then
    PGPASSWORD=postgres psql -h localhost -p "$PG_PORT" -U postgres -d tally -c "SELECT calls, round(total_plan_time) AS plan_ms, round(total_exec_time) AS ms,
        round((total_exec_time / nullif(calls, 0))::numeric, 2) AS ms_per_call, rows, left(regexp_replace(query, '\s+', ' ', 'g'), 110) AS query
        FROM pg_stat_statements ORDER BY total_plan_time + total_exec_time DESC LIMIT 25" | tee "$DIR/statements${label:+-$label}.txt"
    PGPASSWORD=postgres psql -h localhost -p "$PG_PORT" -U postgres -d tally -c "SELECT w.wal_records, w.wal_fpi,
        pg_size_pretty(w.wal_bytes) AS wal, round(w.wal_bytes::numeric * 50 / greatest($((claims_after - claims_before)), 1)) AS wal_bytes_per_50_claims,
        w.wal_buffers_full, c.num_timed + c.num_requested AS checkpoints FROM pg_stat_wal w, pg_stat_checkpointer c" | tee -a "$DIR/statements${label:+-$label}.txt"
  fi
}

WARMUP="${BENCH_WARMUP:-15}"
# With BENCH_BASELINE_APP, ingest is measured on the old build and this one in turn, BENCH_INGEST_ROUNDS times
# (default 1): pairs against the same database, each build's CPU time per claim beside its claims/s.
INGEST_TARGETS=("new=$BASE=${PIDS[1]}")
if [ "${BENCH_ONLY:-}" = ingest ] && [ -n "${BENCH_BASELINE_APP:-}" ]; then
  start_compared
  INGEST_TARGETS=("old=http://localhost:${BENCH_BASELINE_PORT:-8098}=${PIDS[2]}" "${INGEST_TARGETS[@]}")
fi
for round in $(seq 1 "${BENCH_INGEST_ROUNDS:-1}"); do
  # Every other round the other build goes first, so that neither always runs after the other's writes.
  order=("${INGEST_TARGETS[@]}")
  if [ $((round % 2)) = 0 ] && [ "${#INGEST_TARGETS[@]}" = 2 ]; then order=("${INGEST_TARGETS[1]}" "${INGEST_TARGETS[0]}"); fi
  for target in "${order[@]}"; do
    label="${target%%=*}" rest="${target#*=}"
    [ "${#INGEST_TARGETS[@]}" = 1 ] && label=""
    measure_ingest "$label" "${rest%=*}" "${rest##*=}" "$round"
  done
done
