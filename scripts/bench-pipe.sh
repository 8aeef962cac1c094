#!/usr/bin/env bash
# Benchmark of the whole pipe: starts the stack (./ledger up --detach on a fresh data folder), posts distinct
# seed-sized bulletins (made up by ledger-cli's bench.Bulletins, about 5,500 characters and 20 claims each) through
# the gateway from N clients, first at full speed, then at a fixed rate, and prints for each: reports/s accepted,
# claims/s reaching the ledger, and the p50/p99 delay from a report's 201 to its claims being listed by
# GET /api/v1/claims (a sample of the reports is watched), and the CPU each process spent per report accepted.
# Not a test; nothing asserts a time.
#
# Usage: scripts/bench-pipe.sh
# Env:   BENCH_STACK (checkout whose ./ledger is started, default this one: point it at a worktree of another commit
#        to compare; the load client is always this checkout's), BENCH_SECONDS (s of posting per run, default 30),
#        BENCH_CLIENTS (default 16), BENCH_RATE (reports/s of the fixed-rate run, default 50), BENCH_WARMUP (s of
#        full-speed posting first, not reported, default 60: with 15 s the JIT compilers of the three JVMs still took
#        about 40 % of their CPU during the measured run), BENCH_SYNC_COMMIT (PostgreSQL synchronous_commit for the
#        run, default on: a 201 means the report is on disk), BENCH_HOME (data and logs, default target/bench-pipe),
#        BENCH_HTTP (1.1, default: each client its own connection; 2: the JDK client's HTTP/2, all clients on one
#        connection), BENCH_PG_STATEMENTS (1: load pg_stat_statements and print, after the full-speed run, each database's
#        statements that took most of PostgreSQL's time, per report accepted),
#        GATEWAY_PORT, INGEST_SERVICE_PORT, TALLY_SERVICE_PORT, LEDGER_PG_PORT, LEDGER_READY_TIMEOUT as for ./ledger up.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
STACK="$(cd "${BENCH_STACK:-$ROOT}" && pwd)"
SECONDS_PER_RUN="${BENCH_SECONDS:-30}"
CLIENTS="${BENCH_CLIENTS:-16}"
RATE="${BENCH_RATE:-50}"
WARMUP="${BENCH_WARMUP:-60}"
SYNC_COMMIT="${BENCH_SYNC_COMMIT:-on}"
export LEDGER_HOME="${BENCH_HOME:-$ROOT/target/bench-pipe}"
export LEDGER_API_KEY="bench-pipe-admin-key-0123456789"
# The admin key's rate limit (1,000 requests/s) is lifted so that the load and the watching of the ledger never meet it.
export LEDGER_ACCESS_RATE_LIMIT_ADMIN_REQUESTS=1000000
GATEWAY="http://localhost:${GATEWAY_PORT:-8080}"
PG_PORT="${LEDGER_PG_PORT:-55432}"

