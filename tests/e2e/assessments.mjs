// Browser checks for issue 3: take SCS-SF and ECR-R, see results and the attachment map, take a
// second administration and see the change (RCI where the content file has the figures for it),
// save and resume, keyboard-only answering. axe-core must report 0 violations on each page.
export async function run({ check, assert, axe, visit, page, context, server, signUpAndLogIn }) {
  const base = server.base;
  await signUpAndLogIn('asmt', 'warm tea on a cold porch');

  // Answers item n with the value pick(n) by clicking its label, as a person would.
  async function answer(count, pick) {
    for (let n = 1; n <= count; n++) await page.click(`label[for="item-${n}-${pick(n)}"]`);
  }

  await check('assessments: take SCS-SF and see the results', async () => {
    await visit('/assessments');
    await visit('/assessments/scs-sf/take');
    await answer(12, (n) => (n % 2 ? 2 : 4));
    const progress = await page.textContent('#assessment-progress');
    assert(progress.startsWith('12 / 12'), `progress says ${progress}`);
    await page.click('button[value="finish"]');
    await page.waitForURL(/\/assessments\/results\//);
    await axe('SCS-SF results');
    const text = await page.textContent('main');
    assert(text.includes('Self-kindness') && text.includes('Self-compassion (total)'), 'scales shown');
  });

  await check('assessments: ECR-R places the person on the attachment map', async () => {
    await visit('/assessments/ecr-r/take');
    await answer(36, (n) => (n <= 18 ? 6 : 2));
    await page.click('button[value="finish"]');
    await page.waitForURL(/\/assessments\/results\//);
    await axe('ECR-R results');
    assert((await page.textContent('main')).includes('Where this places you'), 'region shown');
    await visit('/assessments/attachment-map');
    assert(await page.locator('svg.attachment-map circle.map-dot-latest').count() === 1, 'a dot on the map');
    const where = await page.textContent('main');
    assert(/anxiety \d\.\d\d, avoidance \d\.\d\d/.test(where), 'the position is given in words too');
  });

  await check('assessments: a second administration shows what changed', async () => {
    await visit('/assessments/scs-sf/take');
    await answer(12, (n) => (n % 2 ? 4 : 2));
    await page.click('button[value="finish"]');
    await page.waitForURL(/\/assessments\/results\//);
    await visit('/assessments/scs-sf/history');
    const scs = await page.textContent('main');
    assert(scs.includes('What changed'), 'a change section for SCS-SF');
    assert(await page.locator('svg.chart circle').count() >= 2, 'two dots on the history chart');
    // GAD-7 has published reliability figures: the RCI itself is shown.
    for (const value of [2, 0]) {
      await visit('/assessments/gad-7/take');
      await answer(7, () => value);
      await page.click('button[value="finish"]');
      await page.waitForURL(/\/assessments\/results\//);
      await axe(`GAD-7 results (${value})`);
    }
    await visit('/assessments/gad-7/history');
    const gad = await page.textContent('main');
    assert(gad.includes('Reliable improvement'), 'the RCI verdict is shown');
    assert(/RCI = -?\d+\.\d\d/.test(gad), 'the RCI figure and the figures used are shown');
    assert(gad.includes('NHS Talking Therapies'), 'the NHS Talking Therapies reading is shown');
  });

  await check('assessments: save, resume later, keyboard only', async () => {
    await visit('/assessments/phq-9/take');
    await page.focus('#item-1-0');
    await page.keyboard.press('ArrowRight');  // moves the choice within the radio group
    const chosen = await page.evaluate(() => document.querySelector('input[name="item_1"]:checked')?.value);
    assert(chosen === '1', `keyboard chose ${chosen}`);
    await page.click('button[value="save"]');
    await page.waitForURL(/\/assessments\?saved=1$/);
    await axe('assessments after saving');
    await visit('/assessments/phq-9/take');
    assert(await page.isChecked('#item-1-1'), 'the saved answer is kept');
    assert((await page.textContent('main')).includes('Welcome back'), 'resume is announced');
  });
}
