// Accounts, sessions, CSRF, throttling, password change and recovery over HTTP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, uniqueName, timeout } from './server.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { if (server) await server.stop(); });

test('weak passwords and bad entries are refused with clear messages', { timeout }, async () => {
  const c = new Client(server.base);
  const name = uniqueName('val');
  for (const [password, pattern] of [['short', /10 characters/], [name, /different from your username/],
                                     ['password123', /common/], ['1234567890', /common/]]) {
    const r = await c.json('POST', '/api/v1/signup', { username: name, password });
    assert.equal(r.status, 400, password);
    assert.match(r.json.error, pattern);
  }
  await c.signUpAndLogIn(name);
  assert.equal((await c.json('POST', '/api/v1/signup', { username: name.toUpperCase(), password: 'another calm harbour' })).status, 409);
  const tooLong = await c.json('POST', '/api/v1/journal', { text: 'a'.repeat(20001) });
  assert.equal(tooLong.status, 400);
  assert.match(tooLong.json.error, /20,000/);
  assert.equal((await c.json('POST', '/api/v1/journal', { text: 'a'.repeat(20000) })).status, 201);
  assert.equal((await c.json('POST', '/api/v1/journal', { text: 'x', mood: 11 })).status, 400);
  assert.equal((await c.json('POST', '/api/v1/journal', { text: '   ' })).status, 400);
  assert.equal((await c.json('POST', '/api/v1/journal', { text: 'x', mood: 'sad' })).status, 400);
});

test('state-changing requests need the CSRF token and change nothing without it', { timeout }, async () => {
  const c = new Client(server.base);
  await c.signUpAndLogIn(uniqueName('csrf'));
  const good = c.csrf;
  const id = (await c.json('POST', '/api/v1/journal', { text: 'keep me' })).json.id;
  for (const token of ['', 'not-the-token']) {
    c.csrf = token;
    const headers = token ? { 'x-csrf-token': token } : {};
    assert.equal((await c.json('POST', '/api/v1/journal', { text: 'x' }, { csrf: false, headers })).status, 403);
    assert.equal((await c.json('PUT', `/api/v1/journal/${id}`, { text: 'changed' }, { csrf: false, headers })).status, 403);
    assert.equal((await c.request('DELETE', `/api/v1/journal/${id}`, { csrf: false, headers })).status, 403);
    assert.equal((await c.request('POST', '/api/v1/logout', { csrf: false, headers })).status, 403);
  }
  const form = await c.form('POST', '/journal', { text: 'from a form' });
  assert.equal(form.status, 403);
  c.csrf = good;
  const list = await c.request('GET', '/api/v1/journal');
  assert.equal(list.json.total, 1);
  assert.equal(list.json.entries[0].text, 'keep me');
});

test('log-out ends the session; other sessions can be listed and ended', { timeout }, async () => {
  const name = uniqueName('ses');
  const a = new Client(server.base);
  const { password } = await a.signUpAndLogIn(name);
  const b = new Client(server.base);
  const l = await b.json('POST', '/api/v1/login', { username: name, password });
  b.csrf = l.json.csrf_token;
  const sessions = await a.request('GET', '/api/v1/sessions');
  assert.equal(sessions.json.sessions.length, 2);
  const other = sessions.json.sessions.find((s) => !s.current);
  assert.equal((await a.request('DELETE', `/api/v1/sessions/${other.id}`)).status, 204);
  assert.equal((await b.request('GET', '/api/v1/me')).status, 401);
  assert.equal((await a.request('GET', '/api/v1/me')).status, 200);
  const saved = a.cookieHeader();
  assert.equal((await a.request('POST', '/api/v1/logout')).status, 204);
  const replay = await fetch(server.base + '/api/v1/me', { headers: { cookie: saved } });
  assert.equal(replay.status, 401, 'the old cookie no longer works');
});

