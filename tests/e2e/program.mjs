// Browser checks for the program, keyboard only: open Program from the navigation, open module
// 1, write and save a reflection, mark the module done, see it done on /program and the home card
// move on to module 2; crisis words in a reflection lead to Support now (emergency number, a link
// back) with the text still there. axe-core reports 0 violations on /program and a module page,
// light and dark, and nothing scrolls sideways at 360 px.
export async function run({ check, assert, axe, visit, page, context, server, signUpAndLogIn, phoneAndDark }) {
  const base = server.base;
  await signUpAndLogIn('prog', 'soft rain on the window');
  const marker = `REFLECT-${Math.random().toString(36).slice(2)}`;

  // Presses Tab until `test` (run in the page on document.activeElement) is true.
  async function tabTo(test, what) {
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(test)) return;
    }
    throw new Error(`Tab never reached ${what}`);
  }
  const focusedHref = (href) => `document.activeElement?.getAttribute('href') === ${JSON.stringify(href)}`;

  let first = '', second = '', slug = '';

  await check('program: keyboard only, open module 1, save a reflection, mark it done', async () => {
    await visit('/');
    assert((await page.textContent('main')).includes('Begin with module 1'), 'home offers module 1');
    await tabTo(focusedHref('/program'), 'Program in the navigation');
    await Promise.all([page.waitForURL(/\/program$/), page.keyboard.press('Enter')]);
    await axe('/program');
    const links = await page.locator('.program-path h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert(links.length === 8, `eight modules on the path (${links.length})`);
    [first, second] = links;
    await tabTo(focusedHref(first), 'module 1');
    await Promise.all([page.waitForURL(new RegExp(`${first}$`)), page.keyboard.press('Enter')]);
    await axe('module 1');
    slug = (await page.locator('form.program-reflection').first().getAttribute('id')).replace('reflection-', '');
    await tabTo(`document.activeElement?.id === 'text-${slug}'`, 'the first reflection');
    await page.keyboard.type(`A kind teacher once waited for me. ${marker}`);
    await page.keyboard.press('Tab');
    assert((await page.evaluate(() => document.activeElement?.textContent)).includes('Save this reflection'),
      'Tab reaches the save button');
    await Promise.all([page.waitForURL(/\?saved=/), page.keyboard.press('Enter')]);
    await axe('module 1 saved');
    assert((await page.inputValue(`#text-${slug}`)).includes(marker), 'the reflection is saved and shown');
    assert((await page.textContent(`#reflection-${slug} .notice`)).includes('saved'), 'a calm saved note');
    await tabTo("document.activeElement?.textContent?.includes('Mark this module as done')", 'the done button');
    await Promise.all([page.waitForURL(/done=1/), page.keyboard.press('Enter')]);
    assert((await page.textContent('#done')).includes('Mark as not done'), 'the module is done');
    await tabTo(focusedHref('/program'), 'Program in the navigation');
    await Promise.all([page.waitForURL(/\/program$/), page.keyboard.press('Enter')]);
    const step = await page.locator('.program-step').first().textContent();
    assert(step.includes('Done'), 'module 1 shows as done on the path');
    assert(!(await page.locator('.program-step').nth(1).textContent()).includes('Done'), 'module 2 is not');
    await visit('/');
    const card = await page.textContent('.program-card');
    assert(card.includes('Continue with module 2'), `the home card moved on (${card})`);
    assert(await page.locator(`.program-card a[href="${second}"]`).count() === 1, 'it links to module 2');
  });

  await check('program: a reflection is saved as you type, and there after a reload', async () => {
    await page.goto(`${base}${second}`);
    const other = (await page.locator('form.program-reflection').nth(1).getAttribute('id')).replace('reflection-', '');
    await page.click(`#text-${other}`);
    await page.keyboard.type(`Typed without pressing save ${marker}`);
    await page.waitForSelector(`#reflection-${other} .autosave-status:has-text("Saved as you type")`, { timeout: 5000 });
    assert(await page.isHidden(`#reflection-${other} .crisis-note`), 'no crisis note for ordinary words');
    await axe('module 2 saved as you type');
    await page.reload();
    assert((await page.inputValue(`#text-${other}`)) === `Typed without pressing save ${marker}`,
      'the words are there after a reload');
  });

  await check('program: crisis words in a reflection lead to Support now, with the text kept', async () => {
    await page.goto(base + second);
    const slug2 = (await page.locator('form.program-reflection').first().getAttribute('id')).replace('reflection-', '');
    const words = 'Some nights I want to die.';
    await page.fill(`#text-${slug2}`, words);
    await page.click(`#reflection-${slug2} button[type="submit"]`);
    await page.waitForSelector('#interrupt-heading');
    await axe('support interruption from the program');
    const main = await page.textContent('main');
    assert(main.includes('In an emergency, call'), 'the emergency number is shown');
    assert((await page.textContent('.crisis-lines')).includes('988'), 'the crisis lines are shown');
    const back = page.locator(`main a[href^="${second}?saved=${slug2}"]`);
    assert(await back.count() === 1, 'a link back to the module');
    await Promise.all([page.waitForURL(new RegExp(`${second}\\?saved=`)), back.click()]);
    assert((await page.inputValue(`#text-${slug2}`)) === words, 'the words are still there');
  });

  await check('program: a reflection that is too long is refused, every character kept', async () => {
    await page.goto(base + first);
    const long = `${marker} ${'é'.repeat(10000)}`;
    await page.fill(`#text-${slug}`, long);
    await page.click(`#reflection-${slug} button[type="submit"]`);
    await page.waitForSelector('[role="alert"]');
    assert((await page.textContent('[role="alert"]')).includes('not saved yet'), 'the summary says so');
    assert((await page.textContent(`#error-${slug}`)).includes('10,000 characters'), 'the problem is named');
    assert((await page.inputValue(`#text-${slug}`)) === long, 'every character is kept');
    assert(await page.evaluate(() => document.activeElement?.id) === `text-${slug}`, 'the box has focus');
    await axe('module with a refused reflection');
  });

  await check('program: 360 px and dark mode pass axe on the path and a module', async () => {
    await phoneAndDark(['/program', first, '/']);
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await visit(first);  // wide and dark
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });
}
