// Live co-authoring (collab-url) through the real Yjs server (examples/collab-server.js,
// @y/websocket-server with LevelDB) on 127.0.0.1: two browser contexts are two devices.
// This file starts its own server (and restarts it in one test) on a fresh directory.
const { test, expect } = require('@playwright/test');
const { addGoal, goalHeading } = require('./support');
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

/** The citizen's and the caseworker's devices, each in ROOM and connected. */
async function onlineDevice(browser, room, name, role) {
  const it = await device(browser, room, { name, role });
  await online(it.page);
  return it;
}
const metteIn = (browser, room) => onlineDevice(browser, room, 'Mette Jensen', 'citizen');
const jonasIn = (browser, room) => onlineDevice(browser, room, 'Jonas Holm', 'caseworker');

test('two devices: the second joins the plan the first seeded, and both type in one field at once', async ({ browser }) => {
  const room = freshRoom();
  const mette = await metteIn(browser, room);
  await mette.page.getByLabel('Planens titel').fill('Mettes plan');
  const jonas = await jonasIn(browser, room);
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


test('each adds a different goal at the same time, both survive; plan-change says remote and who', async ({ browser }) => {
  const room = freshRoom();
  const mette = await metteIn(browser, room);
  const jonas = await jonasIn(browser, room);
  await mette.page.evaluate(() => {
    window.remoteChanges = [];
    document.querySelector('helhedsplan-editor').addEventListener('plan-change', (e) => {
      if (e.detail.remote) window.remoteChanges.push(e.detail.edit.who.name);
    });
  });
  await Promise.all([addGoal(mette.page, 'Jeg vil have et arbejde'), addGoal(jonas.page, 'Sove bedre om natten')]);
  for (const page of [mette.page, jonas.page]) {
    await expect(goalHeading(page, 'Jeg vil have et arbejde')).toBeVisible();
    await expect(goalHeading(page, 'Sove bedre om natten')).toBeVisible();
  }
  await expect.poll(() => mette.page.evaluate(() => window.remoteChanges)).toContain('Jonas Holm');
  await mette.context.close();
  await jonas.context.close();
});

test('presence: who is here, where, and gone when they leave', async ({ browser }) => {
  const room = freshRoom();
  const mette = await metteIn(browser, room);
  const jonas = await jonasIn(browser, room);
  const here = mette.page.locator('helhedsplan-editor').getByRole('list').filter({ hasText: 'Jonas Holm' });
  await expect(here).toContainText('Jonas Holm (Sagsbehandler)');
  await jonas.page.getByRole('navigation').getByRole('button', { name: 'Mål', exact: true }).click();
  await expect(here).toContainText('i Mål');
  await jonas.context.close();
  await expect(mette.page.getByText('Jonas Holm (Sagsbehandler)')).toHaveCount(0, { timeout: 10_000 });
  await mette.context.close();
});

test('a wrong token is refused with a message, and the plan stays on the device', async ({ browser }) => {
  const room = freshRoom();
  const intruder = await device(browser, room, { name: 'Ukendt', role: 'caseworker', token: 'not-the-token-at-all' });
  await expect(status(intruder.page)).toContainText('Serveren lukkede ikke op for dig', { timeout: 20_000 });
  await intruder.page.getByLabel('Planens titel').fill('Skrevet uden adgang');
  await expect(intruder.page.getByLabel('Planens titel')).toHaveValue('Skrevet uden adgang');
  await intruder.context.close();
});

test('offline: both edit, it reconnects, nothing is lost, and the status counts the waiting changes', async ({ browser }) => {
  const room = freshRoom();
  const mette = await metteIn(browser, room);
  await mette.page.getByLabel('Planens titel').fill('Mettes plan');
  const jonas = await jonasIn(browser, room);
  await expect(jonas.page.getByLabel('Planens titel')).toHaveValue('Mettes plan');

  // Jonas' laptop loses the network: the server is out of reach until it is back.
  await jonas.context.setOffline(true);
  await jonas.page.evaluate(() => window.dispatchEvent(new Event('offline')));
  await expect(status(jonas.page)).toContainText('Ingen forbindelse', { timeout: 20_000 });
  await addGoal(jonas.page, 'Komme i praktik');
  await expect(status(jonas.page)).toContainText(/ændring(er)? venter/);
  await addGoal(mette.page, 'Have overskud til børnene');

  // The shared document is kept in IndexedDB (room for large plans), not localStorage.
  await expect.poll(() => jonas.page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('helhedsplan-live', 1);
    open.onsuccess = () => {
      const count = open.result.transaction('documents').objectStore('documents').count();
      count.onsuccess = () => resolve(count.result);
      count.onerror = () => resolve(-1);
    };
    open.onerror = () => resolve(-1);
  }))).toBeGreaterThan(0);
  expect(await jonas.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('helhedsplan-live:')))).toEqual([]);
  // Jonas reloads while offline: his change is still there.
  await jonas.page.reload().catch(() => {});
  await jonas.context.setOffline(false);
  await jonas.page.reload();
  await online(jonas.page);
  await jonas.page.getByRole('navigation').getByRole('button', { name: 'Mål', exact: true }).click();
  for (const page of [jonas.page, mette.page]) {
    await expect(goalHeading(page, 'Komme i praktik')).toBeVisible();
    await expect(goalHeading(page, 'Have overskud til børnene')).toBeVisible();
  }
  await mette.context.close();
  await jonas.context.close();
});

