// Browser checks for searching the journal: two entries written, a search done by keyboard alone
// finds the one with the word (marked) without putting the word in the address, the search is
// cleared; a too-long search keeps its words; axe-core reports 0 violations at 1280 px and at
// 360 px (light and dark), and nothing scrolls sideways at 360 px.
export async function run({ check, assert, axe, visit, page, context, server, signUpAndLogIn, phoneAndDark }) {
  const base = server.base;
  await signUpAndLogIn('find', 'herons wait by still water');

  async function write(text, tags) {
    await page.goto(`${base}/journal/new`);
    await page.fill('#text', text);
    await page.fill('#tags', tags);
    await page.click('main form button[type="submit"]');
    await page.waitForURL(/\/journal\/[a-z2-7]{26}$/);
  }

  // Moves focus with Tab until `selector` has it.
  async function tabTo(selector, what) {
    for (let guard = 0; !(await page.evaluate((s) => document.activeElement?.matches(s), selector)); ++guard) {
      assert(guard < 60, `Tab reaches ${what}`);
      await page.keyboard.press('Tab');
    }
  }

  await check('journal search: found by keyboard alone, the word marked, then cleared', async () => {
    await write('A grey Heron stood by the pond this morning.', 'outside');
    await write('Tea with my sister; we talked for hours.', 'family');
    await visit('/journal');
    await tabTo('#q', 'the search box');
    const label = await page.evaluate(() => document.activeElement.labels[0]?.textContent);
    assert(label === 'Search your entries', `the box has its label (${label})`);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert(outline !== 'none', 'the focused box shows a visible focus ring');
    await page.keyboard.type('heron');
    await Promise.all([page.waitForURL(/\/journal\/search$/), page.keyboard.press('Enter')]);
    assert(!page.url().includes('heron'), 'the words stay out of the address and history');
    await axe('journal search results');
    assert(await page.locator('.entry-item').count() === 1, 'one entry found');
    const marked = await page.locator('.entry-item mark').allTextContents();
    assert(marked.length === 1 && marked[0] === 'Heron', `the word is marked (${marked})`);
    const summary = await page.textContent('#search-summary');
    assert(summary.includes('1 entry contains “heron”'), `the count is said (${summary})`);
    assert(await page.inputValue('#q') === 'heron', 'the query stays in the box');
    assert(!(await page.textContent('main')).includes('Tea with my sister'), 'the other entry is not shown');

    await tabTo('a[href="/journal"]', 'the link that clears the search');
    await Promise.all([page.waitForURL(/\/journal$/), page.keyboard.press('Enter')]);
    assert(await page.locator('.entry-item').count() === 2, 'both entries again');
    assert(await page.inputValue('#q') === '', 'the box is empty');
    assert(await page.locator('mark').count() === 0, 'nothing marked');
  });

  await check('journal search: too long keeps the words; none found is said kindly', async () => {
    const long = 'heron '.repeat(40).trim();  // 239 characters
    await page.goto(`${base}/journal`);
    await page.fill('#q', long);
    await Promise.all([page.waitForURL(/\/journal\/search$/), page.press('#q', 'Enter')]);
    await page.waitForSelector('#q-error');
    assert(await page.inputValue('#q') === long, 'the typed search is kept');
    assert(await page.getAttribute('#q', 'aria-invalid') === 'true', 'marked invalid');
    await axe('journal search too long');
    await page.fill('#q', 'kingfisher');
    await page.press('#q', 'Enter');
    await page.waitForSelector('#search-summary');  // the page before had no summary
    assert((await page.textContent('#search-summary')).includes('No entries contain “kingfisher” yet.'),
      'none found is said');
    await axe('journal search with no match');
  });

  await check('journal search: 360 px and dark mode pass axe, nothing scrolls sideways', async () => {
    await phoneAndDark(['/journal', '/journal?q=heron', `/journal?q=${'x'.repeat(201)}`],
      { dark: ['/journal?q=heron', '/journal'] });
  });
}
