// Backup and restore, admin accounts, graceful shutdown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, Client, run, tempDir, uniqueName, timeout } from './server.mjs';

test('an online backup restores into a fresh data dir with the entry readable', { timeout }, async () => {
  const server = await startServer();
  const name = uniqueName('bk');
  let password;
  try {
    const c = new Client(server.base);
    ({ password } = await c.signUpAndLogIn(name));
    await c.json('POST', '/api/v1/journal', { text: 'kept safe in a backup' });
    const file = join(tempDir(), 'refuge-backup.db');
    const b = run(['backup', '--data-dir', server.dataDir, '--to', file]);
    assert.equal(b.status, 0, b.stderr);
    const again = run(['backup', '--data-dir', server.dataDir, '--to', file]);
    assert.notEqual(again.status, 0, 'an existing backup file is not overwritten');

    const busy = run(['restore', '--data-dir', server.dataDir, '--from', file]);
    assert.notEqual(busy.status, 0, 'restore refuses a data dir a server is using');
    assert.match(busy.stderr, /in use/);

    const target = tempDir();
    const r = run(['restore', '--data-dir', target, '--from', file]);
    assert.equal(r.status, 0, r.stderr);
    const restored = await startServer([], target);
    try {
      const c2 = new Client(restored.base);
      const l = await c2.json('POST', '/api/v1/login', { username: name, password });
      assert.equal(l.status, 200);
      c2.csrf = l.json.csrf_token;
      assert.equal((await c2.request('GET', '/api/v1/journal')).json.entries[0].text, 'kept safe in a backup');
    } finally {
      await restored.stop();
    }
  } finally {
    await server.stop();
  }
});

test('restore refuses a file that is not a Refuge backup', () => {
  const junk = join(tempDir(), 'junk.db');
  writeFileSync(junk, 'definitely not a database');
  const r = run(['restore', '--data-dir', tempDir(), '--from', junk]);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /not a Refuge backup/);
});

test('admin create-user makes a therapist who can log in', { timeout }, async () => {
  const dataDir = tempDir();
  const name = uniqueName('ther');
  const made = run(['admin', 'create-user', '--data-dir', dataDir, '--username', name,
                    '--role', 'therapist', '--password-stdin'], 'a steady therapist voice\n');
  assert.equal(made.status, 0, made.stderr);
  assert.match(made.stdout, /Recovery code .*[0-9A-Z]{5}-/);
  const weak = run(['admin', 'create-user', '--data-dir', dataDir, '--username', uniqueName('w'),
                    '--role', 'admin', '--password-stdin'], 'password123\n');
  assert.notEqual(weak.status, 0);
  const server = await startServer([], dataDir);
  try {
    const c = new Client(server.base);
    const l = await c.json('POST', '/api/v1/login', { username: name, password: 'a steady therapist voice' });
    assert.equal(l.status, 200);
    assert.equal(l.json.role, 'therapist');
    assert.equal((await c.request('GET', '/api/v1/me')).json.role, 'therapist');
  } finally {
    await server.stop();
  }
});

test('SIGTERM lets an in-flight request finish and exits 0', { timeout }, async () => {
  const server = await startServer();
  const c = new Client(server.base);
  // Sign-up takes tens of milliseconds (Argon2id): stop while it runs.
  const pending = c.json('POST', '/api/v1/signup', { username: uniqueName('late'), password: 'a calm green harbour' });
  await new Promise((r) => setTimeout(r, 5));
  const stopped = server.stop();
  const res = await pending;
  assert.equal(res.status, 201);
  const { code } = await stopped;
  assert.equal(code, 0);
  assert.match(server.logs(), /shutdown complete/);
});
