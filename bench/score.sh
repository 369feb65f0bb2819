#!/usr/bin/env bash
# Batch-scoring benchmark (issue 3: "≥ 1,000,000 respondents per minute for SCS-SF on one core").
# Generates a CSV of random respondents, times `refuge score` on it (single-threaded by design),
# and reports respondents per minute and peak RSS (/usr/bin/time -v). Prints Markdown rows.
#   bench/score.sh [path/to/refuge] [rows, default 2000000] [instrument, default scs-sf] [items]
set -euo pipefail
BIN=${1:-build/refuge}
ROWS=${2:-2000000}
INSTRUMENT=${3:-scs-sf}
case "$INSTRUMENT" in
  ecr-r) ITEMS=36 LO=1 HI=7 ;;
  scs) ITEMS=26 LO=1 HI=5 ;;
  scs-sf) ITEMS=12 LO=1 HI=5 ;;
  phq-9) ITEMS=9 LO=0 HI=3 ;;
  gad-7) ITEMS=7 LO=0 HI=3 ;;
  *) echo "bench/score.sh: unknown instrument $INSTRUMENT" >&2; exit 1 ;;
esac
[[ -x "$BIN" ]] || { echo "bench/score.sh: $BIN is not built (make build)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "bench/score.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Random answers; about 1 % of cells blank so the missing-answer rule is exercised too.
awk -v rows="$ROWS" -v items="$ITEMS" -v lo="$LO" -v hi="$HI" 'BEGIN {
  srand(20261124);
  printf "respondent_id"; for (i = 1; i <= items; i++) printf ",%d", i; printf "\n";
  for (r = 1; r <= rows; r++) {
    printf "r%d", r;
    for (i = 1; i <= items; i++) {
      if (rand() < 0.01) printf ","; else printf ",%d", lo + int(rand() * (hi - lo + 1));
    }
    printf "\n";
  }
}' > "$WORK/in.csv"
size_mb=$(( $(stat -c %s "$WORK/in.csv") / 1048576 ))

run() {  # $1 format
  /usr/bin/time -v "$BIN" score --instrument "$INSTRUMENT" --format "$1" "$WORK/in.csv" \
    > "$WORK/out.$1" 2> "$WORK/time.$1"
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$WORK/time.$1" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$WORK/time.$1" | awk '{print $NF}')
  local secs
  secs=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  local out_rows
  out_rows=$(( $(wc -l < "$WORK/out.$1") - 1 ))
  local per_min
  per_min=$(awk -v r="$ROWS" -v s="$secs" 'BEGIN {
    n = sprintf("%d", (s > 0 ? r / s * 60 : 0)); out = "";
    while (length(n) > 3) { out = "," substr(n, length(n) - 2) out; n = substr(n, 1, length(n) - 3) }
    print n out }')
  printf '| %s | %s | %s | %s s | %s | %.1f MB |\n' "$INSTRUMENT" "$1" "$ROWS" "$secs" \
    "$per_min" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
  [[ "$1" == csv && "$out_rows" -ne "$ROWS" ]] && echo "bench/score.sh: expected $ROWS rows, got $out_rows" >&2
  return 0
}

echo "Command: bench/score.sh $BIN $ROWS $INSTRUMENT   (input ${size_mb} MB, $(nproc) cores, $(date +%F))"
echo
echo "| instrument | format | respondents | wall time | respondents/min | peak RSS |"
echo "|---|---|---|---|---|---|"
run csv
run json
