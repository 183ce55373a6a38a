// Playwright runs the journeys against the release build in dist/, served on 127.0.0.1.
// The browser is Debian's Chromium: Playwright never downloads one here.
const { defineConfig } = require('@playwright/test');

const PORT = Number(process.env.HP_E2E_PORT || 4173);

module.exports = defineConfig({
  testDir: './tests',
  // The <helhedsplan-editor> suites need the example server: playwright.embed.config.js.
  testIgnore: /embed.*\.spec\.js$/,
  outputDir: './test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `python3 -m http.server ${PORT} --bind 127.0.0.1 --directory ${process.env.HP_E2E_DIST || '../dist'}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    // http.server logs every request on stderr; the journeys' own output is what matters.
    stderr: 'ignore',
    timeout: 20_000,
  },
});
