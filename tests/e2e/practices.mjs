// Browser checks for issue 5: the practice library, the player (run to the end with the bell,
// then logged), the breathing pacer's timing after ten minutes, Support now signed out, the
// self-soothing kit and the progress page. axe-core must report 0 violations on each page.
export async function run({ check, assert, axe, visit, page, context, server }) {
  const base = server.base;

  await check('Support now works signed out: one-minute starts and crisis lines', async () => {
    await context.clearCookies();
    await visit('/support');
    assert((await page.textContent('.crisis-lines')).includes('988'), 'crisis lines are shown');
    assert(await page.locator('a[href^="/breathe?"]').count() === 1, 'a one-tap pacer start');
    await page.click('a[href="/practices/grounding-5-4-3-2-1/play?variant=1"]');
    await page.waitForSelector('#player:not([hidden])');
    await axe('grounding player (signed out)');
  });

  await check('practice library and a practice page are accessible', async () => {
    await visit('/practices');
    const count = await page.locator('.practice-item').count();
    assert(count >= 11, `the library lists ${count} practices`);
    await visit('/practices/loving-kindness');
    assert((await page.textContent('main')).includes('A difficult person'), 'stages are listed');
    await visit('/practices/safe-place');
    assert(await page.locator('input[value="10-open"]').count() === 1, 'eyes-open variant offered');
    const res = await visit('/practices/no-such-practice');
    assert(res.status() === 404, `unknown practice answered ${res.status()}`);
    assert(await page.locator('main a[href="/practices"]').count() >= 1, '404 links back');
  });

  // Sign up and log in through the API (the context shares cookies with the page).
  const username = `prac${Date.now().toString(36)}`;
  const password = 'slow rivers carry light';
  await page.request.post(`${base}/api/v1/signup`, { data: { username, password } });
  const login = await page.request.post(`${base}/api/v1/login`, { data: { username, password } });
  assert(login.ok(), `log-in answered ${login.status()}`);

  // The fake clock (shared by the whole context) lets a minute-long practice and a ten-minute
  // pacer run in a moment; time keeps flowing normally between the jumps.
  await page.clock.install();

  await check('player: a short variant runs to the end with the bell and is logged', async () => {
    await visit('/practices/grounding-5-4-3-2-1/play?variant=1');
    await page.check('#suds-before-6', { force: true });
    await page.click('#player-start');
    await page.waitForFunction(() => document.getElementById('player').dataset.state === 'running');
    const first = await page.textContent('#player-text');
    assert(first.includes('feet'), `the first step is shown: ${first}`);
    const time = await page.textContent('#player-time');
    assert(/^Step 1 \/ 7 · 1:00 left$/.test(time), `progress text: ${time}`);
    await axe('player running');
    await page.clock.runFor(30_000);
    const middle = await page.textContent('#player-text');
    assert(middle !== first, 'the step changed after 30 seconds');
    await page.clock.runFor(31_000);
    await page.waitForFunction(() => document.getElementById('player').dataset.state === 'finished');
    const bells = Number(await page.getAttribute('#player', 'data-bells'));
    assert(bells >= 7, `the bell rang at each step and the end (${bells} times)`);
    await page.check('#suds-after-3', { force: true });
    await axe('player finished');
    await page.click('#player-save');
    await page.waitForFunction(() => document.getElementById('player').dataset.state === 'saved');
    const log = await (await page.request.get(`${base}/api/v1/practice-sessions`)).json();
    const s = log.sessions[0];
    assert(s && s.practice_id === 'grounding-5-4-3-2-1' && s.variant === '1', 'logged the practice');
    assert(s.completed === true && s.suds_before === 6 && s.suds_after === 3, JSON.stringify(s));
    assert(s.seconds >= 59 && s.seconds <= 62, `logged ${s.seconds} seconds`);
  });

  await check('player: stopping early is logged as partial; keyboard only', async () => {
    await page.goto(`${base}/practices/loving-kindness/play?variant=3`);
    await page.focus('#player-start');
    await page.keyboard.press('Enter');
    await page.clock.runFor(20_000);
    await page.focus('#player-stop');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('player').dataset.state === 'stopped');
    await page.focus('#player-save');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('player').dataset.state === 'saved');
    const log = await (await page.request.get(`${base}/api/v1/practice-sessions`)).json();
    const s = log.sessions.find((x) => x.practice_id === 'loving-kindness');
    assert(s && s.completed === false && s.seconds >= 19 && s.seconds <= 21, JSON.stringify(s));
  });

  await check('pacer: after ten minutes the phase is within 50 ms of schedule', async () => {
    await visit('/breathe');
    await page.check('#pattern-4-7-8');
    await page.selectOption('#pacer-minutes', '15');
    await page.click('#pacer-toggle');
    await page.waitForFunction(() => document.getElementById('pacer').dataset.state === 'running');
    await page.clock.runFor(600_000 + 1_234);
    const r = await page.evaluate(() => {
      const d = document.getElementById('pacer').dataset;
      return { now: performance.now(), startedAt: Number(d.startedAt), elapsed: Number(d.elapsedMs),
               phase: d.phase, phaseStart: Number(d.phaseStartMs), cue: document.getElementById('pacer-cue').textContent,
               transform: document.getElementById('pacer-shape').style.transform };
    });
    // The schedule computed here, independently: 4 s in, 7 s hold, 8 s out.
    const trueElapsed = r.now - r.startedAt;
    const schedule = [['in', 4000], ['hold_in', 7000], ['out', 8000]];
    const t = trueElapsed % 19000;
    let acc = 0, expected = null, expectedStart = 0;
    for (const [kind, ms] of schedule) {
      if (t < acc + ms) { expected = kind; expectedStart = trueElapsed - (t - acc); break; }
      acc += ms;
    }
    assert(Math.abs(r.elapsed - trueElapsed) <= 50, `shown ${r.elapsed} ms, clock ${trueElapsed} ms`);
    assert(r.phase === expected, `phase ${r.phase}, schedule says ${expected}`);
    assert(Math.abs(r.phaseStart - expectedStart) <= 50, `phase began ${r.phaseStart}, schedule ${expectedStart}`);
    assert(r.transform.startsWith('scale('), 'the shape is animated');
    assert(r.cue.length > 0, 'the words follow the phase');
    await axe('pacer running');
    await page.click('#pacer-toggle');
    await page.waitForFunction(() => document.getElementById('pacer-status').textContent.length > 0);
  });

  await check('pacer: a custom rhythm out of range is refused with words', async () => {
    await page.goto(`${base}/breathe`);
    await page.check('#pattern-custom');
    await page.fill('#custom-in', '25');
    await page.click('#pacer-toggle');
    const msg = await page.textContent('#pacer-status');
    assert(msg.includes('1 to 20'), `message: ${msg}`);
    await axe('pacer with a refused rhythm');
  });

  await check('self-soothing kit is saved and shown on Support now; progress shows the log', async () => {
    await visit('/kit');
    await page.fill('#kit-sound', 'Rain sounds\nMy sister\'s voice message');
    await page.fill('#kit-places', 'The bench by the river');
    await page.click('main form button[type="submit"]');
    await page.waitForURL(/\/kit\?saved=1$/);
    await axe('kit saved');
    await visit('/support');
    const support = await page.textContent('main');
    assert(support.includes('Rain sounds') && support.includes('The bench by the river'), 'kit on Support now');
    await visit('/progress');
    assert(await page.locator('svg.chart rect.chart-bar').count() >= 1, 'the weekly chart has a bar');
    const table = await page.textContent('section[aria-labelledby="uses-heading"] table');
    assert(table.includes('5-4-3-2-1 grounding'), 'the practices used are listed');
    assert(!/streak/i.test(await page.textContent('main')), 'no streak counter');
  });
}
