// The crisis model is data trained by a script in the repo from data in the repo: running the
// script again gives the shipped file byte for byte, and `refuge analyze` uses it (a sentence no
// rule knows is marked crisis, with the model's confidence and the sentence as its cue).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bin, repo, timeout } from './server.mjs';

test('scripts/train-crisis-model.mjs reproduces content/analysis/crisis_model.json', { timeout }, () => {
  const r = spawnSync(process.execPath, [join(repo, 'scripts', 'train-crisis-model.mjs')], {
    cwd: repo, timeout, maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(r.status, 0, r.stderr.toString());
  const shipped = readFileSync(join(repo, 'content', 'analysis', 'crisis_model.json'), 'utf8');
  assert.ok(r.stdout.length > 10000, 'the trainer wrote a model');
  assert.equal(r.stdout.toString('utf8'), shipped, 'retrain after changing its data, and commit both');
});

test('refuge analyze marks a sentence only the model recognises', { timeout }, () => {
  // No crisis pattern has "want it to stop for good"; the model, from the blind sets, does.
  const text = 'Work was long again. Some days I just want it all to stop for good.';
  const r = spawnSync(bin, ['analyze'], { input: JSON.stringify({ id: 1, text }) + '\n', cwd: repo, timeout });
  assert.equal(r.status, 0, r.stderr.toString());
  const out = JSON.parse(r.stdout.toString('utf8'));
  assert.equal(out.crisis, true);
  const model = out.findings.filter((f) => f.type === 'crisis');
  assert.equal(model.length, 1);
  assert.equal(model[0].confidence, 0.6);
  assert.equal(model[0].cue, 'Some days I just want it all to stop for good.');
  assert.equal(model[0].cue, Buffer.from(text).subarray(model[0].start, model[0].end).toString());
});
