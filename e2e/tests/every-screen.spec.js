// Journey 6: with a sample plan loaded, every screen passes axe-core in both languages,
// and printing the whole plan to PDF gives a paper copy with every section on it.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations, loadSample, pdfText } = require('./support');

const SECTIONS = {
  Dansk: ['Overblik', 'Om mig', 'Samlet udredning', 'Mål', 'Indsatser', 'Personer', 'Samtykke', 'Andre planer', 'Opfølgning',
    'Tidslinje', 'Sammenhæng', 'Afgørelse', 'Del med …', 'Godkendelse'],
  English: ['Overview', 'About me', 'Joint assessment', 'Goals', 'Interventions', 'People', 'Consent', 'Other plans', 'Follow-up',
    'Timeline', 'Coherence', 'Decision', 'Share with …', 'Approval'],
};

for (const language of Object.keys(SECTIONS)) {
  test(`every screen has no axe-core violations (${language})`, async ({ page }) => {
    test.setTimeout(90_000);
    await loadSample(page, 'mor-med-angst');
    await page.getByRole('button', { name: language }).click();
    const nav = page.getByRole('navigation');
    for (const section of SECTIONS[language]) {
      await nav.getByRole('button', { name: section, exact: true }).click();
      await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}

// WCAG 1.4.10 reflow: at 320 CSS px wide (and so at 400 % zoom of 1280 px; 200 % is 640 px)
// nothing needs scrolling sideways.
for (const width of [320, 640]) {
  test(`every screen reflows without sideways scrolling at ${width} px`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height: 800 });
    await loadSample(page, 'mor-med-angst');
    const nav = page.getByRole('navigation');
    for (const section of SECTIONS.Dansk) {
      await nav.getByRole('button', { name: section, exact: true }).click();
      await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${section} at ${width} px`).toBeLessThanOrEqual(0);
    }
  });
}

test('the plan can be copied to the clipboard as JSON', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await loadSample(page, 'ung-efter-psykiatri');
  await page.getByText('Gem, hent og udskriv').click();
  await page.getByRole('button', { name: 'Kopiér planen som tekst' }).click();
  await expect(page.getByRole('status')).toContainText('Planen er kopieret');
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('helhedsplan:plan')));
  expect(copied).toEqual(saved);
});

test('printing the whole plan gives every section on paper', async ({ page }) => {
  test.setTimeout(60_000);
  await loadSample(page, 'mor-med-angst');
  await page.getByText('Gem, hent og udskriv').click();
  await page.getByRole('button', { name: 'Vis hele planen' }).click();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });

  const text = await pdfText(pdf);
  // The paper copy holds the parts and the one-decision summary, not the screen-only views.
  const printed = SECTIONS.Dansk.filter((s) => !['Overblik', 'Tidslinje', 'Sammenhæng', 'Del med …'].includes(s));
  for (const heading of printed) expect(text, `section ${heading}`).toContain(heading);
  expect(text).not.toContain('Hvor langt er planen?');
  // The citizen's own words, who agreed, and dates are on the paper; no buttons are.
  expect(text).toContain('Saras plan');
  expect(text).toContain('Jeg vil have et arbejde og en hverdag, hvor angsten ikke bestemmer');
  expect(text).toMatch(/Du er (enig|uenig)/);
  expect(text).toMatch(/\d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}/);
  expect(text).not.toContain('Fortryd');
  expect(text).not.toContain('Gem, hent og udskriv');
});
