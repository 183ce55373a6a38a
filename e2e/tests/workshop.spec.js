// Workshop mode (issue 14): a facilitator picks a fictional persona, follows its script,
// shows the plan on a projector, resets the persona and ends the workshop, and nothing of
// it mixes with a real plan on the same machine.
const fs = require('fs');
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations, loadSample, pdfText } = require('./support');

const BANNER_DA = 'Øvelse — ikke en rigtig borger';

/** A clean workshop page (Danish unless `lang` is 'en'). */
async function openWorkshop(page, { clear = true } = {}) {
  await page.goto('/index.html?mode=workshop');
  if (clear) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  }
  await expect(page.getByRole('heading', { name: 'Vælg en persona' })).toBeVisible();
}

async function choosePersona(page, name) {
  await page.getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { name: 'Drejebog' })).toBeVisible();
}

/** The plan as the file menu exports it: the file's name and its parsed JSON. */
async function exportPlan(page) {
  const menu = page.getByText('Gem, hent og udskriv');
  await menu.click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Gem planen som fil' }).click(),
  ]);
  await menu.click();
  const text = fs.readFileSync(await download.path(), 'utf8');
  return { name: download.suggestedFilename(), plan: JSON.parse(text) };
}

/** Every localStorage key and value. */
const storage = (page) => page.evaluate(() => Object.fromEntries(
  Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)]),
));

test('choose a persona, edit, and reset it exactly; exports are marked as an exercise', async ({ page }) => {
  await openWorkshop(page);
  await expect(page.getByRole('note').filter({ hasText: BANNER_DA })).toBeVisible();
  await choosePersona(page, /Sara: mor til to med angst/);
  // On paper too: the banner prints, the facilitator's controls do not.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('note').filter({ hasText: BANNER_DA })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nulstil persona' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  // Loading a persona is not an edit: there is nothing to undo.
  await expect(page.getByRole('button', { name: 'Fortryd' })).toBeDisabled();

  const chosen = await exportPlan(page);
  expect(chosen.name).toMatch(/^oevelse-/);
  expect(chosen.plan.exercise).toBe(true);

  await page.getByLabel('Planens titel').fill('En helt anden titel');
  const edited = await exportPlan(page);
  expect(edited.plan.title).toBe('En helt anden titel');

  await page.getByRole('button', { name: 'Nulstil persona' }).click();
  await expect(page.getByRole('status')).toContainText('Personaen er nulstillet');
  await expect(page.getByLabel('Planens titel')).not.toHaveValue('En helt anden titel');
  const reset = await exportPlan(page);
  expect(reset.plan).toEqual(chosen.plan);
});

test('a reset in the middle of typing restores the persona, and later typing starts from it', async ({ page }) => {
  await openWorkshop(page);
  await choosePersona(page, /Sara: mor til to med angst/);
  const chosen = await exportPlan(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Om mig', exact: true }).click();
  const field = page.getByLabel('Det vigtigste for mig');
  const original = await field.inputValue();
  await field.press('End');
  // Keystrokes less than 1.5 s apart fold into one typing run; reset comes inside it.
  await field.pressSequentially(' halvvejs', { delay: 20 });
  await page.getByRole('button', { name: 'Nulstil persona' }).click();
  await expect(field).toHaveValue(original);
  expect((await exportPlan(page)).plan).toEqual(chosen.plan);

  // Typing again adds to the persona's text, not to what was typed before the reset.
  await field.press('End');
  await field.pressSequentially('!');
  await expect(field).toHaveValue(`${original}!`);
  const after = await exportPlan(page);
  expect(after.plan.citizen.own_words.dreams).toBe(`${original}!`);
});

test('every printed page says it is an exercise', async ({ page }) => {
  await openWorkshop(page);
  await choosePersona(page, /Familien Andersen/);
  await page.getByText('Gem, hent og udskriv').click();
  await page.getByRole('button', { name: 'Vis hele planen' }).click();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBeGreaterThan(2);
  const banners = (await pdfText(pdf)).split(BANNER_DA).length - 1;
  expect(banners).toBeGreaterThanOrEqual(pages);
});

test('after a reload the persona is still there, and reset still restores it', async ({ page }) => {
  await openWorkshop(page);
  await choosePersona(page, /Kasper/);
  const chosen = await exportPlan(page);
  await page.getByLabel('Planens titel').fill('Efter en genindlæsning');
  await page.reload();
  await expect(page.getByLabel('Planens titel')).toHaveValue('Efter en genindlæsning');
  await page.getByRole('button', { name: 'Nulstil persona' }).click();
  expect((await exportPlan(page)).plan).toEqual(chosen.plan);
});

test('the scenario walks through its steps and opens each step\'s section', async ({ page }) => {
  await openWorkshop(page);
  await choosePersona(page, /Sara: mor til to med angst/);
  const panel = page.getByRole('region', { name: 'Drejebog' });
  await expect(panel).toContainText('Trin 1 af 4');
  await panel.getByRole('button', { name: 'Næste trin' }).click();
  await panel.getByRole('button', { name: 'Næste trin' }).click();
  await expect(panel).toContainText('Trin 3 af 4');
  await expect(panel).toContainText('find den dobbelte indsats');
  await panel.getByRole('button', { name: /^Åbn / }).click();
  await expect(page.getByRole('heading', { name: 'Sammenhæng', level: 2 })).toBeFocused();
  // The panel folds, and opens again, by keyboard.
  const fold = panel.getByRole('button', { name: 'Skjul drejebogen' });
  await fold.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: 'Vis drejebogen' })).toHaveAttribute('aria-expanded', 'false');
  await expect(panel.getByRole('button', { name: 'Næste trin' })).toBeHidden();
});

