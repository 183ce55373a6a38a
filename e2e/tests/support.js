// Shared helpers for the journeys.
const { expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;

/** Runs axe-core (WCAG 2.1 A and AA rules) and fails with a readable list of violations. */
async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'axe-core violations').toEqual([]);
}

/** Adds a goal through the form on the goals page. */
async function addGoal(page, title) {
  await page.getByRole('navigation').getByRole('button', { name: 'Mål', exact: true }).click();
  const addForm = page.getByRole('form', { name: 'Tilføj et mål' });
  await addForm.getByLabel('Målet i én sætning').fill(title);
  await addForm.getByRole('button', { name: 'Tilføj mål' }).click();
}

/** A goal's card heading, by its title. */
const goalHeading = (page, title) => page.getByRole('heading', { name: title });

/** Loads a sample plan through the file menu on a fresh page, as a facilitator would. */
async function loadSample(page, name) {
  await page.goto('/index.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByText('Gem, hent og udskriv').click();
  await page.getByLabel('Eksempel på en plan').selectOption(name);
  await page.getByRole('button', { name: 'Hent eksemplet' }).click();
  await expect(page.getByLabel('Planens titel')).not.toHaveValue('');
  await page.getByText('Gem, hent og udskriv').click();
}

module.exports = { expectNoAxeViolations, addGoal, goalHeading, loadSample };