test('the server restarts mid-session: the plan is intact and editing goes on', async ({ browser }) => {
  const room = freshRoom();
  const mette = await metteIn(browser, room);
  await mette.page.getByLabel('Planens titel').fill('Mettes plan');
  await mette.page.getByLabel('Det vigtigste for mig').fill('At mine børn har det godt.');
  await mette.page.waitForTimeout(500);
  await stopServer();
  await expect(status(mette.page)).toContainText('Ingen forbindelse', { timeout: 20_000 });
  await mette.page.getByLabel('Planens titel').fill('Mettes plan, efter mødet');
  server = await startServer();
  await online(mette.page);
  // A second device joining now gets everything: what was stored and what waited.
  const jonas = await jonasIn(browser, room);
  await expect(jonas.page.getByLabel('Planens titel')).toHaveValue('Mettes plan, efter mødet');
  await expect(jonas.page.getByLabel('Det vigtigste for mig')).toHaveValue('At mine børn har det godt.');
  await mette.context.close();
  await jonas.context.close();
});

test('two tabs in one browser share live without a server', async ({ browser }) => {
  const room = freshRoom();
  const context = await browser.newContext();
  const params = new URLSearchParams({ server: 'ws://127.0.0.1:9', room, token: TOKEN, name: 'Mette Jensen', role: 'citizen', device: 'laptop' });
  const first = await context.newPage();
  await first.goto(`/examples/co-authoring.html?${params}`);
  await expect(status(first)).toContainText('Ingen forbindelse', { timeout: 20_000 });
  const second = await context.newPage();
  await second.goto(`/examples/co-authoring.html?${params}`);
  await expect(status(second)).toContainText('Ingen forbindelse', { timeout: 20_000 });
  await first.getByLabel('Det vigtigste for mig').fill('Skrevet i den første fane.');
  await expect(second.getByLabel('Det vigtigste for mig')).toHaveValue('Skrevet i den første fane.');
  await second.getByLabel('Planens titel').fill('Fra den anden fane');
  await expect(first.getByLabel('Planens titel')).toHaveValue('Fra den anden fane');
  await context.close();
});

test('a marker shows on the goal someone else is editing', async ({ browser }) => {
  const room = freshRoom();
  const mette = await metteIn(browser, room);
  await addGoal(mette.page, 'Jeg vil have et arbejde');
  const jonas = await jonasIn(browser, room);
  await jonas.page.getByRole('navigation').getByRole('button', { name: 'Mål', exact: true }).click();
  const card = jonas.page.locator('article').filter({ has: goalHeading(jonas.page, 'Jeg vil have et arbejde') });
  // The section's heading takes the focus first; then Jonas goes into the goal's card.
  await expect(jonas.page.getByRole('heading', { level: 2, name: 'Mål' })).toBeFocused();
  await card.getByText('Vurdér, hvordan det går').click();
  const metteCard = mette.page.locator('article').filter({ has: goalHeading(mette.page, 'Jeg vil have et arbejde') });
  await expect(metteCard.getByText('Jonas Holm skriver her')).toBeVisible();
  // Focus elsewhere: the marker goes.
  await jonas.page.getByLabel('Målet i én sætning').focus();
  await expect(metteCard.getByText('Jonas Holm skriver her')).toHaveCount(0);
  await mette.context.close();
  await jonas.context.close();
});

