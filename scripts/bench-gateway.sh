#!/usr/bin/env bash
# What the gateway costs: the same GET /api/v1/tallies query against tally-service directly, through a plain
# nginx reverse proxy, and through the gateway (key check, rate limit, request id, typed client with timeout,
# retry and circuit breaker). Each target is warmed up first, in $BENCH_WARMUP windows, until the JIT compiler of the
# JVM serving it is nearly idle (at most $BENCH_MAX_WARMUP s): the gateway JIT-compiles an HTTP server, an HTTP client
# and the guard chain, and on a busy 2-core machine its C2 compiler still used as much CPU as an event loop 80 s after
# start, while a fixed 15 s warm-up left tally-service warmed by the runs before it and the gateway not. Then two runs:
#   1. throughput: wrk, closed loop, $BENCH_CONNECTIONS connections for $BENCH_DURATION;
#   2. latency at a fixed load: hey, $BENCH_RATE requests/s in total (4 workers), so that p50/p99 compare like with
#      like; after all three throughput runs, in $BENCH_FIXED_ROUNDS interleaved rounds (direct, nginx, gateway, direct,
#      ...) of $BENCH_FIXED_SECONDS each, and p50/p99 over all the rounds' requests of a target (hey -o csv). One 15 s run
#      per target, one after the other, gave p99s that moved by 2-3 ms from run to run on a shared machine (5.7-8.6 ms
#      for the same gateway within minutes): interleaving spreads the machine's drift over all three, pooling gives the
#      p99 about 3 times the requests. Same query, same rate, same tool and same pattern for all three.
# Uses a running stack when the gateway answers on $GATEWAY_PORT, otherwise starts one with ./ledger up --detach
# (with the admin rate limit lifted so that the limiter does not answer 429 under load) and stops it afterwards.
# Needs wrk, hey and nginx (Debian: apt-get install wrk hey nginx).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

GATEWAY_PORT="${GATEWAY_PORT:-8080}"
TALLY_SERVICE_PORT="${TALLY_SERVICE_PORT:-8082}"
NGINX_PORT="${BENCH_NGINX_PORT:-18090}"
DURATION="${BENCH_DURATION:-20s}"
WARMUP="${BENCH_WARMUP:-15s}"
MAX_WARMUP="${BENCH_MAX_WARMUP:-300}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
THREADS="${BENCH_THREADS:-2}"
RATE="${BENCH_RATE:-200}"
FIXED_SECONDS="${BENCH_FIXED_SECONDS:-15}"
FIXED_ROUNDS="${BENCH_FIXED_ROUNDS:-3}"
QUERY="${BENCH_QUERY:-groupBy=group,outcome}"
LEDGER_HOME="${LEDGER_HOME:-$ROOT/.ledger}"
WORK="$(mktemp -d /tmp/bench-gateway.XXXXXX)"
STARTED_STACK=0
NGINX_PID=""

for tool in wrk hey nginx curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench-gateway: $tool is missing (Debian: apt-get install wrk hey nginx curl)" >&2; exit 2; }
done

cleanup() {
  if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true; fi
  if [ "$STARTED_STACK" = 1 ]; then ./ledger down >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

ready() { curl -fsS -o /dev/null "http://localhost:$GATEWAY_PORT/q/health/ready"; }

if ready; then
  echo "Using the running stack (gateway on $GATEWAY_PORT). If its admin rate limit is low, gateway runs will show non-2xx answers."
else
  echo "Starting the stack with ./ledger up --detach ..."
  export LEDGER_ACCESS_RATE_LIMIT_ADMIN_REQUESTS="${LEDGER_ACCESS_RATE_LIMIT_ADMIN_REQUESTS:-1000000000}"
  ./ledger up --detach >"$WORK/ledger-up.log" 2>&1 || { cat "$WORK/ledger-up.log"; exit 1; }
  STARTED_STACK=1
fi
KEY="${LEDGER_API_KEY:-$(cat "$LEDGER_HOME/api-key" 2>/dev/null || true)}"
[ -n "$KEY" ] || { echo "bench-gateway: no API key (set LEDGER_API_KEY or run ./ledger up first)" >&2; exit 2; }

DIRECT="http://localhost:$TALLY_SERVICE_PORT/tallies?$QUERY"
VIA_NGINX="http://localhost:$NGINX_PORT/api/v1/tallies?$QUERY"
VIA_GATEWAY="http://localhost:$GATEWAY_PORT/api/v1/tallies?$QUERY"

# A plain reverse proxy: keep-alive to the upstream, no buffering tricks, no cache.
mkdir -p "$WORK/nginx/logs"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream tally { server 127.0.0.1:$TALLY_SERVICE_PORT; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location /api/v1/ {
      proxy_pass http://tally/;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
    }
  }
}
CONF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -fsS -o /dev/null "$VIA_NGINX" 2>/dev/null && break; sleep 0.1; done