test('"Afslut workshop" leaves no workshop key, and a real plan saved before is byte-identical', async ({ page }) => {
  await loadSample(page, 'familie-med-barn');
  const before = await storage(page);
  expect(before['helhedsplan:plan']).toBeTruthy();

  await openWorkshop(page, { clear: false });
  await choosePersona(page, /Ali: tømrer/);
  await page.getByLabel('Planens titel').fill('Øvelsens titel');
  await page.getByRole('button', { name: 'Præsentationsvisning' }).click();
  await page.getByRole('button', { name: 'Tilbage til facilitatorvisning' }).click();
  const during = await storage(page);
  expect(Object.keys(during).some((key) => key.includes('workshop'))).toBe(true);
  // The real plan's keys are untouched while the workshop runs.
  for (const [key, value] of Object.entries(before)) expect(during[key]).toBe(value);

  // What a later feature might keep under the workshop's namespace goes too.
  await page.evaluate(() => localStorage.setItem('helhedsplan:workshop:later:feature', 'x'));
  await page.getByRole('button', { name: 'Afslut workshop' }).click();
  await page.waitForURL((url) => !url.search.includes('mode='));
  await expect(page.getByLabel('Planens titel')).toHaveValue(JSON.parse(before['helhedsplan:plan']).title);
  const after = await storage(page);
  expect(Object.keys(after).filter((key) => key.includes('workshop'))).toEqual([]);
  expect(after['helhedsplan:plan']).toBe(before['helhedsplan:plan']);
});

test('a persona file that does not validate is refused by path, and the persona stays', async ({ page }) => {
  await openWorkshop(page);
  await choosePersona(page, /Sara: mor til to med angst/);
  await page.getByRole('button', { name: 'Skift persona' }).click();
  const before = await storage(page);
  const bad = JSON.parse(fs.readFileSync(`${__dirname}/../../samples/mor-med-angst.json`, 'utf8'));
  bad.goals[0].created_at = 'i går';
  await page.getByLabel('Brug din egen persona (fil)').setInputFiles({
    name: 'min-persona.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('min-persona.json');
  await expect(alert).toContainText('/goals/0/created_at');
  await expect(page.getByRole('heading', { name: 'Vælg en persona' })).toBeVisible();
  // Nothing half-applied: the plan and the persona on this device are as they were.
  const after = await storage(page);
  expect(after['helhedsplan:workshop:plan']).toBe(before['helhedsplan:workshop:plan']);
  expect(after['helhedsplan:workshop:persona']).toBe('sample:mor-med-angst');

  // A good own file is taken, and marked as an exercise.
  const good = fs.readFileSync(`${__dirname}/../../samples/aeldre-efter-fald.json`);
  await page.getByLabel('Brug din egen persona (fil)').setInputFiles({
    name: 'inger.json', mimeType: 'application/json', buffer: good,
  });
  await expect(page.getByRole('heading', { name: 'Drejebog' })).toBeVisible();
  await expect(page.getByText('Der er ingen drejebog til en egen persona')).toBeVisible();
  expect((await exportPlan(page)).plan.exercise).toBe(true);
});

for (const lang of ['da', 'en']) {
  test(`axe: picker, workshop and presenter view have no violations (${lang})`, async ({ page }) => {
    await openWorkshop(page);
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    const [picker, persona, presenter, back] = lang === 'da'
      ? ['Vælg en persona', /Sara/, 'Præsentationsvisning', 'Tilbage til facilitatorvisning']
      : ['Choose a persona', /Sara/, 'Presenter view', "Back to the facilitator's view"];
    await expect(page.getByRole('heading', { name: picker })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: persona }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: presenter }).click();
    const quiet = page.getByRole('button', { name: back });
    await expect(quiet).toBeFocused();
    // The notes are the facilitator's: hidden from the room.
    await expect(page.getByRole('region', { name: lang === 'da' ? 'Drejebog' : 'Script' })).toHaveCount(0);
    await expect(page.getByRole('note').filter({ hasText: lang === 'da' ? BANNER_DA : 'Exercise — not a real citizen' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: presenter })).toBeFocused();
  });
}

test('the element in workshop mode never calls its save-url, and tells the host', async ({ page }) => {
  let calls = 0;
  await page.route('**/api/plan**', (route) => {
    calls += 1;
    return route.fulfill({ status: 200, contentType: 'application/json', body: '{}' });
  });
  await page.route('**/workshop-element.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Portal</title>
      <script type="module" src="/helhedsplan.js"></script></head>
      <body><main><h1>Portal</h1>
      <helhedsplan-editor mode="workshop" storage-key="portal" save-url="/api/plan" plan-src="/api/plan"></helhedsplan-editor>
      </main></body></html>`,
  }));
  await page.goto('/workshop-element.html');
  await page.evaluate(() => {
    window.events = [];
    const el = document.querySelector('helhedsplan-editor');
    el.addEventListener('plan-change', (e) => window.events.push(['plan-change', e.detail.exercise]));
    el.addEventListener('workshop-end', () => window.events.push(['workshop-end']));
  });
  await expect(page.getByRole('heading', { name: 'Vælg en persona' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /Tina: alkohol/ }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Planens titel').fill('Ændret i øvelsen');
  await expect.poll(() => page.evaluate(() => window.events.length)).toBeGreaterThan(0);
  const json = await page.evaluate(() => document.querySelector('helhedsplan-editor').planJson);
  expect(JSON.parse(json).exercise).toBe(true);
  await page.getByRole('button', { name: 'Afslut workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Vælg en persona' })).toBeVisible();
  const events = await page.evaluate(() => window.events);
  expect(events[0]).toEqual(['plan-change', true]);
  expect(events.at(-1)).toEqual(['workshop-end']);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.filter((k) => k.includes('workshop'))).toEqual([]);
  expect(calls).toBe(0);
});
