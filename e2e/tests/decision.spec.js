// Journey: one decision, for real. Sara's plan has two decisions under two laws, so the
// summary says honestly that there are two ways to complain, names each complaint body
// with the decisions it covers, and the printout carries both, with the reasons.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations, loadSample, pdfText } = require('./support');

test('the decision summary prints with its two complaint bodies and the reasons', async ({ page }) => {
  test.setTimeout(60_000);
  await loadSample(page, 'mor-med-angst');
  await page.getByRole('navigation').getByRole('button', { name: 'Afgørelse', exact: true }).click();
  const complaint = page.getByRole('complementary', { name: 'Sådan klager du' });
  await expect(complaint).toContainText('Afgørelserne her har 2 forskellige klageveje');
  await expect(complaint.getByRole('heading', { level: 4, name: 'Klage til Ankestyrelsen', exact: true })).toBeVisible();
  await expect(complaint.getByRole('heading', { level: 4, name: 'Klage til Ankestyrelsens Beskæftigelsesudvalg' })).toBeVisible();
  await expect(page.getByText('Begrundelse: Sara har brug for støtte')).toBeVisible();
  // The plans this one replaces are named with the decision.
  await expect(page.locator('.hp-decision-linked-plans')).toContainText('Denne plan erstatter:');
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  const text = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
  expect(text).toContain('Klage til Ankestyrelsen');
  expect(text).toContain('Klage til Ankestyrelsens Beskæftigelsesudvalg');
  expect(text).toContain('Gælder: Bostøtte hjemme hos Sara');
  expect(text).toContain('Begrundelse: Sara har brug for støtte');
  expect(text).toContain('senest 4 uger');
  expect(text).not.toContain('Udskriv afgørelsesoversigt');
});
