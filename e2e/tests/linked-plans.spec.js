// The linked plans register (issue 13, part 5): a caseworker records that this plan
// replaces the citizen's Min Plan and is coordinated with a § 101 treatment plan, and the
// overview shows both in plain words; these screens have no accessibility violations.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./support');

async function open(page, section) {
  await page.getByRole('navigation').getByRole('button', { name: section, exact: true }).click();
}

async function record(page) {
  await page.goto('/index.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByLabel('Hvem skriver?').selectOption({ label: 'Sagsbehandler' });
  await page.getByLabel('Dit navn').fill('Lene Holm');

  await open(page, 'Andre planer');
  const add = page.getByRole('form', { name: 'Tilføj en anden plan' });
  // Nothing chosen: the form says what is missing instead of adding an empty plan.
  await add.getByRole('button', { name: 'Tilføj planen' }).click();
  await expect(add.getByText('Vælg hvilken plan det er, eller skriv dens navn.')).toBeVisible();
  await expect(add.getByLabel('Hvilken plan?')).toBeFocused();

  await add.getByLabel('Hvilken plan?').selectOption({ label: 'Min Plan' });
  await add.getByRole('radio', { name: 'Denne plan erstatter den' }).check();
  await add.getByLabel('Hvem har planen?').fill('Jobcenter Holmstrup, Lene Holm');
  await add.getByRole('button', { name: 'Tilføj planen' }).click();
  await expect(page.getByRole('heading', { name: 'Min Plan', exact: true })).toBeFocused();

  await add.getByLabel('Hvilken plan?').selectOption({ label: 'Behandlingsplan for stofbehandling (serviceloven § 101)' });
  // By keyboard: the arrow key moves to the other choice of the radio group.
  await add.getByRole('radio', { name: 'Denne plan erstatter den' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(add.getByRole('radio', { name: 'Den fortsætter, og vi koordinerer med den' })).toBeChecked();
  await add.getByLabel('Hvem har planen?').fill('Misbrugscenter Holmstrup');
  await add.getByLabel('Hvem har planen?').press('Enter');
  const treatment = page.getByRole('listitem', { name: 'Behandlingsplan for stofbehandling (serviceloven § 101)' });
  await expect(treatment).toContainText('Lovgrundlag: Serviceloven § 101');
  await treatment.getByLabel('Bemærkning').fill('Vi holder et fælles møde hver tredje måned.');

  // A plan the catalogue does not list is written by its name.
  await add.getByLabel('Hvilken plan?').selectOption({ label: 'En anden plan (skriv navnet)' });
  await add.getByLabel('Planens navn').fill('Koordinerende indsatsplan');
  await add.getByRole('button', { name: 'Tilføj planen' }).click();
  await expect(page.getByRole('heading', { name: 'Koordinerende indsatsplan' })).toBeFocused();
}

test('a caseworker records the plans this plan replaces and links to, and sees them in the overview', async ({ page }) => {
  await record(page);
  const plan = await page.evaluate(() => JSON.parse(localStorage.getItem('helhedsplan:plan')));
  expect(plan.linked_plans).toMatchObject([
    { plan_type: 'min_plan', relation: 'replaces', holder: 'Jobcenter Holmstrup, Lene Holm' },
    {
      plan_type: 'sel_101_behandlingsplan',
      relation: 'links_to',
      holder: 'Misbrugscenter Holmstrup',
      note: 'Vi holder et fælles møde hver tredje måned.',
    },
    { plan_type: 'Koordinerende indsatsplan', relation: 'links_to' },
  ]);

  await open(page, 'Overblik');
  const others = page.getByRole('region', { name: 'Andre planer' });
  await expect(others).toContainText('Denne plan erstatter:');
  await expect(others.getByRole('listitem')).toHaveText([
    'Min Plan hos Jobcenter Holmstrup, Lene Holm',
    'Behandlingsplan for stofbehandling (serviceloven § 101) hos Misbrugscenter Holmstrup',
    'Koordinerende indsatsplan',
  ]);
  await expect(others).toContainText('Hænger sammen med:');
  await others.getByRole('button', { name: 'Se andre planer' }).click();
  await expect(page.getByRole('heading', { name: 'Andre planer', level: 2 })).toBeVisible();
});

for (const language of ['Dansk', 'English']) {
  test(`no axe-core violations on other plans and the overview (${language})`, async ({ page }) => {
    await record(page);
    await page.getByRole('button', { name: language }).click();
    const names = language === 'Dansk' ? ['Andre planer', 'Overblik'] : ['Other plans', 'Overview'];
    for (const section of names) {
      await open(page, section);
      await expectNoAxeViolations(page);
    }
  });
}
