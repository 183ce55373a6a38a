// Two tabs with the same plan (one browser, one storage): each follows the other's changes
// and neither saves over the other (docs/architecture.md, "Storage").
const { test, expect } = require('@playwright/test');
const { addGoal, goalHeading } = require('./support');


test('a goal added in tab A and then one in tab B are both kept', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('/index.html');
  await a.evaluate(() => localStorage.clear());
  await a.reload();
  await expect(a.getByLabel('Planens titel')).toBeVisible();
  const b = await context.newPage();
  await b.goto('/index.html');
  await expect(b.getByLabel('Planens titel')).toBeVisible();

  await addGoal(a, 'Jeg vil sove bedre');
  // Tab B has not been reloaded: it follows A's save by itself.
  await b.getByRole('navigation').getByRole('button', { name: 'Mål', exact: true }).click();
  await expect(goalHeading(b, 'Jeg vil sove bedre')).toBeVisible();
  await addGoal(b, 'Jeg vil have et arbejde');
  await expect(goalHeading(a, 'Jeg vil have et arbejde')).toBeVisible();

  for (const page of [a, b]) {
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: 'Mål', exact: true }).click();
    await expect(goalHeading(page, 'Jeg vil sove bedre')).toBeVisible();
    await expect(goalHeading(page, 'Jeg vil have et arbejde')).toBeVisible();
  }
  const saved = await a.evaluate(() => JSON.parse(localStorage.getItem('helhedsplan:plan')));
  expect(saved.goals.map((g) => g.title)).toEqual(['Jeg vil sove bedre', 'Jeg vil have et arbejde']);
});
