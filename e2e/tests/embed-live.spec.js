// Live co-authoring (collab-url) through the real Yjs server (examples/collab-server.js,
// @y/websocket-server with LevelDB) on 127.0.0.1: two browser contexts are two devices.
// This file starts its own server (and restarts it in one test) on a fresh directory.
const { test, expect } = require('@playwright/test');
const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');

const SERVER = path.join(__dirname, '..', '..', 'examples', 'collab-server.js');
const TOKEN = crypto.randomBytes(24).toString('base64url');
let server = null;
let dir = null;
let port = 0;

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER], {
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), YPERSISTENCE: path.join(dir, 'rooms'), HP_COLLAB_TOKEN: TOKEN },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`collab server did not start: ${out}`)), 15_000);
    const seen = (chunk) => {
      out += chunk;
      const found = /listening on [\d.]+:(\d+)/.exec(out);
      if (found) {
        clearTimeout(timer);
        port = Number(found[1]);
        resolve(child);
      }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
  });
}

function stopServer() {
  return new Promise((resolve) => {
    if (!server || server.exitCode !== null) return resolve();
    server.once('exit', resolve);
    server.kill('SIGTERM');
  });
}

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'hp-live-'));
  server = await startServer();
});

test.afterAll(async () => {
  await stopServer();
  rmSync(dir, { recursive: true, force: true });
});

const freshRoom = () => `plan-${crypto.randomBytes(5).toString('hex')}`;

/** One device: a browser context with the co-authoring page open on ROOM. */
async function device(browser, room, { name, role, token = TOKEN, serverUrl } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const params = new URLSearchParams({
    server: serverUrl || `ws://127.0.0.1:${port}`,
    room,
    token,
    name,
    role,
    device: name,
  });
  await page.goto(`/examples/co-authoring.html?${params}`);
  return { context, page };
}

const status = (page) => page.locator('helhedsplan-editor').getByRole('status').filter({ hasText: /Fælles plan:/ });
const online = (page) => expect(status(page)).toContainText('Forbundet', { timeout: 15_000 });

test('two devices: the second joins the plan the first seeded, and both type in one field at once', async ({ browser }) => {
  const room = freshRoom();
  const mette = await device(browser, room, { name: 'Mette Jensen', role: 'citizen' });
  await online(mette.page);
  await mette.page.getByLabel('Planens titel').fill('Mettes plan');
  const jonas = await device(browser, room, { name: 'Jonas Holm', role: 'caseworker' });
  await online(jonas.page);
  await expect(jonas.page.getByLabel('Planens titel')).toHaveValue('Mettes plan');

  // Both write in the citizen's own words at the same time.
  const dreamsM = mette.page.getByLabel('Det vigtigste for mig');
  const dreamsJ = jonas.page.getByLabel('Det vigtigste for mig');
  await dreamsM.click();
  await dreamsJ.click();
  await Promise.all([
    dreamsM.pressSequentially('Jeg vil have et arbejde.', { delay: 15 }),
    dreamsJ.pressSequentially(' Mette nævnte også sine børn.', { delay: 15 }),
  ]);
  for (const page of [mette.page, jonas.page]) {
    await expect(page.getByLabel('Det vigtigste for mig')).toHaveValue(/Jeg vil have et arbejde\./);
    await expect(page.getByLabel('Det vigtigste for mig')).toHaveValue(/Mette nævnte også sine børn\./);
  }
  const m = await dreamsM.inputValue();
  await expect(dreamsJ).toHaveValue(m);
  await mette.context.close();
  await jonas.context.close();
});
