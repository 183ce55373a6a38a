// The first screen, as a citizen meets it: write a title and what matters most,
// switch language, reload — nothing is lost — and the page has no accessibility violations.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./support');

test.beforeEach(async ({ page }) => {
  await page.goto('/index.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

test('edit the title, switch language, reload: the edit persists', async ({ page }) => {
  const title = page.getByLabel('Planens titel');
  await expect(title).toBeVisible();
  await title.fill('Min plan for 2027');
  await page.getByLabel('Det vigtigste for mig').fill('Jeg vil gerne have et arbejde, hvor jeg kan være noget for andre.');
  await expect(page.getByText('Gemt på denne computer')).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByLabel('Plan title')).toHaveValue('Min plan for 2027');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(page.getByLabel('Planens titel')).toHaveValue('Min plan for 2027');
  // A plan with content opens on the overview.
  await expect(page.getByRole('heading', { level: 2, name: 'Overblik' })).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Om mig', exact: true }).click();
  await expect(page.getByLabel('Det vigtigste for mig')).toHaveValue(/noget for andre/);

  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('helhedsplan:plan')));
  expect(saved.title).toBe('Min plan for 2027');
  expect(saved.schema_version).toBeGreaterThanOrEqual(1);
});

test('undo and redo with the keyboard', async ({ page }) => {
  const title = page.getByLabel('Planens titel');
  await title.fill('Plan A');
  await title.press('Control+z');
  await expect(title).toHaveValue('');
  await title.press('Control+Shift+z');
  await expect(title).toHaveValue('Plan A');
});

for (const language of ['Dansk', 'English']) {
  test(`no axe-core violations (${language})`, async ({ page }) => {
    await page.getByRole('button', { name: language }).click();
    await page.getByLabel(language === 'Dansk' ? 'Planens titel' : 'Plan title').fill('Plan');
    await expectNoAxeViolations(page);
  });
}
