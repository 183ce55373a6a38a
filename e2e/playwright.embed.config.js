// Playwright for the embeddable <helhedsplan-editor>: the example pages and a real HTTP
// server (examples/server.js, Node built-ins only) on 127.0.0.1, against a release build.
//   HP_DIST=/tmp/dist-embed scripts/build.sh   (the editor and dist/collab/, embed-builds.spec.js)
//   cd e2e && HP_E2E_DIST=/tmp/dist-embed HP_E2E_PORT=4340 \
//     node_modules/.bin/playwright test -c playwright.embed.config.js
const path = require('node:path');
const { defineConfig } = require('@playwright/test');

const PORT = Number(process.env.HP_E2E_PORT || 4340);
const DIST = path.resolve(__dirname, process.env.HP_E2E_DIST || '../dist');

module.exports = defineConfig({
  testDir: './tests',
  testMatch: /embed.*\.spec\.js$/,
  outputDir: './test-results/embed',
  timeout: 60_000,
  expect: { timeout: 8_000 },
  fullyParallel: false,
  // One server holds the plans in memory: the journeys run one at a time.
  workers: 1,
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
    command: 'node ../examples/server.js',
    env: { PORT: String(PORT), HP_DIST: DIST, HP_TEST_SWITCHES: '1' },
    url: `http://127.0.0.1:${PORT}/examples/index.html`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
