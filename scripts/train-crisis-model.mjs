#!/usr/bin/env node
// Trains content/analysis/crisis_model.json: a logistic model over the words and word pairs of a
// text, the net under the crisis rules (see content/analysis/README.md, "The crisis model").
//   node scripts/train-crisis-model.mjs > content/analysis/crisis_model.json
// Only data written for Refuge is read: the blind crisis sets (crisis_written.jsonl), and as
// negatives the everyday thoughts of the trap sets (everyday_thoughts.jsonl, trap_cases.jsonl),
// model_lookalikes.jsonl (everyday sentences that use crisis words in their ordinary senses:
// "I want to live somewhere with a garden", "dead tired", "killing time"; written blind, with
// the lines about plans, notes, wills and being safe left out, as those are also where risk
// hides) and calm_sentences.jsonl, the sentences of Refuge's program modules and practice steps
// as they were on 2026-12-01 (a copy, so that editing a module never changes the model), so that
// "rest", "stay" or "keep" in a journal about a practice are not read as risk. Never add
// crisis_unread.jsonl, unread_thoughts.jsonl, the hand-written crisis test set
// (crisis_cases.jsonl) or the development file: they measure.
// Deterministic (a seeded shuffle, fixed rounding): the same data gives the same bytes, which the
// integration tests check.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(repo, 'tests', 'unit', 'core', 'analysis');

export const settings = {
  epochs: 15, learningRate: 0.3, l2: 0.003, seed: 1,
  threshold: 0.75,   // a sentence at or above it is crisis (see the README for how it was chosen)
  confidence: 0.6,   // the finding's confidence: below every rule's, above the 0.5 line
  keep: 0.2,         // weights smaller than this are dropped (the same recall, a third of the size)
};

// Lower-case ASCII letters and digits make words; apostrophes (' and ’) are dropped inside a word
// ("don't" -> "dont"); anything else separates. The analyser reads sentences the same way
// (src/core/analysis/crisis_model.cpp).
export function words(text) {
  const out = [];
  let w = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) w += ch;
    else if (c >= 65 && c <= 90) w += String.fromCharCode(c + 32);
    else if (ch === "'" || ch === '\u2019') continue;
    else if (w) { out.push(w); w = ''; }
  }
  if (w) out.push(w);
  return out;
}

// Each word and each pair of neighbouring words ("want die"), once each.
export function features(text) {
  const w = words(text);
  const f = new Set(w);
  for (let i = 1; i < w.length; ++i) f.add(`${w[i - 1]} ${w[i]}`);
  return [...f].sort();
}

function readJsonl(name, label) {
  return readFileSync(join(data, name), 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const row = JSON.parse(l);
    return { f: features(row.text), y: label ?? (row.crisis ? 1 : 0) };
  });
}

// mulberry32: a small seeded generator, so every machine shuffles alike.
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(rows, s = settings) {
  const w = new Map();
  let bias = 0;
  const random = generator(s.seed);
  const order = rows.map((_, i) => i);
  const sigmoid = (z) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
  for (let epoch = 0; epoch < s.epochs; ++epoch) {
    for (let i = order.length - 1; i > 0; --i) {  // Fisher-Yates
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const { f, y } = rows[k];
      let z = bias;
      for (const x of f) z += w.get(x) ?? 0;
      const g = sigmoid(z) - y;
      for (const x of f) {
        const v = w.get(x) ?? 0;
        w.set(x, v - s.learningRate * (g + s.l2 * v));
      }
      bias -= s.learningRate * g;
    }
  }
  return { bias, w };
}

const round = (x) => Number(x.toFixed(4));

export function modelJson({ bias, w }, s = settings) {
  const kept = [...w.entries()].filter(([, v]) => Math.abs(v) >= s.keep)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = [
    '{',
    '  "source": "Trained by scripts/train-crisis-model.mjs (logistic regression, stochastic gradient descent with L2) on text written for Refuge: tests/unit/core/analysis/crisis_written.jsonl (blind crisis sets), the everyday thoughts of everyday_thoughts.jsonl and trap_cases.jsonl, everyday look-alikes (model_lookalikes.jsonl), and calm_sentences.jsonl (sentences of Refuge’s program modules and practices). Regenerate with: node scripts/train-crisis-model.mjs > content/analysis/crisis_model.json",',
    '  "notes": "A net under the crisis rules: a sentence no rule marks as crisis, alone and with the sentence before it (the pieces of unpunctuated typing count as one), is scored by these weights (its words and pairs of neighbouring words, lower-case ASCII, apostrophes dropped); at or above the threshold it is crisis with the given confidence. Edit the data and retrain rather than editing weights by hand.",',
    `  "threshold": ${s.threshold},`,
    `  "confidence": ${s.confidence},`,
    `  "bias": ${round(bias)},`,
    '  "weights": {',
    kept.map(([k, v]) => `    ${JSON.stringify(k)}: ${round(v)}`).join(',\n'),
    '  }',
    '}',
  ];
  return lines.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = [
    ...readJsonl('crisis_written.jsonl'),
    ...readJsonl('everyday_thoughts.jsonl', 0),
    ...readJsonl('trap_cases.jsonl', 0),
    ...readJsonl('model_lookalikes.jsonl', 0),
    ...readJsonl('calm_sentences.jsonl', 0),
  ];
  process.stdout.write(modelJson(train(rows)));
}