test('a password change re-wraps the key; recovery sets a new password and a new code', { timeout }, async () => {
  const restarted = await startServer();
  try {
    const name = uniqueName('pw');
    const c = new Client(restarted.base);
    const { password, recovery } = await c.signUpAndLogIn(name);
    await c.json('POST', '/api/v1/journal', { text: 'before the change' });
    const next = 'a brand new lantern';
    assert.equal((await c.json('POST', '/api/v1/account/password', { current_password: password, new_password: next })).status, 204);
    const fresh = new Client(restarted.base);
    assert.equal((await fresh.json('POST', '/api/v1/login', { username: name, password })).status, 401);
    const ok = await fresh.json('POST', '/api/v1/login', { username: name, password: next });
    assert.equal(ok.status, 200);
    fresh.csrf = ok.json.csrf_token;
    assert.equal((await fresh.request('GET', '/api/v1/journal')).json.entries[0].text, 'before the change');

    const third = 'the third quiet password';
    const rec = await fresh.json('POST', '/api/v1/recover', { username: name, recovery_code: recovery.toLowerCase(), new_password: third });
    assert.equal(rec.status, 200, rec.text);
    assert.notEqual(rec.json.recovery_code, recovery);
    const again = await fresh.json('POST', '/api/v1/recover', { username: name, recovery_code: recovery, new_password: 'yet another one here' });
    assert.equal(again.status, 401, 'the old code no longer works');
    const last = new Client(restarted.base);
    const li = await last.json('POST', '/api/v1/login', { username: name, password: third });
    assert.equal(li.status, 200);
    last.csrf = li.json.csrf_token;
    assert.equal((await last.request('GET', '/api/v1/journal')).json.entries[0].text, 'before the change');
  } finally {
    await restarted.stop();
  }
});

test('paging: newest first, 20 a page', { timeout }, async () => {
  const c = new Client(server.base);
  await c.signUpAndLogIn(uniqueName('pg'));
  for (let i = 0; i < 25; i++) await c.json('POST', '/api/v1/journal', { text: `entry ${i}` });
  const first = await c.request('GET', '/api/v1/journal?limit=20');
  assert.equal(first.json.entries.length, 20);
  assert.equal(first.json.total, 25);
  const rest = await c.request('GET', '/api/v1/journal?offset=20&limit=20');
  assert.equal(rest.json.entries.length, 5);
  const texts = [...first.json.entries, ...rest.json.entries].map((e) => e.text);
  assert.equal(new Set(texts).size, 25);
  assert.equal((await c.request('GET', '/api/v1/journal?limit=abc')).status, 400);
});

test('export holds everything written; deleting the account removes it', { timeout }, async () => {
  const c = new Client(server.base);
  const { password } = await c.signUpAndLogIn(uniqueName('ex'));
  await c.json('POST', '/api/v1/journal', { text: 'export me' });
  assert.equal((await c.json('POST', '/api/v1/practice-sessions',
    { practice_id: 'rain', variant: '3', seconds: 170, completed: true, suds_before: 6, suds_after: 4 })).status, 201);
  const exp = await c.request('GET', '/api/v1/account/export');
  assert.equal(exp.status, 200);
  assert.equal(exp.json.format, 'refuge-export');
  assert.equal(exp.json.journal[0].text, 'export me');
  assert.equal(exp.json.practice_log[0].practice_id, 'rain');
  assert.equal(exp.json.practice_log[0].suds_after, 4);
  assert.deepEqual(exp.json.soothing_kit.sound, []);
  assert.equal((await c.json('DELETE', '/api/v1/account', { password: 'not my password' })).status, 400);
  assert.equal((await c.json('DELETE', '/api/v1/account', { password })).status, 204);
  assert.equal((await c.request('GET', '/api/v1/me')).status, 401);
});

// Last: it leaves this address throttled for 15 minutes.
test('five failed log-ins lock the account for a while without revealing who exists', { timeout }, async () => {
  const name = uniqueName('bf');
  const c = new Client(server.base);
  const { password } = await c.signUpAndLogIn(name);
  const ghost = await c.json('POST', '/api/v1/login', { username: uniqueName('ghost'), password: 'wrong wrong wrong' });
  const real = await c.json('POST', '/api/v1/login', { username: name, password: 'wrong wrong wrong' });
  assert.equal(ghost.status, 401);
  assert.equal(real.status, ghost.status);
  assert.deepEqual(real.json, ghost.json);
  for (let i = 0; i < 3; i++) {
    assert.equal((await c.json('POST', '/api/v1/login', { username: name, password: 'wrong again!!' })).status, 401);
  }
  // Five failures from this address now: even the right password waits.
  const blocked = await c.json('POST', '/api/v1/login', { username: name, password });
  assert.equal(blocked.status, 429);
  assert.match(blocked.json.error, /wait 15 minutes/);
});
