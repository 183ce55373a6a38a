// Screenshots of workshop mode (not a test): the persona picker, the scenario panel beside
// the editor and the presenter view, at desktop and phone width in both languages.
// Usage: node workshop-screenshots.js [outDir] — expects a build served on HP_E2E_PORT,
// e.g. `python3 -m http.server 4383 --directory /tmp/dist-workshop`.
const { chromium } = require('@playwright/test');
const path = require('path');

const PORT = Number(process.env.HP_E2E_PORT || 4173);
const out = process.argv[2] || path.join(__dirname, '..', 'screenshots');
const sizes = [['desktop', 1280, 800], ['mobile', 390, 844]];
const words = {
  da: { persona: /Sara/, next: 'Næste trin', presenter: 'Præsentationsvisning' },
  en: { persona: /Sara/, next: 'Next step', presenter: 'Presenter view' },
};

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (const [size, width, height] of sizes) {
    for (const lang of ['da', 'en']) {
      const w = words[lang];
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`http://127.0.0.1:${PORT}/index.html?mode=workshop`);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.getByRole('button', { name: lang === 'da' ? 'Dansk' : 'English' }).click();
      const shot = async (name, fullPage = true) => {
        const file = path.join(out, `workshop-${size}-${lang}-${name}.png`);
        await page.waitForTimeout(150);
        await page.screenshot({ path: file, fullPage });
        console.log(file);
      };
      await shot('1-picker');
      await page.getByRole('button', { name: w.persona }).click();
      await page.getByRole('button', { name: w.next }).click();
      await page.getByRole('button', { name: w.next }).click();
      await shot('2-scenario', false);
      await page.getByRole('button', { name: w.presenter }).click();
      await shot('3-presenter', false);
      await page.close();
    }
  }
  await browser.close();
})();
