// Journey: "Del med …". The citizen decides who sees what: choosing the job centre shows
// what it will not get (the psychiatric treatment and what hangs on it, since no consent
// lets health information go to the job centre), and the downloaded plan for the job
// centre holds no health data. A party no consent names gets the plan's name only.
const { test, expect } = require('@playwright/test');
const fs = require('fs');
const { expectNoAxeViolations, loadSample } = require('./support');

test('the export for the job centre holds no health data when no consent covers it', async ({ page }) => {
  await loadSample(page, 'mor-med-angst');
  await page.getByRole('navigation').getByRole('button', { name: 'Del med …', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Del med …' })).toBeFocused();
  const party = page.getByLabel('Hvem skal planen deles med?');
  await party.selectOption('Holmstrup Kommune, Jobcenter');
  await expect(page.getByRole('status').filter({ hasText: 'får planen uden det' })).toBeVisible();
  await expect(page.getByText('Helbredsoplysninger kommer ikke med.')).toBeVisible();
  const leftOut = page.getByRole('list', { name: /Det får Holmstrup Kommune, Jobcenter ikke at se/ });
  await expect(leftOut.getByRole('listitem').filter({ hasText: 'Behandling for angst i distriktspsykiatrien' }))
    .toContainText('helbredsoplysning uden samtykke');
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hent planen til Holmstrup Kommune, Jobcenter' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-til-holmstrup-kommune-jobcenter-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(fs.readFileSync(await file.path(), 'utf8'));
  expect(doc.kind).toBe('helhedsplan-shared-plan');
  expect(doc.party).toBe('Holmstrup Kommune, Jobcenter');
  expect(doc.health).toBe(false);
  expect(doc.plan.interventions.map((i) => i.sector)).not.toContain('health');
  expect(doc.plan.interventions.length).toBeGreaterThan(0);
  expect(doc.plan.change_log || []).toEqual([]);
  expect(doc.left_out.map((l) => l.title)).toContain('Behandling for angst i distriktspsykiatrien');
  // What the screen listed is what the file left out (ratings of a left-out goal are
  // counted in one line).
  const listed = await leftOut.getByRole('listitem').evaluateAll(
    (items) => items.reduce((n, li) => n + Number(li.dataset.count || 1), 0));
  expect(listed).toBe(doc.left_out.length);
  await expect(leftOut.getByRole('listitem').filter({ hasText: /^\d+ vurderinger/ })).toHaveCount(1);

  // A party no consent names: the plan's name only, and a way to the consents.
  // (Saras mor: her consent was withdrawn.)
  await party.selectOption('Hanne Jensen (mor)');
  await expect(page.locator('.hp-share-status')).toContainText('Der er ikke givet samtykke til at dele med Hanne Jensen (mor)');
  await page.locator('.hp-share').getByRole('button', { name: 'Gå til Samtykke' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Samtykke', exact: true })).toBeFocused();
});
