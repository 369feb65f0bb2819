// The program through the real binary: a module file with raw HTML (or any other format error)
// stops start-up with file:line; the API round trip over HTTP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, Client, run, repo, tempDir, uniqueName, timeout } from './server.mjs';

// A copy of content/ with module 1 changed by `edit` (text -> text); returns [dir, file name].
function contentWithModule1(edit) {
  const dir = join(tempDir(), 'content');
  cpSync(join(repo, 'content'), dir, { recursive: true });
  const modules = join(dir, 'program', 'modules');
  const name = readdirSync(modules).find((f) => f.startsWith('01-'));
  const file = join(modules, name);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return [dir, name];
}

function serveFails(contentDir) {
  const r = run(['serve', '--port', '0', '--data-dir', tempDir(), '--content-dir', contentDir]);
  assert.notEqual(r.status, 0, 'start-up must stop');
  return r.stdout + r.stderr;
}

test('start-up stops with file:line when a module has raw HTML or an unknown key', () => {
  const [html, name] = contentWithModule1((t) => t.replace(/\n---\n/, '\n---\n<script>alert(1)</script>\n\n'));
  const lines = readFileSync(join(html, 'program', 'modules', name), 'utf8').split('\n');
  const at = lines.indexOf('<script>alert(1)</script>') + 1;
  assert.match(serveFails(html), new RegExp(`${name}:${at}: raw HTML is not allowed`));

  const [key] = contentWithModule1((t) => t.replace('\ntitle:', '\ntitel:'));
  assert.match(serveFails(key), new RegExp(`${name}:4: unknown key 'titel'`));

  const [link] = contentWithModule1((t) => `${t}\n[elsewhere](https://example.com)\n`);
  assert.match(serveFails(link), /link 'https:\/\/example\.com' is not allowed/);
});

test('the program API: reflections and done over HTTP, kept in the export', { timeout }, async () => {
  const server = await startServer();
  try {
    const c = new Client(server.base);
    await c.signUpAndLogIn(uniqueName('prog'));
    const listed = await c.request('GET', '/api/v1/program');
    assert.equal(listed.status, 200);
    assert.equal(listed.json.modules.length, 8);
    const m = listed.json.modules[0];
    const slug = m.reflections[0].slug;
    const put = await c.json('PUT', `/api/v1/program/${m.id}/reflections/${slug}`, { text: 'a small kindness' });
    assert.equal(put.status, 200, put.text);
    const done = await c.json('PUT', `/api/v1/program/${m.id}/done`, { done: true });
    assert.equal(done.status, 200, done.text);
    const again = (await c.request('GET', '/api/v1/program')).json.modules[0];
    assert.equal(again.done, true);
    assert.equal(again.reflections[0].text, 'a small kindness');
    const exported = (await c.request('GET', '/api/v1/account/export')).json;
    assert.equal(exported.program.modules[0].reflections[0].text, 'a small kindness');
    assert.ok(!server.logs().includes('a small kindness'), 'the words are never logged');
  } finally {
    await server.stop();
  }
});
