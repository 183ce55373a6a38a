// Takes screenshots of every screen, for people to look at (not a test): a sample plan is
// loaded, then each section is captured at desktop and phone width in both languages.
// Usage: node screenshots.js [outDir] [sample]   — expects the release build served on
// HP_E2E_PORT (default 4173), e.g. `python3 -m http.server 4173 --directory ../dist`.
const { chromium } = require('@playwright/test');
const path = require('path');

const PORT = Number(process.env.HP_E2E_PORT || 4173);
const out = process.argv[2] || path.join(__dirname, '..', 'screenshots');
const sample = process.argv[3] || 'mor-med-angst';
const sizes = [['desktop', 1280, 900], ['mobile', 390, 844]];
const allSections = {
  da: ['Overblik', 'Om mig', 'Samlet udredning', 'Mål', 'Indsatser', 'Personer', 'Samtykke', 'Andre planer', 'Opfølgning', 'Tidslinje',
    'Sammenhæng', 'Afgørelse', 'Del med …', 'Godkendelse'],
  en: ['Overview', 'About me', 'Joint assessment', 'Goals', 'Interventions', 'People', 'Consent', 'Other plans', 'Follow-up', 'Timeline',
    'Coherence', 'Decision', 'Share with …', 'Approval'],
};
// HP_SHOT_ONLY=1,9 takes only those sections (1-based, in navigation order).
const only = (process.env.HP_SHOT_ONLY || '').split(',').filter(Boolean).map(Number);
const sections = Object.fromEntries(Object.entries(allSections).map(([lang, list]) =>
  [lang, list.map((name, i) => [i, name]).filter(([i]) => !only.length || only.includes(i + 1))]));

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (const [size, width, height] of sizes) {
    for (const lang of ['da', 'en']) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`http://127.0.0.1:${PORT}/index.html`);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.getByText('Gem, hent og udskriv').click();
      await page.getByLabel('Eksempel på en plan').selectOption(sample);
      await page.getByRole('button', { name: 'Hent eksemplet' }).click();
      await page.getByText('Gem, hent og udskriv').click();
      await page.getByRole('button', { name: lang === 'da' ? 'Dansk' : 'English' }).click();
      for (const [i, section] of sections[lang]) {
        await page.getByRole('navigation').getByRole('button', { name: section, exact: true }).click();
        await page.waitForTimeout(150);
        const file = path.join(out, `${size}-${lang}-${i + 1}-${section.toLowerCase().replace(/\W+/g, '-')}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await page.close();
    }
  }
  await browser.close();
})();
