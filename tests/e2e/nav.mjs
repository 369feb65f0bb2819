// Browser checks for the header menu (web/static/js/nav.js): at phone width the links fold behind
// a Menu button and the header is one row (brand, Menu, Support now — never folded); keyboard
// only it opens, is walked with Tab and closes with Escape back on the button; a link followed
// from it opens the next page closed; wide screens show the whole list inline; without
// JavaScript the page is as before (every link shown, the button hidden). axe-core reports 0
// violations folded and open, light and dark.
export async function run({ check, assert, axe, visit, page, context, server, signUpAndLogIn }) {
  const base = server.base;
  await context.clearCookies();
  const links = ['/', '/practices', '/program', '/journal', '/thoughts', '/attachment-story',
    '/assessments', '/account'];
  const toggle = page.locator('.nav-toggle');
  const support = page.locator('header a.support-link[href="/support"]');
  const expanded = () => toggle.getAttribute('aria-expanded');
  const headerBottom = async () => {
    const box = await page.locator('.site-header').boundingBox();
    return box.y + box.height;
  };
  async function visibleLinks() {
    const seen = [];
    for (const item of await page.locator('#nav-list a, #nav-list button').all()) {
      if (await item.isVisible()) seen.push((await item.textContent()).trim());
    }
    return seen;
  }
  // Folded at phone width: Menu and Support now shown in one short row, no link shown.
  async function folded(what) {
    assert(await toggle.isVisible(), `${what}: the Menu button is shown`);
    assert(await expanded() === 'false', `${what}: the menu starts closed`);
    const shown = await visibleLinks();
    assert(shown.length === 0, `${what}: nav links shown while the menu is closed: ${shown}`);
    assert(await support.isVisible(), `${what}: Support now is shown without opening the menu`);
    const bottom = await headerBottom();
    // One row measures 61 px here; the three-row list before this menu measured 249 px.
    assert(bottom < 90, `${what}: the header ends at ${bottom} px`);
    const [t, s] = [await toggle.boundingBox(), await support.boundingBox()];
    assert(Math.abs(t.y - s.y) < 4, `${what}: Menu and Support now share the row (${t.y}, ${s.y})`);
  }

  await check('nav: at 360 px the links fold behind Menu; Support now stays in a one-row header (light, dark)', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await visit('/');
    await folded('/ signed out');
    await signUpAndLogIn('nav', 'a slow walk by the river');
    await visit('/journal');
    await folded('/journal signed in');
    assert(await page.locator('nav .support-link, #nav-list .support-link').count() === 0,
      'Support now is not inside the navigation that folds');
    assert(await toggle.getAttribute('aria-controls') === 'nav-list', 'the button names the list');
    await page.emulateMedia({ colorScheme: 'dark' });
    await visit('/journal');
    await folded('/journal dark');
    await page.emulateMedia({ colorScheme: 'light' });
    // The narrowest phones in use: the row gives up some padding and still holds all three.
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      await visit('/journal');
      await folded('/journal at 320 px');
    } finally {
      await page.setViewportSize({ width: 360, height: 740 });
    }
  });

  await check('nav: keyboard only — Tab to Menu, Enter opens, Tab walks the links, Escape closes back on Menu', async () => {
    await page.goto(`${base}/journal`);
    let guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.classList.contains('nav-toggle')))) {
      await page.keyboard.press('Tab');
      assert(++guard < 10, 'Tab reaches the Menu button');
    }
    const ring = await toggle.evaluate((b) => {
      const style = getComputedStyle(b);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    assert(ring === 'solid 3px', `the focused Menu button shows the focus ring (${ring})`);
    await page.keyboard.press('Enter');
    assert(await expanded() === 'true', 'Enter opens the menu (aria-expanded="true")');
    assert((await visibleLinks()).length === links.length + 1, 'every link and Log out are shown');
    assert(await page.getAttribute('#nav-list a[href="/journal"]', 'aria-current') === 'page',
      'the current page is marked');
    assert(await support.isVisible(), 'Support now is still shown');
    await axe('menu open at 360 px');
    await page.emulateMedia({ colorScheme: 'dark' });
    await axe('menu open at 360 px, dark');
    await page.emulateMedia({ colorScheme: 'light' });
    for (const href of links) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      assert(at === href, `Tab reaches ${href} (at ${at})`);
    }
    await page.keyboard.press('Tab');
    assert(await page.evaluate(() => document.activeElement?.textContent.trim()) === 'Log out',
      'Tab then reaches Log out');
    await page.keyboard.press('Escape');
    assert(await expanded() === 'false', 'Escape closes the menu');
    assert(await page.evaluate(() => document.activeElement?.classList.contains('nav-toggle')),
      'focus is back on the Menu button');
    assert((await visibleLinks()).length === 0, 'the links fold away again');
    await page.keyboard.press('Enter');
    for (let i = 0; i <= links.length + 1; ++i) await page.keyboard.press('Tab');
    assert(await page.evaluate(() => document.activeElement?.classList.contains('support-link')),
      'after Log out, Tab goes on to Support now');
    assert(await expanded() === 'false', 'leaving the menu with Tab closes it');
  });

  await check('nav: a link followed from the open menu opens its page with the menu closed', async () => {
    await page.goto(`${base}/journal`);
    await toggle.click();
    assert(await expanded() === 'true', 'a click opens the menu');
    await page.mouse.click(180, 720); // below the open list, on the page itself
    assert(await expanded() === 'false', 'a click outside the menu closes it');
    await toggle.click();
    await Promise.all([page.waitForURL(`${base}/thoughts`), page.click('#nav-list a[href="/thoughts"]')]);
    await axe('/thoughts reached from the menu');
    await folded('/thoughts after the menu');
    assert(await page.getAttribute('#nav-list a[href="/thoughts"]', 'aria-current') === 'page',
      'the new page is marked current');
  });

  await check('nav: at 1280 px the button is hidden and every link shows inline; resizing keeps up', async () => {
    await page.goto(`${base}/journal`);
    await toggle.click();
    await page.setViewportSize({ width: 1280, height: 800 });
    assert(!(await toggle.isVisible()), 'no Menu button on a wide screen');
    assert((await visibleLinks()).length === links.length + 1, 'every link and Log out are shown');
    const tops = await page.locator('#nav-list > li').evaluateAll(
      (lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
    assert(Math.max(...tops) - Math.min(...tops) <= 2, `the links sit in one row (${tops})`);
    assert(await headerBottom() < 90, 'the wide header is one row');
    await page.setViewportSize({ width: 360, height: 740 });
    await folded('/journal narrowed again');
    await page.setViewportSize({ width: 1280, height: 800 });
    await visit('/journal');
    assert(!(await toggle.isVisible()), 'no Menu button after a fresh load either');
  });

  await check('nav: without JavaScript every link shows and the Menu button stays hidden', async () => {
    const html = await (await page.request.get(`${base}/journal`)).text();
    assert(/<button type="button" class="nav-toggle" aria-expanded="false" aria-controls="nav-list" hidden>/
      .test(html), 'the page sends the Menu button hidden');
    for (const href of links) {
      assert(html.includes(`<li><a href="${href}"`), `the page sends the ${href} link`);
    }
    const plain = await context.newPage();
    try {
      const cdp = await context.newCDPSession(plain);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      await plain.setViewportSize({ width: 360, height: 740 });
      await plain.goto(`${base}/journal`);
      assert(await plain.locator('.site-header.has-menu').count() === 0, 'the script did not run');
      assert(await plain.getAttribute('.nav-toggle', 'hidden') !== null, 'the button carries hidden');
      assert(!(await plain.locator('.nav-toggle').isVisible()), 'no dead Menu button is shown');
      for (const href of links) {
        assert(await plain.locator(`#nav-list a[href="${href}"]`).isVisible(), `${href} is shown`);
      }
      assert(await plain.locator('#nav-list form[action="/logout"] button').isVisible(), 'Log out is shown');
      assert(await plain.locator('a.support-link').isVisible(), 'Support now is shown');
    } finally {
      await plain.close();
    }
  });
}