command -v java >/dev/null || { echo "java is missing: install a JDK 17 or newer" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is missing (Debian package postgresql-client)" >&2; exit 1; }
if [ ! -f ledger-cli/target/classes/org/casualtyledger/cli/bench/PipeBench.class ] || [ ! -d ledger-cli/target/lib ]; then
  echo "building the load client (ledger-cli) ..." >&2
  ./mvnw -B -q -pl ledger-cli -am package -DskipTests
fi

rm -rf "$LEDGER_HOME"
mkdir -p "$LEDGER_HOME"
trap '(cd "$STACK" && ./ledger down >/dev/null)' EXIT INT TERM
(cd "$STACK" && ./ledger up --detach >/dev/null)
# The embedded server gets synchronous_commit on its command line; a database's own setting overrides that for the
# sessions opened afterwards, so the services are started again to open theirs with it.
for db in ingest tally; do
  PGPASSWORD=postgres psql -q -h localhost -p "$PG_PORT" -U postgres -d postgres \
    -c "ALTER DATABASE $db SET synchronous_commit = '$SYNC_COMMIT'" >/dev/null
done
if [ "${BENCH_PG_STATEMENTS:-0}" = 1 ]; then
  PGPASSWORD=postgres psql -q -h localhost -p "$PG_PORT" -U postgres -d postgres \
    -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" >/dev/null
fi
(cd "$STACK" && ./ledger down >/dev/null && ./ledger up --detach >/dev/null)
shown=$(PGPASSWORD=postgres psql -tA -h localhost -p "$PG_PORT" -U postgres -d ingest -c "SHOW synchronous_commit")

bench() { # seconds rate sample-every label
  java -Dbench.http="${BENCH_HTTP:-1.1}" -cp "ledger-cli/target/classes:ledger-cli/target/lib/*" org.casualtyledger.cli.bench.PipeBench \
    "$GATEWAY" "$LEDGER_API_KEY" "$CLIENTS" "$1" "$2" "$3" "$4"
}

# Clock ticks of CPU used so far by gateway, ingest-service, tally-service and PostgreSQL (server and backends).
cpu_ticks() {
  local s pm
  for s in gateway ingest-service tally-service; do
    awk '{print $14 + $15}' "/proc/$(cat "$LEDGER_HOME/pids/$s")/stat"
  done
  pm=$(pgrep -f -- "bin/postgres .*-p $PG_PORT" | head -1)
  [ -n "$pm" ] || { echo 0; return; }
  { awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat"
    for p in $(pgrep -P "$pm"); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done
  } | awk '{t += $1} END {print t}'
}

# A run, then the CPU each process spent on it (posting and delivering) per report accepted: on a machine other
# work shares, this says more than the rate. The load client's own CPU is not counted.
measured() { # seconds rate sample-every label
  local before after out
  before=$(cpu_ticks | paste -sd' ')
  out=$(bench "$@")
  after=$(cpu_ticks | paste -sd' ')
  echo "$out"
  accepted=$(echo "$out" | sed -n 's/.* \([0-9][0-9]*\) reports accepted.*/\1/p')
  echo "$accepted" | awk -v b="$before" -v a="$after" \
      -v hz="$(getconf CLK_TCK)" -v cores="$(nproc)" '{
    n = split(b, x); split(a, y); split("gateway ingest-service tally-service PostgreSQL", name)
    line = "  CPU per report accepted:"
    for (i = 1; i <= n; i++) { ms = (y[i] - x[i]) * 1000 / hz / $1; total += ms; line = line sprintf(" %s %.1f ms,", name[i], ms) }
    printf "%s together %.1f ms (at most %.0f reports/s on %d cores)\n", line, total, cores * 1000 / total, cores
  }'
}

# pg_stat_statements (BENCH_PG_STATEMENTS=1): "reset" before a run, "print REPORTS" after it: per database the ten
# statements with the most execution time, as calls and ms per report accepted by the run.
statements() {
  [ "${BENCH_PG_STATEMENTS:-0}" = 1 ] || return 0
  local db
  for db in ingest tally; do
    if [ "$1" = reset ]; then
      PGPASSWORD=postgres psql -q -h localhost -p "$PG_PORT" -U postgres -d "$db" \
        -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" -c "SELECT pg_stat_statements_reset()" >/dev/null
    else
      echo "  $db, top statements by time (total ms, calls, ms per report accepted, statement):"
      PGPASSWORD=postgres psql -tA -F ' | ' -h localhost -p "$PG_PORT" -U postgres -d "$db" -c "
        SELECT round(s.total_exec_time)::int, s.calls,
               round((s.total_exec_time / greatest(1, $2))::numeric, 3),
               left(regexp_replace(s.query, '\s+', ' ', 'g'), 110)
        FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
        WHERE d.datname = '$db' ORDER BY s.total_exec_time DESC LIMIT 10" | sed 's/^/    /'
    fi
  done
}

echo "pipe benchmark: stack $(git -C "$STACK" rev-parse --short HEAD) ($STACK), $(nproc) cores, synchronous_commit=$shown, $(date -u +%FT%TZ)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
bench "$WARMUP" 0 1000000 warmup >/dev/null
statements reset
measured "$SECONDS_PER_RUN" 0 20 full
statements print "$accepted"
measured "$SECONDS_PER_RUN" "$RATE" 5 fixed
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
