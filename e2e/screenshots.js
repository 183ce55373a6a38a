// Takes screenshots of the editor for people to look at (not a test).
// Usage: node screenshots.js [outDir]   — expects the release build served on HP_E2E_PORT (default 4173).
const { chromium } = require('@playwright/test');
const path = require('path');

const PORT = Number(process.env.HP_E2E_PORT || 4173);
const out = process.argv[2] || path.join(__dirname, '..', 'screenshots');
const sizes = [['desktop', 1280, 900], ['mobile', 390, 844]];

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (const [name, width, height] of sizes) {
    for (const lang of ['Dansk', 'English']) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`http://127.0.0.1:${PORT}/index.html`);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.getByRole('button', { name: lang }).click();
      if (process.env.HP_SCREENSHOT_SETUP) await eval(process.env.HP_SCREENSHOT_SETUP)(page);
      const file = path.join(out, `${name}-${lang === 'Dansk' ? 'da' : 'en'}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
  await browser.close();
})();
