// Starts the real `refuge` binary on an ephemeral port with a fresh data dir, and a small
// HTTP client with a cookie jar. Used by every integration test.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '..', '..');
export const bin = process.env.REFUGE_BIN || join(repo, 'build', 'refuge');
// Sanitizer builds are several times slower (Argon2id especially).
export const slow = process.env.REFUGE_SLOW === '1';
export const timeout = slow ? 240_000 : 60_000;

export function tempDir(prefix = 'refuge-it-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function run(args, input) {
  return spawnSync(bin, args, { input, encoding: 'utf8', cwd: repo, timeout });
}

export async function startServer(extraArgs = [], dataDir = tempDir()) {
  const proc = spawn(bin, ['serve', '--port', '0', '--data-dir', dataDir, '--log-level', 'info',
                           ...extraArgs], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  let logs = '';
  const base = await new Promise((resolveBase, reject) => {
    const onData = (chunk) => {
      logs += chunk.toString();
      const m = logs.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) resolveBase(m[1]);
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', (code) => reject(new Error(`refuge exited with ${code} before listening:\n${logs}`)));
  });
  proc.stdout.on('data', (c) => { logs += c.toString(); });
  proc.stderr.on('data', (c) => { logs += c.toString(); });
  const exited = new Promise((r) => proc.on('exit', (code, signal) => r({ code, signal })));
  return {
    base, dataDir, proc,
    logs: () => logs,
    async stop() {
      proc.kill('SIGTERM');
      return exited;
    },
  };
}

// A client that keeps cookies and the CSRF token, like a browser or a script would.
export class Client {
  constructor(base) { this.base = base; this.cookies = new Map(); this.csrf = ''; }

  cookieHeader() { return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '); }

  async request(method, path, { body, headers = {}, csrf = true } = {}) {
    const h = { ...headers };
    if (this.cookies.size) h.cookie = this.cookieHeader();
    if (csrf && this.csrf && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrf;
    const res = await fetch(this.base + path, { method, headers: h, body, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim(), value = pair.slice(i + 1).trim();
      if (attrs.some((a) => /max-age=0/i.test(a)) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let json;
    try { json = JSON.parse(text); } catch { json = undefined; }
    return { status: res.status, headers: res.headers, text, json };
  }

  json(method, path, body, opts = {}) {
    return this.request(method, path, {
      ...opts,
      body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)),
      headers: { 'content-type': 'application/json', ...(opts.headers || {}) },
    });
  }

  form(method, path, fields, opts = {}) {
    return this.request(method, path, {
      ...opts,
      body: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(opts.headers || {}) },
    });
  }

  async signUpAndLogIn(username, password = 'a calm green harbour') {
    const s = await this.json('POST', '/api/v1/signup', { username, password });
    if (s.status !== 201) throw new Error(`signup ${s.status} ${s.text}`);
    const l = await this.json('POST', '/api/v1/login', { username, password });
    if (l.status !== 200) throw new Error(`login ${l.status} ${l.text}`);
    this.csrf = l.json.csrf_token;
    return { recovery: s.json.recovery_code, password };
  }
}

export function uniqueName(prefix = 'u') {
  return `${prefix}${Math.random().toString(36).slice(2, 10)}`;
}

// Every file under dir, recursively, as bytes.
export function allFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...allFiles(p));
    else out.push({ path: p, bytes: readFileSync(p) });
  }
  return out;
}
