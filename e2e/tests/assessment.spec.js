// The joint assessment (samlet udredning) as a caseworker writes it with the citizen: her
// own description and the psychiatrist's, each in its own voice under the life area, a
// medical certificate the job centre already has, why she gets one plan; then a goal is
// linked to her description and the card shows where it comes from. No axe violations.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./support');

async function open(page, section) {
  await page.getByRole('navigation').getByRole('button', { name: section, exact: true }).click();
}

async function start(page) {
  await page.goto('/index.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByLabel('Hvem skriver?').selectOption({ label: 'Sagsbehandler' });
  await page.getByLabel('Dit navn').fill('Jonas Holm');
}

async function addDescription(page, area, voice) {
  const add = page.getByRole('form', { name: 'Tilføj en beskrivelse' });
  await add.getByLabel('Livsområde').selectOption({ label: area });
  await add.getByLabel('Hvis beskrivelse er det?').selectOption({ label: voice });
  await add.getByRole('button', { name: 'Tilføj beskrivelse' }).click();
}

test('a caseworker writes the assessment with the citizen and links a goal to it', async ({ page }) => {
  await start(page);
  // A goal about her anxiety, so the assessment knows which life area it needs.
  await open(page, 'Mål');
  const goalForm = page.getByRole('form', { name: 'Tilføj et mål' });
  await goalForm.getByLabel('Målet i én sætning').fill('Jeg vil kunne tage bussen alene');
  await goalForm.getByLabel('Livsområde').selectOption({ label: 'Mentale funktioner' });
  await goalForm.getByRole('button', { name: 'Tilføj mål' }).click();

  await open(page, 'Samlet udredning');
  const area = page.getByRole('region', { name: 'Mentale funktioner' });
  await expect(area).toContainText('Ingen beskrivelse endnu');

  // Adding without a life area says what is missing, at the field.
  await page.getByRole('form', { name: 'Tilføj en beskrivelse' }).getByRole('button', { name: 'Tilføj beskrivelse' }).click();
  await expect(page.getByText('Vælg et livsområde.')).toBeVisible();
  await expect(page.getByLabel('Livsområde', { exact: true })).toBeFocused();

  // Her own words, written down with her.
  await addDescription(page, 'Mentale funktioner', 'Borgerens egen beskrivelse');
  const hers = area.getByRole('group', { name: 'Borgerens egen beskrivelse' });
  await expect(hers.getByRole('textbox', { name: 'Beskrivelse', exact: true })).toBeFocused();
  await hers.getByRole('textbox', { name: 'Beskrivelse', exact: true }).fill('Jeg bliver bange, når jeg skal nye steder hen. Det er værst om morgenen.');
  await hers.getByLabel('Kilde').fill('Samtale med borgeren');
  await hers.getByLabel('Dato').fill('2026-03-03');
  await expect(hers.getByText('Borgerens egne ord', { exact: true })).toBeVisible();
  await expect(hers.getByText(/Skrevet ned af Jonas Holm \(Sagsbehandler\)/)).toBeVisible();
  // Mental functions are health information unless someone says otherwise.
  await expect(hers.getByLabel('Helbredsoplysning')).toBeChecked();

  // The psychiatrist's description, kept apart.
  await addDescription(page, 'Mentale funktioner', 'Fagpersoners beskrivelse');
  const theirs = area.getByRole('group', { name: 'Fagpersoners beskrivelse' });
  await theirs.getByRole('textbox', { name: 'Beskrivelse', exact: true }).fill('Moderat angst. Samtaleterapi i Psykiatrisk Center fortsætter.');
  await theirs.getByLabel('Kilde').fill('Epikrise fra Psykiatrisk Center, marts 2026');
  await expect(hers.getByRole('textbox', { name: 'Beskrivelse', exact: true })).toHaveValue(/Jeg bliver bange/);
  await expect(theirs.getByRole('textbox', { name: 'Beskrivelse', exact: true })).toHaveValue(/Moderat angst/);
  await expect(theirs.getByText('Borgerens egne ord', { exact: true })).toHaveCount(0);

  // What is already known.
  const known = page.getByRole('form', { name: 'Tilføj noget, vi allerede ved' });
  await known.getByLabel('Hvad er det?').fill('Lægeattest 2025');
  await known.getByRole('button', { name: 'Tilføj' }).click();
  const fact = page.getByRole('listitem').filter({ has: page.getByRole('textbox', { name: 'Hvad er det?' }) });
  await expect(page.getByLabel('Hvem har det?')).toBeFocused();
  await page.getByLabel('Hvem har det?').fill('Jobcenter Aarhus');
  await fact.getByLabel('Indhentet').fill('2025-11-14');
  await expect(fact.getByLabel('Hvad er det?')).toHaveValue('Lægeattest 2025');

  // Why one plan.
  await page.getByLabel('Målgruppe').selectOption({ label: 'Komplekse og sammensatte problemer – flere planer, der skal koordineres' });
  await page.getByLabel('Begrundelse').fill('Mette har en plan i jobcentret og får støtte efter serviceloven. Indsatserne skal hænge sammen.');

  await expectNoAxeViolations(page);

  // The goal comes from her description; its card says so and leads back to it.
  await open(page, 'Mål');
  await page.getByText('Ret målet', { exact: true }).click();
  await page.getByRole('group', { name: 'Bygger på udredningen' })
    .getByLabel(/Mentale funktioner – Borgerens egen beskrivelse: Jeg bliver bange/)
    .check();
  await expectNoAxeViolations(page);
  const basis = page.locator('.hp-goal-basis');
  await expect(basis).toContainText('Bygger på:');
  await basis.getByRole('button', { name: /Vis i udredningen: Mentale funktioner – Borgerens egen beskrivelse/ }).click();
  await expect(page.getByRole('heading', { name: 'Samlet udredning', level: 2 })).toBeVisible();
  await expect(hers.getByRole('textbox', { name: 'Beskrivelse', exact: true })).toBeFocused();

  // The overview's task list counts the assessment as complete.
  await open(page, 'Overblik');
  const task = page.locator('.hp-task').filter({ hasText: 'Samlet udredning' });
  await expect(task).toHaveAttribute('data-state', 'complete');
  await expect(task).toContainText('Færdig');

  // The citizen reads her own description as hers and may change it; the
  // psychiatrist's she reads, without controls.
  await page.getByLabel('Hvem skriver?').selectOption({ label: 'Borger' });
  await open(page, 'Samlet udredning');
  const own = area.getByRole('group', { name: 'Din egen beskrivelse' });
  await expect(own.getByRole('textbox', { name: 'Beskrivelse', exact: true })).toBeEditable();
  await expect(theirs.getByText('Moderat angst. Samtaleterapi i Psykiatrisk Center fortsætter.')).toBeVisible();
  await expect(theirs.getByRole('textbox')).toHaveCount(0);
  await expect(theirs.getByRole('button', { name: /Fjern/ })).toHaveCount(0);
  await expect(page.getByText('Du skriver din egen beskrivelse. Fagpersonerne skriver deres selv.')).toBeVisible();
  await expectNoAxeViolations(page);

  // The plan saved on this device holds it all.
  const saved = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.endsWith(':plan'));
    return JSON.parse(localStorage.getItem(key));
  });
  expect(saved.assessment.map((e) => e.perspective)).toEqual(['citizen', 'professional']);
  expect(saved.known_facts[0].held_by).toBe('Jobcenter Aarhus');
  expect(saved.target_group.group).toBe('complex_problems');
  expect(saved.goals[0].assessment).toEqual([saved.assessment[0].id]);
});
