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

source "$(dirname "$0")/journal-fixture.sh"

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
