// Browser tests: the real server, Debian's chromium (never a downloaded browser) through
// playwright-core, and axe-core on every page visited (WCAG 2.0/2.1 A and AA: 0 violations).
// Prints "N passed, M failed" and exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const bin = process.env.REFUGE_BIN || join(repo, 'build', 'refuge');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function startServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'refuge-e2e-data-'));
  const proc = spawn(bin, ['serve', '--port', '0', '--data-dir', dataDir, '--log-level', 'warn'],
                     { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((res, rej) => {
    const on = (c) => {
      out += c.toString();
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) res({ base: m[1], proc, dataDir });
    };
    proc.stdout.on('data', on);
    proc.stderr.on('data', on);
    proc.on('exit', (code) => rej(new Error(`server exited (${code}):\n${out}`)));
  });
}

const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok - ${name}`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`not ok - ${name}\n  ${String(e.stack || e).split('\n').join('\n  ')}`);
  }
}

function assert(cond, msg) { if (!cond) throw new Error(msg); }

const server = await startServer();
const profile = mkdtempSync(join(tmpdir(), 'refuge-e2e-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = context.pages()[0] || await context.newPage();
const problems = [];
// A page answered with 4xx on purpose logs "Failed to load resource" for the document itself;
// sub-resources that fail are caught by the response listener instead.
page.on('console', (m) => {
  if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
    problems.push(`console: ${m.text()}`);
  }
});
page.on('response', (r) => {
  if (r.request().resourceType() !== 'document' && r.status() >= 400) {
    problems.push(`${r.status()} for ${r.url()}`);
  }
});
page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
await context.route('**/*', (route) => {
  const url = new URL(route.request().url());
  if (url.hostname !== '127.0.0.1') {
    problems.push(`request to another host: ${url.href}`);
    return route.abort();
  }
  return route.continue();
});

// axe runs through CDP-free evaluation: the page's CSP forbids inline scripts, and
// page.evaluate runs in the page's isolated world without needing a <script> tag.
async function axe(label) {
  await page.evaluate(axeSource);
  const res = await page.evaluate(async () => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  const summary = res.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  assert(summary.length === 0, `axe on ${label}:\n    ${summary.join('\n    ')}`);
  assert(problems.length === 0, `on ${label}: ${problems.splice(0).join('; ')}`);
}

async function visit(path) {
  const res = await page.goto(server.base + path);
  await axe(path);
  const support = await page.locator('a.support-link[href="/support"]').count();
  assert(support === 1, `${path} has no Support now link`);
  return res;
}

// At 360 px each of `paths` passes visit() (axe, Support now) and nothing scrolls sideways; then
// each of `dark` (the same paths unless given) passes in dark mode. The viewport, colour scheme
// and motion preference are restored even when a check fails.
async function phoneAndDark(paths, { dark = paths, reducedMotion = 'no-preference' } = {}) {
  await page.setViewportSize({ width: 360, height: 740 });
  try {
    for (const path of paths) {
      await visit(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(width <= 360, `${path} scrolls sideways at 360 px (${width})`);
    }
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion });
    for (const path of dark) await visit(path);
  } finally {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await page.setViewportSize({ width: 1280, height: 800 });
  }
}

const username = `e2e${Date.now().toString(36)}`;
const password = 'a gentle morning walk';
const marker = `MARKER-${Math.random().toString(36).slice(2)}`;

await check('signed out: home, support, login and sign-up pages are accessible', async () => {
  await visit('/');
  await visit('/support');
  assert((await page.textContent('.crisis-lines')).includes('988'), 'US crisis line 988 is shown');
  await page.selectOption('#country', 'UK');
  await page.click('form[action="/support"] button');
  await page.waitForURL(/country=UK/);
  assert((await page.textContent('.crisis-lines')).includes('116 123'), 'UK shows Samaritans');
  await axe('/support?country=UK');
  await visit('/login');
  await visit('/signup');
  await visit('/recover');
  await visit('/no-such-page');
});

await check('keyboard: the skip link comes first and moves focus to main', async () => {
  await page.goto(server.base + '/login');
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.className);
  assert(first.includes('skip-link'), `first Tab reached "${first}"`);
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => document.activeElement.id);
  assert(focused === 'main', `Enter on the skip link focused "${focused}"`);
});

await check('sign up, keep the recovery code, write, read, edit and delete an entry', async () => {
  await visit('/signup');
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.fill('#password_confirm', password);
  await page.click('form[action="/signup"] button[type="submit"]');
  await page.waitForSelector('#recovery-code');
  await axe('sign-up result');
  const code = await page.textContent('#recovery-code');
  assert(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/.test(code.trim()), `recovery code looks like ${code}`);
  await page.click('text=I have saved it');
  await page.waitForURL(/\/journal$/);
  await axe('/journal (empty)');
  await visit('/journal/new');
  await page.fill('#text', `Today I was kind to myself. ${marker}`);
  await page.selectOption('#mood', '7');
  await page.fill('#tags', 'kindness, evening');
  await page.click('main form button[type="submit"]');
  await page.waitForURL(/\/journal\/[a-z2-7]{26}$/);
  await axe('entry page');
  assert((await page.textContent('.entry-text')).includes(marker), 'entry shows the marker');
  await visit('/journal');
  assert((await page.textContent('.entry-list')).includes(marker), 'list shows the marker');
  await page.click('.entry-item a');
  await page.click('text=Edit');
  await axe('edit page');
  await page.fill('#text', `Edited: ${marker}`);
  await page.click('main form button[type="submit"]');
  await page.waitForSelector('.notice');
  assert((await page.textContent('.entry-text')).startsWith('Edited:'), 'edit saved');
  await page.click('form[action$="/delete"] button');
  await page.waitForURL(/\/journal\?deleted=1$/);
  assert(!(await page.content()).includes(marker), 'deleted entry is gone from the list');
  assert((await page.textContent('main .notice')).includes('The entry was deleted.'), 'says so');
  await axe('journal after a deletion');
  await visit('/account');
  await visit('/account/password');
  await visit('/');
});

await check('a validation problem keeps what was typed', async () => {
  await page.goto(server.base + '/journal/new');
  await page.fill('#text', 'keep these words');
  await page.fill('#tags', 'x'.repeat(41));
  await page.click('main form button[type="submit"]');
  await page.waitForSelector('.alert');
  await axe('journal form with an error');
  assert((await page.inputValue('#text')) === 'keep these words', 'the text was kept');
});

await check('phone width (360 px): no horizontal scroll; dark mode passes axe', async () => {
  await phoneAndDark(['/', '/journal', '/support', '/account'],
    { dark: ['/', '/journal', '/support', '/journal/new'], reducedMotion: 'reduce' });
});

await check('log out: the journal then asks to log in', async () => {
  await page.goto(server.base + '/');
  await page.click('form[action="/logout"] button');
  await page.waitForURL(server.base + '/');
  await page.goto(server.base + '/journal');
  assert(page.url().endsWith('/login'), `after log-out /journal went to ${page.url()}`);
});

// Feature checks, one module per feature (each gets the same helpers).
// A new person for a feature module: cookies cleared, signed up and logged in through the API
// (`prefix` starts the username, which must be unique in this run).
async function signUpAndLogIn(prefix, password) {
  await context.clearCookies();
  const username = `${prefix}${Date.now().toString(36)}`;
  await page.request.post(`${server.base}/api/v1/signup`, { data: { username, password } });
  const login = await page.request.post(`${server.base}/api/v1/login`, { data: { username, password } });
  assert(login.ok(), `log-in answered ${login.status()}`);
  return { username, password };
}
const helpers = { check, assert, axe, visit, page, context, server, signUpAndLogIn, phoneAndDark };
// E2E_ONLY=journal_search (a module's name, or several joined by commas) runs just those.
const only = (process.env.E2E_ONLY || '').split(',').filter(Boolean);
for (const mod of ['./practices.mjs', './assessments.mjs', './thoughts.mjs', './safety_plan.mjs',
                   './attachment_story.mjs', './program.mjs', './nav.mjs', './journal_search.mjs']) {
  if (only.length && !only.some((name) => mod === `./${name}.mjs`)) continue;
  const { run } = await import(mod);
  await run(helpers);
}

await context.close();
server.proc.kill('SIGTERM');
rmSync(profile, { recursive: true, force: true });
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
