// `refuge analyze` (issue 4): JSON Lines in, one JSON line out per input; plain text as one
// document; bad lines named on stderr while the others are still analysed; --eval on JSON Lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bin, repo, tempDir, timeout } from './server.mjs';

function analyze(args, input) {
  return spawnSync(bin, ['analyze', ...args], {
    input, cwd: repo, timeout, maxBuffer: 64 * 1024 * 1024,
  });
}
const lines = (r) => r.stdout.toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l));

test('one JSON line per input line, with findings whose cue is the text at their offsets', { timeout }, () => {
  const texts = [
    { id: 1, text: 'I’m such a failure. Nobody could ever love me.' },
    { id: 'b', text: 'i want to end it all 😞' },
    { id: null, text: 'We had a lovely walk by the river.' },
  ];
  const r = analyze([], texts.map((t) => JSON.stringify(t)).join('\n') + '\n');
  assert.equal(r.status, 0, r.stderr.toString());
  const out = lines(r);
  assert.equal(out.length, 3);
  out.forEach((o, i) => {
    assert.deepEqual(Object.keys(o), ['id', 'findings', 'crisis']);
    assert.equal(o.id, texts[i].id);
    const bytes = Buffer.from(texts[i].text, 'utf8');
    for (const f of o.findings) {
      assert.deepEqual(Object.keys(f), ['type', 'start', 'end', 'confidence', 'cue']);
      assert.equal(bytes.subarray(f.start, f.end).toString('utf8'), f.cue);
      assert.ok(f.confidence > 0 && f.confidence <= 1);
    }
  });
  const types = (o) => new Set(o.findings.map((f) => f.type));
  assert.ok(types(out[0]).has('labeling'));
  assert.ok(types(out[0]).has('belief_unlovable'));
  assert.equal(out[0].crisis, false);
  assert.equal(out[1].crisis, true);
  assert.deepEqual(out[2].findings, []);
});

test('plain text on stdin is analysed as one document with a null id', { timeout }, () => {
  const r = analyze([], 'i failed again\nim so stupid\n');
  assert.equal(r.status, 0, r.stderr.toString());
  const out = lines(r);
  assert.equal(out.length, 1);
  assert.equal(out[0].id, null);
  assert.ok(out[0].findings.some((f) => f.type === 'labeling'));
});

test('bad lines are named on stderr, the others still analysed, exit code 1', { timeout }, () => {
  const long = 'a'.repeat(20001);
  const input = Buffer.concat([
    Buffer.from('{"id": 1, "text": "I hate myself"}\n'),
    Buffer.from('not json at all\n'),
    Buffer.from('{"id": 3, "text": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n'),
    Buffer.from(`{"id": 4, "text": "${long}"}\n`),
    Buffer.from('{"id": 5}\n'),
    Buffer.from('{"id": 6, "text": "I should have known"}\n'),
  ]);
  const r = analyze([], input);
  assert.equal(r.status, 1);
  const err = r.stderr.toString();
  assert.match(err, /stdin:2: not a JSON object/);
  assert.match(err, /stdin:3: the line is not valid UTF-8/);
  assert.match(err, /stdin:4: the text is longer than 20000 characters/);
  assert.match(err, /stdin:5: "text" is missing/);
  assert.deepEqual(lines(r).map((o) => o.id), [1, 6]);
});

test('--eval on JSON Lines prints the per-type table and macro-F1', { timeout }, () => {
  const file = join(tempDir('refuge-analyze-'), 'eval.jsonl');
  writeFileSync(file, [
    { text: 'I am a total failure', labels: ['labeling', 'all_or_nothing'] },
    { text: 'They will never hire me', labels: ['fortune_telling'] },
    { text: 'I had soup for lunch', labels: [] },
  ].map((x) => JSON.stringify(x)).join('\n') + '\n');
  const r = analyze(['--eval', file]);
  assert.equal(r.status, 0, r.stderr.toString());
  const out = r.stdout.toString();
  assert.match(out, /\| labeling \| 1\.000 \| 1\.000 \| 1\.000 \| 1 \|/);
  assert.match(out, /macro-F1 \(twelve thinking traps\): \d\.\d{3}/);
  assert.match(out, /any trap: precision 1\.000, recall 1\.000/);
});

