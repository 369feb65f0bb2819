// `refuge score`: batch scoring of a CSV of respondents (issue 3, "Researchers").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bin, repo, tempDir, timeout } from './server.mjs';

function score(args, input) {
  return spawnSync(bin, ['score', ...args], {
    input, encoding: 'utf8', cwd: repo, timeout, maxBuffer: 256 * 1024 * 1024,
  });
}

// A small deterministic generator, so a failure can be reproduced.
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

// SCS-SF key (Raes et al. 2011), written out independently of the content file.
const SCS_SF = {
  self_kindness: [2, 6], self_judgment: [11, 12], common_humanity: [5, 10],
  isolation: [4, 8], mindfulness: [3, 7], over_identification: [1, 9],
};
const NEGATIVE = new Set([1, 4, 8, 9, 11, 12]);
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

function expectedScsSf(answers) {  // answers[1..12], null when blank
  const out = {};
  for (const [scale, items] of Object.entries(SCS_SF)) {
    const got = items.map((i) => answers[i]).filter((v) => v !== null);
    out[scale] = got.length === items.length ? mean(got) : null;  // 2-item scales need both
  }
  const all = [];
  for (let i = 1; i <= 12; i++) {
    if (answers[i] !== null) all.push(NEGATIVE.has(i) ? 6 - answers[i] : answers[i]);
  }
  out.total = all.length >= 10 ? mean(all) : null;  // 80 % of 12 is 9.6 → 10 answers
  return out;
}

function randomScsSfCsv(rows, seed) {
  const next = rng(seed);
  const lines = ['respondent_id,' + Array.from({ length: 12 }, (_, i) => i + 1).join(',')];
  const expected = [];
  for (let r = 1; r <= rows; r++) {
    const answers = [null];
    for (let i = 1; i <= 12; i++) answers.push(next() < 0.03 ? null : 1 + Math.floor(next() * 5));
    lines.push(`r${r},` + answers.slice(1).map((v) => (v === null ? '' : v)).join(','));
    expected.push(expectedScsSf(answers));
  }
  return { text: lines.join('\n') + '\n', expected };
}

const COLUMNS = ['self_kindness', 'self_judgment', 'common_humanity', 'isolation', 'mindfulness',
  'over_identification', 'total'];

test('scores 10,000 random SCS-SF respondents exactly per the key', { timeout }, () => {
  const { text, expected } = randomScsSfCsv(10_000, 7);
  const file = join(tempDir('refuge-score-'), 'scs-sf.csv');
  writeFileSync(file, text);
  const r = score(['--instrument', 'scs-sf', file]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines[0], 'respondent_id,' + COLUMNS.join(','));
  assert.equal(lines.length, 10_001);
  let blanks = 0;
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].split(',');
    assert.equal(cells[0], `r${i}`);
    COLUMNS.forEach((col, c) => {
      const want = expected[i - 1][col];
      const got = cells[c + 1];
      if (want === null) {
        assert.equal(got, '', `row ${i} ${col}`);
        blanks++;
      } else {
        assert.match(got, /^\d\.\d{4}$/, `row ${i} ${col} has 4 decimals`);
        assert.ok(Math.abs(Number(got) - want) < 5e-5, `row ${i} ${col}: ${got} vs ${want}`);
      }
    });
  }
  assert.ok(blanks > 0, 'some rows met the missing-answer rule');

  const json = score(['--instrument', 'scs-sf', '--format', 'json', file]);
  assert.equal(json.status, 0, json.stderr);
  const rows = JSON.parse(json.stdout);
  assert.equal(rows.length, 10_000);
  assert.equal(rows[0].respondent_id, 'r1');
  const want = expected[0].total;
  if (want === null) assert.equal(rows[0].scores.total.value, null);
  else assert.ok(Math.abs(rows[0].scores.total.value - want) < 1e-12);
});

test('a broken row is reported with its line number; the other rows are scored; exit 1', () => {
  const csv = [
    'respondent_id,1,2,3,4,5,6,7',
    'a,0,1,2,3,0,1,2',
    'b,0,1,2,9,0,1,2',      // line 3: 9 is not a GAD-7 answer
    'c,3,3,3,3,3,3,3',
    'd,1,1',                // line 5: too few fields
    'e,1,1,1,1,1,1,x',      // line 6: not a number
    'f,,,,,,,',
  ].join('\n') + '\n';
  const r = score(['--instrument', 'gad-7', '-'], csv);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, 'respondent_id,total\na,9.0000\nc,21.0000\nf,\n');
  assert.match(r.stderr, /stdin:3: item 4: 9 is not an answer \(0–3\)/);
  assert.match(r.stderr, /stdin:5: expected 8 fields, found 3/);
  assert.match(r.stderr, /stdin:6: item 7: 'x' is not a whole number/);
  assert.match(r.stderr, /3 of 6 rows could not be scored/);
});

test('every instrument scores through the CLI with its scale columns', () => {
  const cases = {
    'ecr-r': [36, 7, 'respondent_id,anxiety,avoidance'],
    scs: [26, 5, 'respondent_id,' + COLUMNS.join(',')],
    'phq-9': [9, 3, 'respondent_id,total'],
  };
  for (const [id, [n, hi, header]] of Object.entries(cases)) {
    const items = Array.from({ length: n }, (_, i) => i + 1);
    const csv = `respondent_id,${items.join(',')}\nx,${items.map(() => hi).join(',')}\n`;
    const r = score(['--instrument', id, '-'], csv);
    assert.equal(r.status, 0, `${id}: ${r.stderr}`);
    assert.equal(r.stdout.split('\n')[0], header);
  }
  // All 7s on ECR-R: anxiety (16·7 + 2·1)/18 = 6.3333, avoidance (6·7 + 12·1)/18 = 3.0.
  const items = Array.from({ length: 36 }, (_, i) => i + 1);
  const r = score(['--instrument', 'ecr-r', '-'],
    `respondent_id,${items.join(',')}\nx,${items.map(() => 7).join(',')}\n`);
  assert.equal(r.stdout, 'respondent_id,anxiety,avoidance\nx,6.3333,3.0000\n');
});

test('unknown instruments, bad headers and missing files are clear errors', () => {
  const unknown = score(['--instrument', 'bdi', '-'], 'respondent_id,1\n');
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /unknown instrument 'bdi' \(known: ecr-r, gad-7, phq-9, scs, scs-sf\)/);
  const header = score(['--instrument', 'gad-7', '-'], 'id,1,2,3,4,5,6,7\n');
  assert.equal(header.status, 1);
  assert.match(header.stderr, /stdin:1: the header must start with respondent_id/);
  const missing = score(['--instrument', 'gad-7', join(tempDir(), 'nope.csv')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot open/);
});
