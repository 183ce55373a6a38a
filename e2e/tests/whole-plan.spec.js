// Journey 7: seeing the whole. A caseworker opens a sample plan and lands on the overview;
// the task list says which parts need attention; the coherence panel lists what does not
// hang together, and a finding opens its intervention with the keyboard.
const { test, expect } = require('@playwright/test');
const { loadSample } = require('./support');

test('journey 7: from the overview to a finding to the intervention, by keyboard', async ({ page }) => {
  await loadSample(page, 'mor-med-angst');
  // A plan with content opens on the overview.
  await expect(page.getByRole('heading', { level: 2, name: 'Overblik' })).toBeVisible();
  const tasks = page.locator('.hp-task');
  await expect(tasks).toHaveCount(8);
  // Each part's state is in words, linked to the part's name for screen readers.
  const interventions = page.getByRole('button', { name: 'Indsatser', exact: true }).and(page.locator('.hp-task-name'));
  await expect(interventions).toHaveAccessibleDescription(/Se på det .*ting at se på under Sammenhæng/);
  await expect(tasks.filter({ hasText: 'Godkendelse' })).toContainText('Ikke startet');

  // The coherence box counts the findings; its button opens the panel.
  const summary = page.locator('.hp-overview-coherence');
  await expect(summary).toContainText(/Der er \d+ ting/);
  const count = Number((await summary.textContent()).match(/Der er (\d+) ting/)[1]);
  await summary.getByRole('button', { name: 'Se, hvad der ikke hænger sammen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Sammenhæng' })).toBeFocused();
  await expect(page.locator('.hp-finding')).toHaveCount(count);

  // A finding about an intervention that has ended but still says active.
  const ended = page.locator('.hp-finding[data-rule=ended_but_active]').first();
  await expect(ended).toContainText('står som i gang, men perioden sluttede');
  const link = ended.getByRole('button', { name: /^Gå til/ });
  const title = (await link.textContent()).replace(/^Gå til “|”$/g, '');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Indsatser' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: title, exact: true })).toBeFocused();

  // Findings are advice: the intervention can still be edited, and marking it completed
  // removes the finding.
  const card = page.locator('.hp-iv-card').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
  await card.getByText('Ret indsatsen').click();
  await card.getByLabel('Status').selectOption({ label: 'Afsluttet' });
  await page.getByRole('navigation').getByRole('button', { name: 'Sammenhæng', exact: true }).click();
  await expect(page.locator('.hp-finding')).toHaveCount(count - 1);
  await expect(page.locator('.hp-finding').filter({ hasText: title })).toHaveCount(0);
});

test('journey 7b: a bar on the timeline opens its intervention', async ({ page }) => {
  await loadSample(page, 'mor-med-angst');
  await page.getByRole('navigation').getByRole('button', { name: 'Tidslinje', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Tidslinje' })).toBeFocused();
  // One band per sector, named as the catalogue names them.
  await expect(page.locator('.hp-tl-band')).toHaveCount(4);
  const bar = page.locator('.hp-tl-bar').filter({ hasText: 'Mentor, der følger Sara i praktikken' });
  await expect(bar).toHaveAccessibleName(/Mentor, der følger Sara i praktikken.*Beskæftigelse/);
  await bar.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'Mentor, der følger Sara i praktikken', exact: true })).toBeFocused();
});
