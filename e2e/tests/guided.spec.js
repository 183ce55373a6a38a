// Guided mode (issue 14): a citizen tells about her life one question at a time, by
// keyboard only and by mouse on a phone; her answers become ordinary plan data (own words,
// goals she expressed on the card's life area, her ratings, her side of the assessment)
// that `plan-tool validate` accepts; she can stop, reload and go on where she was; every
// screen passes axe-core in both languages; a pasted answer that is too long is refused
// at the field with nothing half-applied.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations, pdfText } = require('./support');

const ROOT = path.join(__dirname, '..', '..');

function planTool() {
  const target = process.env.CARGO_TARGET_DIR || path.join(ROOT, 'target');
  const built = path.join(target, 'debug', 'plan-tool');
  if (!fs.existsSync(built)) execFileSync('cargo', ['build', '--quiet', '--bin', 'plan-tool'], { cwd: ROOT });
  return built;
}

const DA = {
  start: 'Her kan du fortælle om dit liv',
  questions: [
    'Hvad er vigtigst for dig i dit liv?',
    'Hvad drømmer du om?',
    'Hvad går godt? Hvad er du god til?',
    'Hvad er svært for dig lige nu?',
    'Hvem hjælper dig?',
    'Hvad vil du gerne nå?',
    'Hvordan går det i dag?',
    'Hvad vil du gerne have hjælp til?',
    'Hvad skal din sagsbehandler vide, før I mødes?',
  ],
  end: 'Det vil jeg gerne tale om',
  paused: 'Dine svar er gemt',
};
const EN = {
  start: 'Here you can tell about your life',
  questions: [
    'What matters most to you in your life?',
    'What do you dream of?',
    'What goes well? What are you good at?',
    'What is hard for you right now?',
    'Who helps you?',
    'What would you like to reach?',
    'How are things today?',
    'What would you like help with?',
    'What should your caseworker know before you meet?',
  ],
  end: 'What I would like to talk about',
  paused: 'Your answers are saved',
};

// Her own words for the seven text questions, in the order they are asked.
const WORDS = {
  dreams: 'Mine børn og at have det godt hjemme.',
  future: 'Et arbejde, hvor jeg er noget for andre.',
  resources: 'Jeg er god til at lytte.',
  situation: 'Jeg sover dårligt og er bange for nye steder.',
  network: 'Min søster Anne henter børnene om tirsdagen.',
  help_wanted: 'At finde et arbejde og at få styr på min gæld.',
  before_meeting: 'Jeg vil gerne have min søster med.',
};
const JOB = 'Jeg vil have et arbejde';
const DEBT = 'Jeg vil betale min gæld';

const heading = (page, name) => page.getByRole('heading', { name, exact: true });

async function freshGuided(page) {
  await page.goto('/index.html?mode=guided');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(heading(page, DA.start)).toBeVisible();
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page, target, max = 60) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Moves through a radio group with the arrow keys until `target` is chosen. */
async function arrowTo(page, target, max = 25) {
  for (let i = 0; i < max; i += 1) {
    if (await target.isChecked()) return;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`the arrow keys never reached ${target}`);
}

async function pressButton(page, name) {
  await tabTo(page, page.getByRole('button', { name, exact: true }));
  await page.keyboard.press('Enter');
}

/** Goes on with "Næste" and checks that focus is on the new screen's question. */
async function nextByKeyboard(page, question) {
  await pressButton(page, 'Næste');
  await expect(heading(page, question)).toBeFocused();
}

async function exportPlan(page) {
  await page.getByText('Gem, hent og udskriv').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Gem planen som fil' }).click(),
  ]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hp-guided-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** The exported plan holds her answers as ordinary plan data, and validates. */
function expectHerAnswersIn(file, faces) {
  expect(execFileSync(planTool(), ['validate', file]).toString()).toBe('');
  const plan = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(plan.citizen.own_words).toEqual(WORDS);
  const goals = Object.fromEntries(plan.goals.map((g) => [g.title, g]));
  expect(Object.keys(goals).sort()).toEqual([DEBT, JOB].sort());
  expect(goals[JOB]).toMatchObject({ expressed_by: 'citizen', life_area: 'arbejde_uddannelse' });
  expect(goals[DEBT]).toMatchObject({ expressed_by: 'citizen', life_area: 'oekonomi_bolig' });
  const ratingOf = (goal) => plan.ratings.filter((r) => r.goal === goal.id);
  expect(ratingOf(goals[JOB]).map((r) => [r.value, r.perspective])).toEqual([[faces.job, 'citizen']]);
  expect(ratingOf(goals[DEBT]).map((r) => [r.value, r.perspective])).toEqual([[faces.debt, 'citizen']]);
  const hers = plan.assessment.filter((e) => e.perspective === 'citizen');
  expect(hers.map((e) => [e.life_area, e.text]).sort()).toEqual([
    ['arbejde_uddannelse', 'Ledig i fire år.'],
    ['oekonomi_bolig', 'Jeg åbner ikke posten.'],
  ]);
  return plan;
}