test('a server that sends garbage, a 10 MB message or a message cut short: said in words, the plan untouched', async ({ browser }) => {
  const WebSocket = require('ws');
  const bad = new WebSocket.Server({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => bad.once('listening', resolve));
  bad.on('connection', (socket) => {
    socket.send(crypto.randomBytes(64));
    socket.send(Buffer.alloc(10 * 1024 * 1024, 7));
    // Sync step 2 whose update claims 200 bytes and carries 3.
    socket.send(Buffer.from([0, 1, 200, 1, 1, 2, 3]));
  });
  const room = freshRoom();
  const mette = await device(browser, room, { name: 'Mette Jensen', role: 'citizen', serverUrl: `ws://127.0.0.1:${bad.address().port}` });
  await mette.page.getByLabel('Planens titel').fill('Mettes plan');
  await expect(mette.page.getByText('Serveren sendte noget, der ikke er en del af planen')).toBeVisible({ timeout: 15_000 });
  // Still alive and editable (a panic would have stopped the editor), the plan as it was.
  await mette.page.getByLabel('Det vigtigste for mig').fill('At mine børn har det godt.');
  await expect(mette.page.getByLabel('Planens titel')).toHaveValue('Mettes plan');
  await expect(mette.page.getByLabel('Det vigtigste for mig')).toHaveValue('At mine børn har det godt.');
  await mette.context.close();
  bad.close();
});

test('a date set on two devices at once: one value wins everywhere, and the other person gets theirs one click away', async ({ browser }) => {
  const room = freshRoom();
  const mette = await metteIn(browser, room);
  await addGoal(mette.page, 'Jeg vil have et arbejde');
  const jonas = await jonasIn(browser, room);
  await jonas.page.getByRole('navigation').getByRole('button', { name: 'Mål', exact: true }).click();
  const dateOn = async (page) => {
    const card = page.locator('article').filter({ has: goalHeading(page, 'Jeg vil have et arbejde') });
    const summary = card.getByText('Ret målet');
    if (!(await card.getByLabel('Hvornår skal målet være nået? (frivillig)').isVisible())) await summary.click();
    return card.getByLabel('Hvornår skal målet være nået? (frivillig)');
  };
  // Jonas is offline while both set the date: neither sees the other's value.
  await jonas.context.setOffline(true);
  await jonas.page.evaluate(() => window.dispatchEvent(new Event('offline')));
  await expect(status(jonas.page)).toContainText('Ingen forbindelse', { timeout: 20_000 });
  await (await dateOn(mette.page)).fill('2027-05-01');
  await (await dateOn(jonas.page)).fill('2027-04-01');
  await jonas.context.setOffline(false);
  await jonas.page.evaluate(() => window.dispatchEvent(new Event('online')));
  await online(jonas.page);
  // Both end with the same date.
  await expect.poll(async () => {
    const [a, b] = [await (await dateOn(mette.page)).inputValue(), await (await dateOn(jonas.page)).inputValue()];
    return a === b && ['2027-05-01', '2027-04-01'].includes(a);
  }).toBe(true);
  const [m, j] = [await (await dateOn(mette.page)).inputValue(), await (await dateOn(jonas.page)).inputValue()];
  expect(m).toBe(j);
  // The person whose date lost is told, in words, with a button for theirs.
  const loser = m === '2027-05-01' ? jonas.page : mette.page;
  const winner = loser === jonas.page ? mette.page : jonas.page;
  const mine = loser === jonas.page ? '2027-04-01' : '2027-05-01';
  await expect(loser.getByRole('button', { name: 'Brug min værdi' })).toBeVisible({ timeout: 10_000 });
  await expect(winner.getByRole('button', { name: 'Brug min værdi' })).toHaveCount(0);
  await loser.getByRole('button', { name: 'Brug min værdi' }).click();
  await expect(await dateOn(winner)).toHaveValue(mine);
  await expect(await dateOn(loser)).toHaveValue(mine);
  await mette.context.close();
  await jonas.context.close();
});
