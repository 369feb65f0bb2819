// Browser checks for "My attachment story": a topic written and saved keyboard-only and then
// listed as written; words saved as you type; crisis wording is saved and leads straight to
// Support now (the emergency number and a link back to the topic, where the words still are);
// axe-core reports 0 violations on the list and on a topic page in light and dark, and nothing
// scrolls sideways at 360 px.
export async function run({ check, assert, axe, visit, page, context, server, signUpAndLogIn, phoneAndDark }) {
  const base = server.base;
  await signUpAndLogIn('story', 'old photographs in a tin');
  const marker = `STORY-${Math.random().toString(36).slice(2)}`;

  await check('attachment story: home and the navigation link to it; the list is accessible', async () => {
    await visit('/');
    assert(await page.locator('main a[href="/attachment-story"]').count() === 1, 'home links to the story');
    assert(await page.locator('nav a[href="/attachment-story"]').count() === 1, 'the navigation links to it');
    await visit('/attachment-story');
    const main = await page.textContent('main');
    assert(main.includes('You can stop at any moment'), 'says you can stop');
    assert(await page.locator('.story-topics li').count() === 12, 'twelve topics');
    assert(await page.locator('.story-topics .story-written').count() === 0, 'none written yet');
  });

  await check('attachment story: a topic written and saved keyboard-only, then listed as written', async () => {
    await page.goto(`${base}/attachment-story/closer-to`);
    await axe('/attachment-story/closer-to');
    let guard = 0;
    while (await page.evaluate(() => document.activeElement?.id) !== 'story-text') {
      await page.keyboard.press('Tab');
      assert(++guard < 40, 'Tab reaches the text box');
    }
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert(outline !== 'none', 'the focused box shows a visible focus ring');
    await page.keyboard.type(`My aunt, ${marker}.`);
    await page.keyboard.press('Enter');
    await page.keyboard.type('She listened.');
    await page.keyboard.press('Tab');
    const onButton = await page.evaluate(() => document.activeElement?.textContent);
    assert(onButton.includes('Save my reflection'), `Tab then reaches the save button (${onButton})`);
    await Promise.all([page.waitForURL(/\/attachment-story\/closer-to\?saved=1$/),
      page.keyboard.press('Enter')]);
    await axe('topic saved');
    assert((await page.textContent('.notice')).includes('Saved.'), 'a calm saved note');
    assert((await page.inputValue('#story-text')) === `My aunt, ${marker}.\nShe listened.`,
      'the words are in the box as typed');
    await visit('/attachment-story');
    const item = page.locator('.story-topics li', { has: page.locator('a[href="/attachment-story/closer-to"]') });
    assert((await item.textContent()).includes('Written'), 'listed as written');
    assert((await item.textContent()).includes('Last edited'), 'with the date it was edited');
  });

  await check('attachment story: words are saved as you type, without pressing save', async () => {
    await page.goto(`${base}/attachment-story/first-separations`);
    await page.click('#story-text');
    await page.keyboard.type(`First day at school, ${marker}`);
    await page.waitForSelector('#autosave-status:has-text("Saved as you type")', { timeout: 5000 });
    assert(await page.isHidden('#crisis-note'), 'no crisis note for ordinary words');
    await axe('topic saved as you type');
    await page.reload();
    assert((await page.inputValue('#story-text')) === `First day at school, ${marker}`,
      'the words are there after a reload');
  });

  await check('attachment story: crisis words are saved, then Support now with the emergency number and a way back', async () => {
    await page.goto(`${base}/attachment-story/losses`);
    const words = `${marker} Some nights I want to die tonight.`;
    await page.fill('#story-text', words);
    await page.click('form[action="/attachment-story/losses"] button[type="submit"]');
    await page.waitForSelector('#interrupt-heading');
    await axe('support after a reflection');
    assert((await page.textContent('.emergency')).includes('911'), 'the emergency number is shown');
    assert(await page.locator('.crisis-lines a[href^="tel:"]').count() >= 1, 'crisis lines shown');
    const back = page.locator('main a[href="/attachment-story/losses"]');
    assert(await back.count() === 1, 'a link back to the topic');
    await Promise.all([page.waitForURL(/\/attachment-story\/losses$/), back.click()]);
    assert((await page.inputValue('#story-text')) === words, 'the words are still there');
  });

  await check('attachment story: an error keeps the text; 360 px and dark mode pass axe', async () => {
    await page.goto(`${base}/attachment-story/who-raised-you`);
    const long = `${marker} ${'x'.repeat(10000)}`;
    await page.fill('#story-text', long);
    await page.click('form[action="/attachment-story/who-raised-you"] button[type="submit"]');
    await page.waitForSelector('#form-error');
    assert((await page.inputValue('#story-text')) === long, 'every typed character is kept');
    assert(await page.getAttribute('#story-text', 'aria-invalid') === 'true', 'marked invalid');
    await axe('topic with an error');
    await phoneAndDark(['/attachment-story', '/attachment-story/five-words'],
      { dark: ['/attachment-story', '/attachment-story/closer-to'] });
  });
}