test('a citizen completes guided mode by keyboard only', async ({ page }) => {
  test.setTimeout(120_000);
  await freshGuided(page);

  await pressButton(page, 'Start');
  await expect(heading(page, DA.questions[0])).toBeFocused();
  await expect(page.getByText('Spørgsmål 1 af 9')).toBeVisible();

  const texts = Object.values(WORDS);
  for (let i = 0; i < 5; i += 1) {
    await tabTo(page, page.getByLabel('Dit svar'));
    await page.keyboard.type(texts[i]);
    await nextByKeyboard(page, DA.questions[i + 1]);
  }

  // Goals: her words, then a card picked with the arrow keys.
  await expect(page.getByText('Spørgsmål 6 af 9')).toBeVisible();
  const first = page.getByRole('group', { name: 'Mål 1' });
  await tabTo(page, first.getByLabel('Dit mål'));
  await page.keyboard.type(JOB);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await arrowTo(page, first.getByRole('radio', { name: 'Arbejde og skole' }));
  await pressButton(page, 'Skriv et mål mere');
  const second = page.getByRole('group', { name: 'Mål 2' });
  await expect(second.getByLabel('Dit mål')).toBeFocused();
  await page.keyboard.type(DEBT);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await arrowTo(page, second.getByRole('radio', { name: 'Penge og bolig' }));

  // Today: one screen per chosen area, faces by the arrow keys, her words.
  await nextByKeyboard(page, DA.questions[6]);
  await expect(page.getByText('Område 1 af 2')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Arbejde og skole' })).toBeVisible();
  const faces = page.getByRole('group', { name: 'Vælg et ansigt' });
  await tabTo(page, faces.getByRole('radio', { name: 'Meget svært' }));
  await page.keyboard.press('Space');
  await arrowTo(page, faces.getByRole('radio', { name: 'Svært', exact: true }));
  await tabTo(page, page.getByLabel('Dit svar'));
  await page.keyboard.type('Ledig i fire år.');
  await nextByKeyboard(page, DA.questions[6]);
  await expect(page.getByText('Område 2 af 2')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Penge og bolig' })).toBeVisible();
  await tabTo(page, faces.getByRole('radio', { name: 'Meget svært' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByLabel('Dit svar'));
  await page.keyboard.type('Jeg åbner ikke posten.');

  for (const [i, text] of [[7, texts[5]], [8, texts[6]]]) {
    await nextByKeyboard(page, DA.questions[i]);
    await tabTo(page, page.getByLabel('Dit svar'));
    await page.keyboard.type(text);
  }
  await nextByKeyboard(page, DA.end);

  // The end screen: her answers in her words.
  const end = page.locator('.hp-guided-answers');
  for (const text of [...texts, JOB, DEBT, 'Ledig i fire år.', 'Jeg åbner ikke posten.']) {
    await expect(end.getByText(text, { exact: true })).toBeVisible();
  }
  await expect(end.getByText('Svært', { exact: true })).toBeVisible();
  await expect(end.getByText('Meget svært', { exact: true })).toBeVisible();

  // On paper: one page with her answers in her words, without the screen's controls.
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBe(1);
  const paper = await pdfText(pdf);
  for (const text of ['Det vil jeg gerne tale om', JOB, DEBT, WORDS.before_meeting]) expect(paper).toContain(text);
  for (const control of ['Næste', 'Udskriv', 'Større tekst']) expect(paper).not.toContain(control);

  // The whole plan opens on the overview, her answers marked as hers.
  await pressButton(page, 'Se hele planen');
  await expect(page.getByRole('heading', { name: 'Overblik', level: 2 })).toBeFocused();
  await expect(page).not.toHaveURL(/mode=/);
  const hers = page.getByRole('region', { name: 'Det har du fortalt' });
  await expect(hers.getByText('Dine egne ord')).toBeVisible();
  await expect(hers.getByText(WORDS.before_meeting)).toBeVisible();
  await expect(hers.getByText(JOB)).toBeVisible();

  expectHerAnswersIn(await exportPlan(page), { job: -1, debt: -2 });
});

test('by mouse on a phone, with text at 200 %: the answers are plain plan data that validates', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await freshGuided(page);
  // Text at 200 % with her own reading choice: four steps up from 100 %.
  for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: 'Større tekst' }).click();
  await expect(page.getByRole('group', { name: 'Tekststørrelse' }).getByRole('status')).toHaveText(/^200\s?%$/);
  expect(await page.locator('.hp-guided').evaluate((el) => getComputedStyle(el).getPropertyValue('--hp-text-scale').trim())).toBe('2');
  const noSidewaysScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const texts = Object.values(WORDS);
  for (let i = 0; i < 5; i += 1) {
    await expect(heading(page, DA.questions[i])).toBeVisible();
    expect(await noSidewaysScroll()).toBe(true);
    await page.getByLabel('Dit svar').fill(texts[i]);
    await page.getByRole('button', { name: 'Næste', exact: true }).click();
  }
  await page.getByRole('group', { name: 'Mål 1' }).getByLabel('Dit mål').fill(JOB);
  await page.getByRole('group', { name: 'Mål 1' }).getByText('Arbejde og skole', { exact: true }).click();
  await page.getByRole('button', { name: 'Skriv et mål mere' }).click();
  // A card picked before the words: given to the goal when it is written.
  await page.getByRole('group', { name: 'Mål 2' }).getByText('Penge og bolig', { exact: true }).click();
  await page.getByRole('group', { name: 'Mål 2' }).getByLabel('Dit mål').fill(DEBT);
  // A goal she thinks better of goes again ("Fjern målet"): it is not in the plan.
  await page.getByRole('button', { name: 'Skriv et mål mere' }).click();
  await page.getByRole('group', { name: 'Mål 3' }).getByLabel('Dit mål').fill('Jeg vil flytte');
  await page.getByRole('group', { name: 'Mål 3' }).getByRole('button', { name: 'Fjern målet' }).click();
  await expect(page.getByRole('group', { name: 'Mål 3' })).toHaveCount(0);
  expect(await noSidewaysScroll()).toBe(true);
  await page.getByRole('button', { name: 'Næste', exact: true }).click();

  // Choosing a face again the same day changes her answer; it does not add one.
  await page.getByText('Meget godt', { exact: true }).click();
  await page.getByText('Både og', { exact: true }).click();
  await page.getByLabel('Dit svar').fill('Ledig i fire år.');
  expect(await noSidewaysScroll()).toBe(true);
  await page.getByRole('button', { name: 'Næste', exact: true }).click();
  await page.getByText('Meget svært', { exact: true }).click();
  await page.getByLabel('Dit svar').fill('Jeg åbner ikke posten.');
  await page.getByRole('button', { name: 'Næste', exact: true }).click();
  await page.getByLabel('Dit svar').fill(texts[5]);
  await page.getByRole('button', { name: 'Næste', exact: true }).click();
  await page.getByLabel('Dit svar').fill(texts[6]);
  await page.getByRole('button', { name: 'Næste', exact: true }).click();
  await expect(heading(page, DA.end)).toBeVisible();
  expect(await noSidewaysScroll()).toBe(true);
  await page.getByRole('button', { name: 'Se hele planen' }).click();

  expectHerAnswersIn(await exportPlan(page), { job: 0, debt: -2 });

  // From her answers on the overview, back to the questions where she left them.
  await page.getByRole('region', { name: 'Det har du fortalt' })
    .getByRole('button', { name: 'Gå til spørgsmålene, ét ad gangen' }).click();
  await expect(heading(page, 'Det vil jeg gerne tale om')).toBeVisible();
  await expect(page).toHaveURL(/mode=guided/);
});

test('stop halfway, reload, and go on at the same question and the same area', async ({ page }) => {
  await freshGuided(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByLabel('Dit svar').fill(WORDS.dreams);
  await page.getByRole('button', { name: 'Næste', exact: true }).click();
  await page.getByRole('button', { name: 'Spring over' }).click();
  await expect(heading(page, DA.questions[2])).toBeVisible();
  await expect(page.getByText('Spørgsmål 3 af 9')).toBeVisible();

  await page.getByRole('button', { name: 'Gem og stop for nu' }).click();
  await expect(heading(page, DA.paused)).toBeFocused();
  await page.reload();
  await expect(heading(page, DA.questions[2])).toBeVisible();
  await expect(page.getByText('Spørgsmål 3 af 9')).toBeVisible();
  await page.getByRole('button', { name: 'Tilbage' }).click();
  await page.getByRole('button', { name: 'Tilbage' }).click();
  await expect(page.getByLabel('Dit svar')).toHaveValue(WORDS.dreams);

  // On the Today screen the area is kept too.
  for (let i = 0; i < 5; i += 1) await page.getByRole('button', { name: 'Næste', exact: true }).click();
  await page.getByLabel('Dit mål').fill(JOB);
  await page.getByText('Arbejde og skole', { exact: true }).click();
  await page.getByRole('button', { name: 'Skriv et mål mere' }).click();
  await page.getByRole('group', { name: 'Mål 2' }).getByLabel('Dit mål').fill(DEBT);
  await page.getByRole('group', { name: 'Mål 2' }).getByText('Penge og bolig', { exact: true }).click();
  await page.getByRole('button', { name: 'Næste', exact: true }).click();
  await page.getByRole('button', { name: 'Næste', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Penge og bolig' })).toBeVisible();
  await page.getByRole('button', { name: 'Gem og stop for nu' }).click();
  await page.getByRole('button', { name: 'Gå videre' }).click();
  await expect(heading(page, DA.questions[6])).toBeFocused();
  await page.reload();
  await expect(page.getByText('Område 2 af 2')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Penge og bolig' })).toBeVisible();
});

for (const [lang, words] of [['da', DA], ['en', EN]]) {
  test(`every guided screen passes axe-core (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/index.html');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    // The start choice above a blank plan, then guided mode from it.
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: lang === 'da' ? 'Fortæl selv, et spørgsmål ad gangen' : 'Tell it yourself, one question at a time' }).click();
    await expect(heading(page, words.start)).toBeFocused();
    await expect(page).toHaveURL(/mode=guided/);
    await expectNoAxeViolations(page);
    const next = lang === 'da' ? 'Næste' : 'Next';
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    for (let i = 0; i < words.questions.length; i += 1) {
      await expect(heading(page, words.questions[i])).toBeFocused();
      if (i === 5) {
        await page.getByLabel(lang === 'da' ? 'Dit mål' : 'Your goal').fill(JOB);
        await page.getByText(lang === 'da' ? 'Arbejde og skole' : 'Work and school', { exact: true }).click();
      }
      if (i === 6) await page.getByText(lang === 'da' ? 'Godt' : 'Good', { exact: true }).click();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: next, exact: true }).click();
    }
    await expect(heading(page, words.end)).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: lang === 'da' ? 'Tilbage' : 'Back' }).click();
    await page.getByRole('button', { name: lang === 'da' ? 'Gem og stop for nu' : 'Save and stop for now' }).click();
    await expect(heading(page, words.paused)).toBeFocused();
    await expectNoAxeViolations(page);
  });
}

test('the start choice: guided mode stays after a reload, the full plan hides the choice', async ({ page }) => {
  await page.goto('/index.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const choice = page.getByRole('region', { name: 'Hvordan vil du begynde?' });
  await expect(choice).toBeVisible();
  await choice.getByRole('button', { name: 'Udfyld hele planen' }).click();
  await expect(choice).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Om mig', level: 2 })).toBeFocused();

  await page.reload();
  await page.getByRole('button', { name: 'Fortæl selv, et spørgsmål ad gangen' }).click();
  await expect(heading(page, DA.start)).toBeFocused();
  await page.reload();
  await expect(heading(page, DA.start)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Hvordan vil du begynde?' })).toHaveCount(0);
});

test('a pasted answer of 100,000 characters is refused at the field; control characters are left out, and she is told', async ({ page }) => {
  await freshGuided(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const answer = page.getByLabel('Dit svar');
  await answer.fill('Mine børn.');
  await answer.fill('x'.repeat(100_000));
  // Said at the field, the text kept there; the plan keeps the answer it had.
  await expect(page.getByText(/Ikke gemt/)).toBeVisible();
  await expect(answer).toHaveAttribute('aria-invalid', 'true');
  await expect(answer).toHaveValue('x'.repeat(100_000));
  const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('helhedsplan:plan')).citizen.own_words.dreams);
  await expect.poll(saved).toBe('Mine børn.');

  await answer.fill('Mine\u0007 børn\u0000 og min søster.');
  await expect(answer).toHaveValue('Mine børn og min søster.');
  await expect.poll(saved).toBe('Mine børn og min søster.');
  await expect(answer).not.toHaveAttribute('aria-invalid', 'true');
  // …and she is told, since what she sees is not quite what she pasted.
  await expect(page.getByRole('status').filter({ hasText: 'Usynlige tegn' })).toBeVisible();
});

test('storage full: the paused screen does not say her answers are safe on this device', async ({ page }) => {
  await freshGuided(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  // From now on this device refuses every write, as a full or blocked storage does.
  await page.evaluate(() => {
    Storage.prototype.setItem = function refuse() {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.getByLabel('Dit svar').fill('Mine børn.');
  await page.getByRole('button', { name: 'Gem og stop for nu' }).click();
  await expect(page.getByRole('heading', { name: 'Dine svar er ikke gemt' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Denne enhed kunne ikke gemme dem');
  await expectNoAxeViolations(page);
});

test('she can switch to English on any guided screen, and back', async ({ page }) => {
  await freshGuided(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(heading(page, DA.questions[0])).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading(page, 'What matters most to you in your life?')).toBeVisible();
  await expect(page.getByText('Question 1 of 9')).toBeVisible();
  await page.getByRole('button', { name: 'Dansk' }).click();
  await expect(heading(page, DA.questions[0])).toBeVisible();
});
