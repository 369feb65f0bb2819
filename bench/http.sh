#!/usr/bin/env bash
# HTTP benchmark for the foundation (issue: "Benchmark (bench/http.sh, wrk from Debian)").
# In one run: start-up time to the first 200 on /healthz (median of 5 starts), idle RSS, and wrk
# at 50 and 200 keep-alive connections on loopback for /healthz and for an authenticated journal
# page listing 20 decrypted entries. Prints a Markdown report for BENCHMARKS.md.
#   bench/http.sh [path/to/refuge] [seconds per wrk run, default 10]
set -euo pipefail
BIN=${1:-build/refuge}
DURATION=${2:-10}
for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "bench/http.sh: $tool is missing (scripts/install-deps --test)" >&2; exit 1; }
done
[[ -x "$BIN" ]] || { echo "bench/http.sh: $BIN is not built (make build)" >&2; exit 1; }

WORK=$(mktemp -d)
PID=""
cleanup() { [[ -n "$PID" ]] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }

start_server() {  # $1 data dir, $2 port
  "$BIN" serve --port "$2" --data-dir "$1" --log-level warn >"$WORK/server.log" 2>&1 &
  PID=$!
}
stop_server() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }

# --- start-up: spawn to first 200 on /healthz, 5 times
startups=()
for i in 1 2 3 4 5; do
  port=$(free_port)
  t0=$(now_ms)
  start_server "$WORK/start$i" "$port"
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz" 2>/dev/null | grep -q 200; do :; done
  startups+=($(( $(now_ms) - t0 )))
  stop_server
done
startup_median=$(printf '%s\n' "${startups[@]}" | sort -n | sed -n 3p)

# --- the measured server
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
start_server "$WORK/data" "$PORT"
until curl -s -o /dev/null "$BASE/healthz"; do sleep 0.01; done
sleep 1
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")

source "$(dirname "$0")/journal-fixture.sh"
entries=$(curl -s -b "refuge_session=$cookie" "$BASE/journal" | grep -c 'class="entry-item"')
[[ "$entries" == 20 ]] || { echo "expected 20 entries on /journal, saw $entries" >&2; exit 1; }

# wrk's --latency table has lines like "     50%    1.23ms"; convert to milliseconds.
to_ms() { python3 -c '
import sys,re
v=sys.argv[1]; m=re.match(r"([0-9.]+)(us|ms|s)",v); n=float(m.group(1))
print("%.2f" % (n/1000 if m.group(2)=="us" else n*1000 if m.group(2)=="s" else n))' "$1"; }

declare -A RPS P50 P99
for conns in 50 200; do
  for ep in healthz journal; do
    if [[ $ep == healthz ]]; then path=/healthz; hdr=(); else path=/journal; hdr=(-H "Cookie: refuge_session=$cookie"); fi
    out=$(wrk -t2 -c"$conns" -d"${DURATION}s" --latency "${hdr[@]}" "$BASE$path")
    non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
    [[ -z "$non2xx" ]] || { echo "$ep at $conns: $non2xx non-2xx answers" >&2; echo "$out" >&2; exit 1; }
    RPS[$ep$conns]=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
    P50[$ep$conns]=$(to_ms "$(echo "$out" | awk '$1=="50%" {print $2}')")
    P99[$ep$conns]=$(to_ms "$(echo "$out" | awk '$1=="99%" {print $2}')")
  done
done

echo "Command: bench/http.sh $BIN $DURATION   ($(nproc) cores, $(date -u +%Y-%m-%d), wrk -t2 -d${DURATION}s, loopback)"
echo
echo "| endpoint | connections | req/s | p50 (ms) | p99 (ms) |"
echo "|---|---|---|---|---|"
for conns in 50 200; do
  echo "| GET /healthz | $conns | ${RPS[healthz$conns]} | ${P50[healthz$conns]} | ${P99[healthz$conns]} |"
  echo "| GET /journal (signed in, 20 decrypted entries) | $conns | ${RPS[journal$conns]} | ${P50[journal$conns]} | ${P99[journal$conns]} |"
done
echo
for conns in 50 200; do
  python3 -c 'import sys; print("journal / healthz throughput at %s connections: %.1f %%" % (sys.argv[1], 100*float(sys.argv[2])/float(sys.argv[3])))' \
    "$conns" "${RPS[journal$conns]}" "${RPS[healthz$conns]}"
done
echo "idle RSS after start: $(python3 -c "print('%.1f MB' % ($rss_kb/1024))")"
echo "start-up to first 200 on /healthz: median ${startup_median} ms (runs: ${startups[*]} ms)"
