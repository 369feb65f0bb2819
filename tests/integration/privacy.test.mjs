// The foundation's promise: what a person writes is readable only by them, and never lands in
// the data directory or the logs in the clear.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { startServer, Client, uniqueName, allFiles, timeout } from './server.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { if (server) await server.stop(); });

test('a scripted JSON session writes and reads back an entry that is sealed at rest', { timeout }, async () => {
  const c = new Client(server.base);
  const username = uniqueName('ana');
  const password = `quiet river ${randomBytes(4).toString('hex')}`;
  const signup = await c.json('POST', '/api/v1/signup', { username, password });
  assert.equal(signup.status, 201);
  assert.match(signup.json.recovery_code, /^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);

  const login = await c.json('POST', '/api/v1/login', { username, password });
  assert.equal(login.status, 200);
  assert.ok(login.json.csrf_token);
  const setCookie = login.headers.getSetCookie().find((s) => s.startsWith('refuge_session='));
  assert.match(setCookie, /HttpOnly/i);
  assert.match(setCookie, /SameSite=Lax/i);
  c.csrf = login.json.csrf_token;

  const marker = `MARKER-${randomBytes(8).toString('hex')}`;
  const created = await c.json('POST', '/api/v1/journal',
    { text: `Today I noticed ${marker} and breathed.`, mood: 6, tags: ['calm', 'evening'] });
  assert.equal(created.status, 201, created.text);
  const id = created.json.id;

  const got = await c.request('GET', `/api/v1/journal/${id}`);
  assert.equal(got.status, 200);
  assert.equal(got.json.text, `Today I noticed ${marker} and breathed.`);
  assert.equal(got.json.mood, 6);
  assert.deepEqual(got.json.tags, ['calm', 'evening']);
  const list = await c.request('GET', '/api/v1/journal');
  assert.equal(list.json.total, 1);
  assert.equal(list.json.entries[0].id, id);

  const page = await c.request('GET', `/journal/${id}`);
  assert.ok(page.text.includes(marker), 'the page shows the entry to its author');
  // A search is personal text too: the page's box posts it (no address to keep), it finds the
  // entry, the page is not cached, and the request log below has the path only. A ?q= address
  // someone typed works the same way.
  const listPage = await c.request('GET', '/journal');
  assert.match(listPage.text, /<form class="form search-form" method="post" action="\/journal\/search"/);
  const search = await c.form('POST', '/journal/search', { csrf_token: c.csrf, q: marker });
  assert.equal(search.status, 200);
  assert.ok(search.text.includes(`<mark>${marker}</mark>`), 'the search found the entry');
  assert.equal(search.headers.get('cache-control'), 'no-store');
  const typed = await c.request('GET', `/journal?q=${encodeURIComponent(marker)}`);
  assert.ok(typed.text.includes(`<mark>${marker}</mark>`), 'a typed address finds it too');
  const forged = await c.form('POST', '/journal/search', { csrf_token: 'forged', q: marker });
  assert.equal(forged.status, 403, 'a search posted without the form token is refused');
  const found = await c.request('GET', `/api/v1/journal?q=${encodeURIComponent(marker)}`);
  assert.equal(found.json.total_matches, 1);

  const { dataDir } = server;
  const { code } = await server.stop();
  const logs = server.logs();
  server = null;
  assert.equal(code, 0, 'graceful shutdown exits 0');
  const files = allFiles(dataDir);
  assert.ok(files.some((f) => f.path.endsWith('refuge.db')), 'the database is in the data dir');
  for (const f of files) {
    assert.equal(f.bytes.indexOf(marker), -1, `${f.path} holds the marker in the clear`);
    assert.equal(f.bytes.indexOf(password), -1, `${f.path} holds the password`);
    assert.equal(f.bytes.indexOf('calm'), -1, `${f.path} holds a tag in the clear`);
  }
  assert.ok(!logs.includes(marker), 'the marker reached the logs');
  assert.match(logs, / POST \/journal\/search 200 /, 'the search request was logged, by its path alone');
  assert.match(logs, / GET \/journal 200 /);
  assert.match(logs, / GET \/api\/v1\/journal 200 /);
  assert.ok(!logs.includes(password), 'the password reached the logs');
  assert.match(logs, /shutting down gracefully/);
});

test('another person cannot read, change or delete the entry', { timeout }, async () => {
  server = server || await startServer();
  const ana = new Client(server.base);
  await ana.signUpAndLogIn(uniqueName('ana'));
  const created = await ana.json('POST', '/api/v1/journal', { text: 'only mine' });
  const id = created.json.id;
  const ben = new Client(server.base);
  await ben.signUpAndLogIn(uniqueName('ben'));
  assert.equal((await ben.request('GET', `/api/v1/journal/${id}`)).status, 404);
  assert.equal((await ben.json('PUT', `/api/v1/journal/${id}`, { text: 'mine now' })).status, 404);
  assert.equal((await ben.request('DELETE', `/api/v1/journal/${id}`)).status, 404);
  assert.equal((await ben.request('GET', `/journal/${id}`)).status, 404);
  assert.equal((await ana.request('GET', `/api/v1/journal/${id}`)).json.text, 'only mine');
});

test('the attachment story is sealed at rest, kept out of the logs, and exported', { timeout }, async () => {
  const own = await startServer();
  try {
    const c = new Client(own.base);
    await c.signUpAndLogIn(uniqueName('ana'));
    const marker = `STORY-${randomBytes(8).toString('hex')}`;
    const put = await c.json('PUT', '/api/v1/attachment-story/who-raised-you',
      { text: `My grandmother, ${marker}.` });
    assert.equal(put.status, 200, put.text);
    assert.equal(put.json.crisis, undefined);
    // Crisis words are saved first; the answer says where support is, and the words never
    // reach the logs (only the derived fact is recorded).
    const crisis = await c.json('PUT', '/api/v1/attachment-story/losses',
      { text: `${marker} I want to die tonight` });
    assert.equal(crisis.status, 200, crisis.text);
    assert.equal(crisis.json.crisis, true);
    assert.equal(crisis.json.support_url, '/support');
    const story = await c.request('GET', '/api/v1/attachment-story');
    assert.equal(story.json.topics.find((t) => t.id === 'losses').text, `${marker} I want to die tonight`);
    const exported = await c.request('GET', '/api/v1/account/export');
    assert.deepEqual(exported.json.attachment_story.topics.map((t) => t.id), ['who-raised-you', 'losses']);
  } finally {
    const { code } = await own.stop();
    assert.equal(code, 0);
  }
  const logs = own.logs();
  for (const f of allFiles(own.dataDir)) {
    assert.equal(f.bytes.indexOf('STORY-'), -1, `${f.path} holds the story in the clear`);
    assert.equal(f.bytes.indexOf('die tonight'), -1, `${f.path} holds the story in the clear`);
  }
  assert.ok(!logs.includes('STORY-'), 'the story reached the logs');
  assert.ok(!logs.includes('die tonight'), 'the crisis words reached the logs');
});
