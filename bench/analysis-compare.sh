#!/usr/bin/env bash
# Refuge's analyser against VADER (a well-known sentiment lexicon, run by Node) on the same
# thoughts, as "any thinking trap" detectors: quality (precision, recall, F1) and speed side by
# side, with a simple keyword matcher (bench/keyword-baseline.mjs) beside them for the per-trap
# figure. Installs vader-sentiment from npm into bench/.vader (gitignored) the first time.
#   bench/analysis-compare.sh DATASET.csv [path/to/refuge] [vader threshold, default 0.1]
set -euo pipefail
CSV=${1:?usage: bench/analysis-compare.sh DATASET.csv [refuge binary] [vader threshold]}
BIN=${2:-build/refuge}
THRESHOLD=${3:-0.1}
HERE=$(cd "$(dirname "$0")" && pwd)
[[ -x "$BIN" ]] || { echo "bench/analysis-compare.sh: $BIN is not built (make build)" >&2; exit 1; }
if [[ ! -d "$HERE/.vader/node_modules/vader-sentiment" ]]; then
  mkdir -p "$HERE/.vader"
  [[ -f "$HERE/.vader/package.json" ]] || echo '{"private": true}' > "$HERE/.vader/package.json"
  npm install --prefix "$HERE/.vader" --no-audit --no-fund --silent vader-sentiment@1.1.3 >&2
fi

refuge_out=$("$BIN" analyze --eval "$CSV")
vader_out=$(node "$HERE/vader-compare.mjs" "$CSV" "$THRESHOLD")
keyword_out=$(node "$HERE/keyword-baseline.mjs" "$CSV")

r_line=$(grep '^any trap:' <<<"$refuge_out")
r_p=$(sed -E 's/.*precision ([0-9.]+).*/\1/' <<<"$r_line")
r_r=$(sed -E 's/.*recall ([0-9.]+).*/\1/' <<<"$r_line")
r_f=$(sed -E 's/.*F1 ([0-9.]+).*/\1/' <<<"$r_line")
r_speed=$(grep '^analysed' <<<"$refuge_out" | sed -E 's/.*\(([0-9]+) texts\/s\).*/\1/')
r_macro=$(grep '^macro-F1' <<<"$refuge_out" | sed -E 's/.*: ([0-9.]+)/\1/')
# field OUTPUT EXPRESSION: EXPRESSION evaluated over the JSON line OUTPUT (as j).
field() { node -e "const j = JSON.parse(process.argv[1]); console.log($2)" "$1"; }
v() { field "$vader_out" "$1"; }
k() { field "$keyword_out" "$1"; }

echo "Command: bench/analysis-compare.sh $CSV $BIN $THRESHOLD   ($(nproc) cores, $(date +%F))"
echo
echo "| detector | any-trap precision | recall | F1 | sentences/s (in process) | macro-F1 (12 traps) |"
echo "|---|---|---|---|---|---|"
echo "| Refuge analyser | $r_p | $r_r | $r_f | $r_speed | $r_macro |"
echo "| VADER neg > $THRESHOLD | $(v 'j.precision.toFixed(3)') | $(v 'j.recall.toFixed(3)') | $(v 'j.f1.toFixed(3)') | $(v 'Math.round(j.per_second)') | n/a (no trap types) |"
echo "| Keyword matcher | $(k 'j.precision.toFixed(3)') | $(k 'j.recall.toFixed(3)') | $(k 'j.f1.toFixed(3)') | $(k 'Math.round(j.per_second)') | $(k 'j.macro_f1.toFixed(3)') |"
