#!/usr/bin/env bash
# Instructions per request for /healthz and the signed-in /journal page (20 entries), counted by
# valgrind's callgrind in the server process: unlike req/s, this does not move with what else
# the machine is doing, so it shows what one change saves. (Kernel time is not counted.)
#   bench/http_instructions.sh [path/to/refuge] [seconds per endpoint, default 10]
# Needs valgrind (apt-get install valgrind).
set -euo pipefail
BIN=${1:-build/refuge}
DURATION=${2:-10}
for tool in valgrind callgrind_control wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "bench/http_instructions.sh: $tool is missing" >&2; exit 1; }
done
[[ -x "$BIN" ]] || { echo "bench/http_instructions.sh: $BIN is not built (make build)" >&2; exit 1; }

WORK=$(mktemp -d)
PID=""
cleanup() { [[ -n "$PID" ]] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" \
  "$BIN" serve --port "$PORT" --data-dir "$WORK/data" --log-level warn >"$WORK/server.log" 2>&1 &
PID=$!
until curl -s -o /dev/null "$BASE/healthz"; do sleep 0.1; done

# The same person and entries as bench/http.sh.
user="bench$RANDOM"; pass="a quiet bench harbour"
curl -s -o /dev/null -X POST "$BASE/api/v1/signup" -H 'content-type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"$pass\"}"
login=$(curl -s -c "$WORK/jar" -X POST "$BASE/api/v1/login" -H 'content-type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"$pass\"}")
csrf=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["csrf_token"])' "$login")
cookie=$(awk '$6=="refuge_session" {print $7}' "$WORK/jar")
text=$(python3 -c 'print(("Today I noticed the critic again and answered it kindly. " * 11)[:600])')
for i in $(seq 1 20); do
  curl -s -o /dev/null -b "refuge_session=$cookie" -H "X-CSRF-Token: $csrf" \
    -H 'content-type: application/json' -X POST "$BASE/api/v1/journal" \
    -d "{\"text\":\"$i. $text\",\"mood\":6,\"tags\":[\"bench\"]}"
done

# Zero the counters, run wrk, dump; the dump holds only what the requests cost.
measure() {  # $1 label, $2 path, rest: wrk header options
  local label=$1 path=$2; shift 2
  callgrind_control -z "$PID" >/dev/null 2>&1
  local out n dump ir
  out=$(wrk -t1 -c4 -d"${DURATION}s" "$@" "$BASE$path")
  callgrind_control -d "$PID" >/dev/null 2>&1
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  dump=$(ls "$WORK"/callgrind.out.* | sort -t. -k3 -n | tail -1)
  ir=$(awk '/^(summary|totals):/ {print $2; exit}' "$dump")
  echo "| $label | $n | $(python3 -c "print(f'{$ir / $n:,.0f}')") |"
}
echo "Command: bench/http_instructions.sh $BIN $DURATION   (callgrind, wrk -t1 -c4 -d${DURATION}s)"
echo
echo "| endpoint | requests | instructions per request |"
echo "|---|---|---|"
measure "GET /healthz" /healthz
measure "GET /journal (signed in, 20 entries)" /journal -H "Cookie: refuge_session=$cookie"