# Every target must answer the same 200 before anything is measured.
for url in "$DIRECT" "$VIA_NGINX" "$VIA_GATEWAY"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: $KEY" "$url")
  [ "$code" = 200 ] || { echo "bench-gateway: $url answered $code" >&2; exit 1; }
done
BYTES=$(curl -s -H "X-API-Key: $KEY" "$VIA_GATEWAY" | wc -c)

ms() { awk -v v="$1" 'BEGIN {
  if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
  else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
  else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
  else printf "%s", v }'; }

# CPU time per request of the gateway and of tally-service during the wrk run (from /proc, when ./ledger started
# them): on a shared machine this moves much less with the load than req/s do.
pid_of() { local f="$LEDGER_HOME/pids/$1"; [ -f "$f" ] && [ -r "/proc/$(cat "$f")/stat" ] && cat "$f" || true; }
GATEWAY_PID=$(pid_of gateway); TALLY_PID=$(pid_of tally-service)
cpu_ticks() { if [ -n "$1" ]; then awk '{print $14 + $15}' "/proc/$1/stat"; else echo 0; fi; }
TICKS=$(getconf CLK_TCK)

# Ticks of a JVM's JIT compiler threads (their names hold a space, so utime and stime are fields 15 and 16).
jit_ticks() { cat /proc/"$1"/task/*/stat 2>/dev/null | awk '/\((C1|C2) CompilerThre\)/ {t += $15 + $16} END {print t + 0}'; }

# Warms a target in $WARMUP windows until the JIT compiler of the JVM that serves it ($2: the gateway, or
# tally-service for the direct and nginx runs) used under 5 % of that JVM's CPU in the last window, at most
# $BENCH_MAX_WARMUP seconds: until then the CPU per request measures the compiler, not the server.
warm() {
  local url="$1" pid="$2" start=$SECONDS j0 c0 j1 c1 share=""
  while :; do
    j0=$(jit_ticks "$pid"); c0=$(cpu_ticks "$pid")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "X-API-Key: $KEY" "$url" >/dev/null
    [ -n "$pid" ] || break
    j1=$(jit_ticks "$pid"); c1=$(cpu_ticks "$pid")
    share=$(awk -v j=$((j1 - j0)) -v c=$((c1 - c0)) 'BEGIN { printf "%.0f", (c > 0 ? 100 * j / c : 0) }')
    [ "$share" -lt 5 ] && break
    [ $((SECONDS - start)) -lt "$MAX_WARMUP" ] || break
  done
  echo "  $3: warmed $((SECONDS - start)) s, JIT compiler ${share:-?} % of its CPU in the last window"
}

declare -A RPS P50 P99 NON2XX FP50 FP99 FRPS FERR FRUNS GCPU TCPU
run() {
  local name="$1" url="$2" out="$WORK/$1.wrk" g0 t0 g1 t1 n
  if [ "$name" = gateway ]; then warm "$url" "$GATEWAY_PID" "$name"; else warm "$url" "$TALLY_PID" "$name"; fi
  g0=$(cpu_ticks "$GATEWAY_PID"); t0=$(cpu_ticks "$TALLY_PID")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "X-API-Key: $KEY" "$url" >"$out"
  g1=$(cpu_ticks "$GATEWAY_PID"); t1=$(cpu_ticks "$TALLY_PID")
  n=$(awk '/requests in/ {print $1}' "$out")
  GCPU[$name]=$(awk -v a="$g0" -v b="$g1" -v n="$n" -v hz="$TICKS" -v p="$GATEWAY_PID" 'BEGIN { if (p == "" || n == 0) print "-"; else printf "%.3f", (b - a) * 1000 / hz / n }')
  TCPU[$name]=$(awk -v a="$t0" -v b="$t1" -v n="$n" -v hz="$TICKS" -v p="$TALLY_PID" 'BEGIN { if (p == "" || n == 0) print "-"; else printf "%.3f", (b - a) * 1000 / hz / n }')
  RPS[$name]=$(awk '/^Requests\/sec/ {print $2}' "$out")
  P50[$name]=$(ms "$(awk '$1 == "50%" {print $2}' "$out")")
  P99[$name]=$(ms "$(awk '$1 == "99%" {print $2}' "$out")")
  NON2XX[$name]=$(awk '/Non-2xx/ {print $NF}' "$out"); NON2XX[$name]=${NON2XX[$name]:-0}
}

# Fixed load: 4 workers at RATE/4 each (hey starts their tickers together, so requests come in bursts of 4 every
# 4/RATE s: the same for all three targets). Every request's time goes to $WORK/<target>.fixed; per-run p99 kept too.
fixed_round() {
  local name="$1" url="$2" csv="$WORK/$1.csv"
  hey -z "${FIXED_SECONDS}s" -c 4 -q $((RATE / 4)) -o csv -H "X-API-Key: $KEY" "$url" >"$csv"
  awk -F, 'NR > 1 && $7 == 200 {print $1 * 1000}' "$csv" >>"$WORK/$name.fixed"
  awk -F, 'NR > 1 && $7 != 200 {n++} END {print n + 0}' "$csv" >>"$WORK/$name.fixed-errors"
  FRUNS[$name]="${FRUNS[$name]:-}$(awk -F, 'NR > 1 && $7 == 200 {print $1 * 1000}' "$csv" | sort -n | awk '{x[NR] = $1} END {printf " %.1f", x[int(NR * 0.99)]}')"
}

fixed_summary() {
  local name="$1" f="$WORK/$1.fixed"
  FRPS[$name]=$(awk -v s=$((FIXED_SECONDS * FIXED_ROUNDS)) 'END {printf "%.0f", NR / s}' "$f")
  FP50[$name]=$(sort -n "$f" | awk '{x[NR] = $1} END {printf "%.2f", x[int(NR * 0.50)]}')
  FP99[$name]=$(sort -n "$f" | awk '{x[NR] = $1} END {printf "%.2f", x[int(NR * 0.99)]}')
  FERR[$name]=$(awk '{n += $1} END {print n + 0}' "$WORK/$name.fixed-errors")
}

echo "GET /api/v1/tallies?$QUERY ($BYTES bytes); wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after warming each target in $WARMUP windows until its JIT compiler is idle, at most ${MAX_WARMUP} s), then hey at $RATE req/s, $FIXED_ROUNDS interleaved rounds of ${FIXED_SECONDS}s per target"
run direct "$DIRECT"
run nginx "$VIA_NGINX"
run gateway "$VIA_GATEWAY"
for _ in $(seq 1 "$FIXED_ROUNDS"); do
  fixed_round direct "$DIRECT"; fixed_round nginx "$VIA_NGINX"; fixed_round gateway "$VIA_GATEWAY"
done
for name in direct nginx gateway; do fixed_summary "$name"; done

printf '\n%-26s %12s %9s %9s %8s | %10s %9s %9s | %12s %12s\n' "target" "req/s (max)" "p50 ms" "p99 ms" "non-2xx" "req/s fix" "p50 ms" "p99 ms" "gw cpu ms/req" "tally cpu ms/req"
for name in direct nginx gateway; do
  label=$name; [ "$name" = direct ] && label="tally-service direct"; [ "$name" = nginx ] && label="nginx -> tally-service"; [ "$name" = gateway ] && label="gateway -> tally-service"
  printf '%-26s %12s %9s %9s %8s | %10s %9s %9s | %12s %12s\n' "$label" "${RPS[$name]}" "${P50[$name]}" "${P99[$name]}" "${NON2XX[$name]}" "${FRPS[$name]}" "${FP50[$name]}" "${FP99[$name]}" "${GCPU[$name]}" "${TCPU[$name]}"
done
awk -v g="${RPS[gateway]}" -v d="${RPS[direct]}" -v n="${RPS[nginx]}" -v gp="${FP99[gateway]}" -v dp="${FP99[direct]}" -v np="${FP99[nginx]}" 'BEGIN {
  printf "\ngateway throughput = %.2f x direct (target >= 0.70); nginx = %.2f x direct\n", g / d, n / d
  printf "gateway added p99 at %s req/s = %.2f ms (target <= 2 ms); nginx added p99 = %.2f ms\n", "'"$RATE"'", gp - dp, np - dp }'
for name in direct nginx gateway; do
  echo "  $name at $RATE req/s: p99 of each round (ms):${FRUNS[$name]}; answers other than 200: ${FERR[$name]}"
done
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
