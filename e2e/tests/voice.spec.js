// Who reads decides the words: the citizen is addressed as "du", a caseworker reads about
// "borgeren". Switching "Hvem skriver?" rewords the texts at once, without a reload.
const { test, expect } = require('@playwright/test');
const { addGoal } = require('./support');

const GOAL = 'Jeg vil have et arbejde om formiddagen';

test.beforeEach(async ({ page }) => {
  await page.goto('/index.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

const role = (page, label) => page.getByLabel('Hvem skriver?').selectOption({ label });

test('the agreement question says "du" to the citizen and "borgeren" to the caseworker', async ({ page }) => {
  await role(page, 'Borger');
  await addGoal(page, GOAL);
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: GOAL }) });
  await card.getByText('Er du enig? Kommentarer').click();
  await expect(card.getByRole('group', { name: 'Er du enig?' })).toBeVisible();
  await expect(card.getByText('Dine egne ord').first()).toBeVisible();
  await expect(card.getByText('Er borgeren enig?')).toHaveCount(0);

  await role(page, 'Sagsbehandler');
  await expect(card.getByRole('group', { name: 'Er borgeren enig?' })).toBeVisible();
  await expect(card.getByText('Borgerens egne ord').first()).toBeVisible();
  await expect(card.getByText('Er du enig?')).toHaveCount(0);

  // And back: the same question to her again.
  await role(page, 'Borger');
  await expect(card.getByRole('group', { name: 'Er du enig?' })).toBeVisible();
});

test('consent and the overview speak to the citizen, and about her to professionals', async ({ page }) => {
  await role(page, 'Borger');
  const banner = page.getByRole('region', { name: 'Bemærk om samtykke' });
  await expect(banner).toContainText('Du har ikke givet samtykke til planen endnu');
  await page.getByRole('navigation').getByRole('button', { name: 'Samtykke', exact: true }).click();
  const form = page.getByRole('form', { name: 'Registrér et samtykke' });
  await expect(form.getByLabel('Hvad siger du ja til?')).toBeVisible();

  await role(page, 'Anden fagperson');
  await expect(form.getByLabel('Hvad siger borgeren ja til?')).toBeVisible();
  await expect(banner).toContainText('Borgeren har ikke givet samtykke til planen endnu');

  // Half of "Om mig" written: the overview says what is missing, to whom it reads.
  await page.getByRole('navigation').getByRole('button', { name: 'Om mig', exact: true }).click();
  await page.getByLabel('Det vigtigste for mig').fill('At komme i arbejde');
  await page.getByRole('navigation').getByRole('button', { name: 'Overblik', exact: true }).click();
  await expect(page.getByText(/felt(er)? med borgerens egne ord/)).toBeVisible();
  await role(page, 'Borger');
  await expect(page.getByText(/felt(er)? med dine egne ord/)).toBeVisible();
});
