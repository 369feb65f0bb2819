// Browser checks for the safety plan: written keyboard-only in its seven parts, saved, shown first
// on Support now (before the crisis lines); axe-core reports 0 violations on the plan page (light
// and dark, with an error shown too) and on Support with the plan, and nothing scrolls sideways
// at 360 px.
export async function run({ check, assert, axe, visit, page, context, server, signUpAndLogIn, phoneAndDark }) {
  const base = server.base;
  await signUpAndLogIn('plan', 'steady hands on warm tea');
  const marker = `PLAN-${Math.random().toString(36).slice(2)}`;
  const order = ['warning_signs', 'internal_coping', 'social_distraction', 'people_to_ask',
    'professionals', 'safe_environment', 'reasons_for_living'];

  await check('safety plan: Support offers to make one; the empty plan page is accessible', async () => {
    await visit('/support');
    assert(await page.locator('main a[href="/safety-plan"]').count() === 1, 'a link to make a plan');
    await visit('/');
    assert(await page.locator('main a[href="/safety-plan"]').count() === 1, 'home links to the plan');
    await visit('/safety-plan');
    assert((await page.textContent('main')).includes('Only you can read it'), 'says it is private');
    assert(await page.locator('fieldset legend').count() === 7, 'seven parts with legends');
  });

  await check('safety plan: written keyboard-only, saved, shown on Support now before the crisis lines', async () => {
    await page.goto(`${base}/safety-plan`);
    let guard = 0;
    while (await page.evaluate(() => document.activeElement?.id) !== 'plan-warning_signs') {
      await page.keyboard.press('Tab');
      assert(++guard < 40, 'Tab reaches the first part of the plan');
    }
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert(outline !== 'none', 'the focused box shows a visible focus ring');
    for (const id of order) {
      const focused = await page.evaluate(() => document.activeElement?.id);
      assert(focused === `plan-${id}`, `Tab order reaches ${id} (at ${focused})`);
      await page.keyboard.type(id === 'warning_signs' ? marker : `my ${id} one`);
      await page.keyboard.press('Enter');
      await page.keyboard.type(id === 'people_to_ask' ? 'Sam 07700 900123' : `my ${id} two`);
      await page.keyboard.press('Tab');
    }
    const onButton = await page.evaluate(() => document.activeElement?.textContent);
    assert(onButton.includes('Save my safety plan'), `Tab then reaches the save button (${onButton})`);
    await Promise.all([page.waitForURL(/\/safety-plan\?saved=1$/), page.keyboard.press('Enter')]);
    await axe('safety plan saved');
    assert((await page.textContent('.plan-steps')).includes(marker), 'the saved plan is shown');
    await visit('/support');
    const main = await page.textContent('main');
    const at = main.indexOf(marker);
    assert(at >= 0, 'the plan is on Support now');
    assert(at < main.indexOf('my reasons_for_living two'), 'steps in their order');
    assert(main.indexOf('my reasons_for_living two') < main.indexOf('988'), 'the plan comes before the lines');
    assert((await page.textContent('.crisis-lines')).includes('988'), 'the crisis lines are still there');
    assert(await page.locator('.plan-steps a[href="tel:07700900123"]').count() === 1,
      "the number in a contact line is one tap away");
  });

  await check('safety plan: an error keeps the text; 360 px and dark mode pass axe', async () => {
    await page.goto(`${base}/safety-plan`);
    await page.fill('#plan-professionals', 'x'.repeat(501));
    await page.click('form[action="/safety-plan"] button[type="submit"]');
    await page.waitForSelector('#form-error');
    assert((await page.inputValue('#plan-professionals')).trim() === 'x'.repeat(501), 'the typed text is kept');
    assert(await page.getAttribute('#plan-professionals', 'aria-invalid') === 'true', 'marked invalid');
    await axe('safety plan with an error');
    await phoneAndDark(['/safety-plan', '/support']);
  });
}
