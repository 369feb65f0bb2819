// VADER (vader-sentiment from npm) as an "any trap" detector: a thought counts as holding a
// trap when its negative score exceeds a threshold. Reads the same CSV as `refuge analyze
// --eval`, evaluates per distinct thought (labels united over rows), prints one JSON line.
//   node bench/vader-compare.mjs FILE.csv [threshold, default 0.1]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '.vader', 'package.json'));
const vader = require('vader-sentiment');

const TRAPS = new Set(['all-or-nothing thinking', 'overgeneralizing', 'labeling', 'fortune telling',
  'mind reading', 'emotional reasoning', 'should statements', 'personalizing',
  'disqualifying the positive', 'catastrophizing', 'comparing and despairing', 'blaming']);

function parseCsv(text) {  // RFC 4180: quoted fields may hold commas, quotes and newlines
  const rows = [[]];
  let field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.at(-1).push(field); field = ''; rows.push([]);
    } else field += c;
  }
  if (field) rows.at(-1).push(field);
  return rows.filter((r) => r.length > 1);
}

const [file, thresholdArg] = process.argv.slice(2);
const threshold = Number(thresholdArg ?? 0.1);
const rows = parseCsv(readFileSync(file, 'utf8'));
const header = rows[0];
const ti = header.indexOf('thought'), li = header.indexOf('thinking_traps_addressed');
const thoughts = new Map();
for (const r of rows.slice(1)) {
  const labels = thoughts.get(r[ti]) ?? new Set();
  for (const name of r[li].split(',').map((s) => s.trim())) if (TRAPS.has(name)) labels.add(name);
  thoughts.set(r[ti], labels);
}
const texts = [...thoughts.keys()];
const t0 = process.hrtime.bigint();
const neg = texts.map((t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).neg);
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
let tp = 0, fp = 0, fn = 0;
texts.forEach((t, i) => {
  const p = neg[i] > threshold, l = thoughts.get(t).size > 0;
  tp += p && l; fp += p && !l; fn += !p && l;
});
const precision = tp / (tp + fp || 1), recall = tp / (tp + fn || 1);
console.log(JSON.stringify({
  texts: texts.length, threshold, precision, recall,
  f1: precision + recall ? 2 * precision * recall / (precision + recall) : 0,
  seconds: secs, per_second: texts.length / secs,
}));
