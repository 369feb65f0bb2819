// Headers, bad input and the operational endpoints, against the real binary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, run, timeout } from './server.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { if (server) await server.stop(); });

function assertSecurityHeaders(res, what) {
  const csp = res.headers.get('content-security-policy') || '';
  assert.match(csp, /default-src 'self'/, `${what}: CSP`);
  assert.match(csp, /frame-ancestors 'none'/, `${what}: frame-ancestors`);
  assert.doesNotMatch(csp, /unsafe-inline/, `${what}: no unsafe-inline`);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff', what);
  assert.equal(res.headers.get('referrer-policy'), 'no-referrer', what);
  assert.ok(res.headers.get('permissions-policy'), `${what}: Permissions-Policy`);
}

test('healthz answers ok', async () => {
  const r = await new Client(server.base).request('GET', '/healthz');
  assert.equal(r.status, 200);
  assert.deepEqual(r.json, { status: 'ok' });
});

test('every kind of response carries the security headers', { timeout }, async () => {
  const c = new Client(server.base);
  const big = 'x'.repeat(1024 * 1024 + 10);
  const cases = [
    ['page', await c.request('GET', '/')],
    ['api', await c.request('GET', '/healthz')],
    ['404', await c.request('GET', '/no/such/page')],
    ['static', await c.request('GET', '/static/css/refuge.css')],
    ['413', await c.request('POST', '/api/v1/signup', { body: big, headers: { 'content-type': 'application/json' } })],
  ];
  for (const [what, res] of cases) assertSecurityHeaders(res, what);
  assert.equal(cases[3][1].status, 200);
  assert.equal(cases[4][1].status, 413);
});

test('bad input gets a clear 4xx', { timeout }, async () => {
  const c = new Client(server.base);
  const malformed = await c.json('POST', '/api/v1/signup', '{"username": "ana", ');
  assert.equal(malformed.status, 400);
  assert.match(malformed.json.error, /malformed JSON at line 1, column \d+/);

  const missing = await c.json('POST', '/api/v1/signup', { username: 'ana' });
  assert.equal(missing.status, 400);
  assert.match(missing.json.error, /password/);

  const badUtf8 = await c.request('POST', '/api/v1/signup', {
    body: Buffer.concat([Buffer.from('{"username":"ab'), Buffer.from([0xff]), Buffer.from('","password":"x"}')]),
    headers: { 'content-type': 'application/json' },
  });
  assert.equal(badUtf8.status, 400);
  assert.match(badUtf8.json.error, /UTF-8/);

  const notJson = await c.request('POST', '/api/v1/signup', { body: '{}', headers: { 'content-type': 'text/plain' } });
  assert.equal(notJson.status, 415);

  const page404 = await c.request('GET', '/no/such/page');
  assert.equal(page404.status, 404);
  assert.match(page404.headers.get('content-type'), /text\/html/);
  assert.match(page404.text, /href="\/support"/);
  assert.match(page404.text, /href="\/"/);

  // Requests the server answers itself are still Refuge pages, with Support now one tap away.
  const unreadable = await c.request('GET', '/journal/%ff');
  assert.equal(unreadable.status, 400);
  assert.match(unreadable.headers.get('content-type'), /text\/html/);
  assert.match(unreadable.text, /read that request/);
  assert.match(unreadable.text, /class="support-link" href="\/support"/);
  const tooLarge = await c.request('POST', '/journal', {
    body: 'text=' + 'x'.repeat(1024 * 1024 + 10),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(tooLarge.status, 413);
  assert.match(tooLarge.text, /larger than Refuge can take at once/);
  assert.match(tooLarge.text, /href="\/support"/);
  assertSecurityHeaders(tooLarge, 'a server-made page');

  const api404 = await c.request('GET', '/api/v1/nothing-here');
  assert.equal(api404.status, 404);
  assert.ok(api404.json.error);

  const wrong = await c.request('DELETE', '/healthz');
  assert.equal(wrong.status, 405);
  assert.match(wrong.headers.get('allow'), /GET/);
  const wrongApi = await c.json('PUT', '/api/v1/login', {});
  assert.equal(wrongApi.status, 405);
  assert.match(wrongApi.headers.get('allow'), /POST/);
});

test('an invalid UTF-8 form field is refused with a clear message', { timeout }, async () => {
  const c = new Client(server.base);
  await c.signUpAndLogIn(`f${Date.now()}`);
  const page = await c.request('GET', '/journal/new');
  const token = page.text.match(/name="csrf_token" value="([^"]+)"/)[1];
  const r = await c.request('POST', '/journal', {
    body: `csrf_token=${token}&text=caf%C3`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(r.status, 400);
  assert.match(r.text, /UTF-8/);
});

test('the binary explains itself', () => {
  const v = run(['--version']);
  assert.equal(v.status, 0);
  assert.match(v.stdout, /refuge \d+\.\d+\.\d+/);
  for (const args of [['--help'], ['serve', '--help'], ['backup', '--help'], ['restore', '--help'],
                      ['admin', 'create-user', '--help']]) {
    const r = run(args);
    assert.equal(r.status, 0, args.join(' '));
    assert.match(r.stdout, /Usage|Options/i, args.join(' '));
  }
});

test('logs have one line per request with a request id, and no query strings', { timeout }, async () => {
  const c = new Client(server.base);
  await c.request('GET', '/journal?secret-query=do-not-log');
  const lines = server.logs().split('\n').filter((l) => l.includes(' http: '));
  assert.ok(lines.length > 0);
  for (const l of lines) assert.match(l, /^\S+ (info|warn|error) http: [a-z0-9]{12} /);
  assert.ok(!server.logs().includes('do-not-log'));
});
