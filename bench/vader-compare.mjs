// VADER (vader-sentiment from npm) as an "any trap" detector: a thought counts as holding a
// trap when its negative score exceeds a threshold. Reads the same CSV as `refuge analyze
// --eval`, evaluates per distinct thought (labels united over rows), prints one JSON line.
//   node bench/vader-compare.mjs FILE.csv [threshold, default 0.1]
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { prf, readThoughts } from './reframing-csv.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '.vader', 'package.json'));
const vader = require('vader-sentiment');

const [file, thresholdArg] = process.argv.slice(2);
const threshold = Number(thresholdArg ?? 0.1);
const thoughts = readThoughts(file);
const texts = [...thoughts.keys()];
const t0 = process.hrtime.bigint();
const neg = texts.map((t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).neg);
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const quality = prf(texts.map((t, i) => [neg[i] > threshold, thoughts.get(t).size > 0]));
console.log(JSON.stringify({
  texts: texts.length, threshold, ...quality,
  seconds: secs, per_second: texts.length / secs,
}));