test('--eval names a label that is not a string with its line', { timeout }, () => {
  const file = join(tempDir('refuge-analyze-'), 'bad.jsonl');
  writeFileSync(file, '{"text": "x", "labels": []}\n{"text": "y", "labels": [3]}\n');
  const r = analyze(['--eval', file]);
  assert.equal(r.status, 1);
  assert.match(r.stderr.toString(), /bad\.jsonl:2: a label must be a string: 3/);
});

test('--eval names an empty text with its line', { timeout }, () => {
  const file = join(tempDir('refuge-analyze-'), 'empty.jsonl');
  writeFileSync(file, '{"text": "x", "labels": []}\n{"text": "  ", "labels": ["labeling"]}\n');
  const r = analyze(['--eval', file]);
  assert.equal(r.status, 1);
  assert.match(r.stderr.toString(), /empty\.jsonl:2: the text is empty/);
});

test('--eval reads trap names as data sets write them and lists the ones it does not know', { timeout }, () => {
  const dir = tempDir('refuge-analyze-');
  const expect = (out) => {
    assert.match(out, /2 texts, /);
    assert.match(out, /\| labeling \| 1\.000 \| 1\.000 \| 1\.000 \| 1 \| 1 \|/);
    assert.match(out, /\| fortune_telling \| 1\.000 \| 1\.000 \| 1\.000 \| 1 \| 1 \|/);
    assert.match(out, /\| all_or_nothing \| [\d.]+ \| 1\.000 \| [\d.]+ \| 1 \|/);
    assert.match(out, /not one of the twelve traps \(scored as no trap\): negative feeling or emotion \(1\);/);
  };
  // A spreadsheet's CSV: byte-order mark, capitalised headers, CRLF, one thought on two rows,
  // names in title case, British spelling, semicolons.
  const csv = join(dir, 'eval.csv');
  writeFileSync(csv, '\uFEFFSituation,Thought,Reframe,Thinking_Traps_Addressed\r\n' +
    'a test,I am a total failure,x,"All-or-Nothing Thinking, Labelling"\r\n' +
    'a test,I am a total failure ,y,negative feeling or emotion\r\n' +
    'a job,They will never hire me,z,Fortune-Telling\r\n');
  let r = analyze(['--eval', csv]);
  assert.equal(r.status, 0, r.stderr.toString());
  expect(r.stdout.toString());
  // The same rows tab-separated, as spreadsheets also export them.
  const tsv = join(dir, 'eval.tsv');
  writeFileSync(tsv, 'situation\tthought\treframe\tthinking_traps_addressed\n' +
    'a test\tI am a total failure\tx\tall-or-nothing thinking, labeling\n' +
    'a test\tI am a total failure\ty\tnegative feeling or emotion\n' +
    'a job\tThey will never hire me\tz\tfortune telling\n');
  r = analyze(['--eval', tsv]);
  assert.equal(r.status, 0, r.stderr.toString());
  expect(r.stdout.toString());
  const jsonl = join(dir, 'eval.jsonl');
  writeFileSync(jsonl, [
    { text: 'I am a total failure', labels: ['all-or-nothing thinking', 'labelling', 'negative feeling or emotion'] },
    { text: 'They will never hire me', labels: ['fortune_telling'] },
  ].map((x) => JSON.stringify(x)).join('\n') + '\n');
  r = analyze(['--eval', jsonl]);
  assert.equal(r.status, 0, r.stderr.toString());
  expect(r.stdout.toString());
  // JSON Lines with the data set's own field names, one line per row as its CSV has them: the
  // rows of one thought are one text, its labels united; a string of names is split at commas.
  const rowsJsonl = join(dir, 'rows.jsonl');
  writeFileSync(rowsJsonl, [
    { situation: 'a test', thought: 'I am a total failure', thinking_traps_addressed: 'all-or-nothing thinking' },
    { situation: 'a test', thought: 'I am a total failure ', thinking_traps_addressed: 'labeling, negative feeling or emotion' },
    { situation: 'a job', thought: 'They will never hire me', thinking_traps_addressed: ['fortune telling'] },
  ].map((x) => JSON.stringify(x)).join('\n') + '\n');
  r = analyze(['--eval', rowsJsonl]);
  assert.equal(r.status, 0, r.stderr.toString());
  expect(r.stdout.toString());
});
