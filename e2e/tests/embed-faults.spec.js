// save-url and plan-src when things go wrong (issue 10): a server that refuses a save for
// good (400/401/403/413) is not asked again and again, and the user is told what happened
// and what to do; Retry-After is honoured; a server plan the editor cannot read (newer
// schema, not JSON, too large) makes it read-only, so "keep mine" cannot overwrite it; a
// pending save is sent when the element is removed or the page is left; a plan from the
// host never replaces edits made here without keeping them; two elements without ids do
// not share a storage key. Runs with playwright.embed.config.js (examples/server.js with
// its /__test/ switches).
const { test, expect } = require('@playwright/test');
const { randomUUID } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const URL_PATH = '/api/plans/sag-2026-0417';
const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'familie-med-barn.json');

async function serverPlan(request, urlPath = URL_PATH) {
  const res = await request.get(urlPath);
  if (res.status() !== 200) return null;
  return { text: await res.text(), etag: res.headers().etag };
}

const serverTitle = async (request, urlPath) => {
  const got = await serverPlan(request, urlPath);
  return got && JSON.parse(got.text).title;
};

/** Requests the server saw for the plan since `since` (ms), as `{ method, t }`. */
async function apiLog(request, since, method) {
  const log = await (await request.get('/__test/log')).json();
  return log.filter((e) => e.path === URL_PATH && e.t >= since && (!method || e.method === method));
}

const fault = (request, data) => request.post('/__test/fault', { data: JSON.stringify(data) });

const syncStatus = (page) => page.locator('.hp-embed-status[role="status"]');

async function openCaseworker(page, request) {
  await request.post('/__test/reset');
  await page.goto('/examples/caseworker.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByLabel('Planens titel')).toBeVisible();
  await expect(syncStatus(page)).toContainText('Alle ændringer er gemt.');
  await expect.poll(async () => (await serverPlan(request)) !== null).toBe(true);
}

for (const [status, says] of [
  [400, 'kommunens system ikke kunne tage imod planen'],
  [401, 'du ikke er logget ind længere'],
  [403, 'du ikke har adgang til at gemme planen'],
  [413, 'planen er for stor til kommunens system'],
]) {
  test(`a save refused with ${status} is not retried; the user is told why and what to do`, async ({ page, request }) => {
    await openCaseworker(page, request);
    await fault(request, { method: 'PUT', status, body: '{"error":"no"}' });
    const since = Date.now();
    await page.getByLabel('Planens titel').fill('Skrevet mens serveren siger nej');
    await expect(syncStatus(page)).toContainText(`Planen blev ikke gemt hos kommunen, fordi ${says} (svar ${status}).`);
    await expect(syncStatus(page)).toContainText('Din plan er ikke væk: den er stadig gemt på denne enhed.');
    // Nothing more is sent by itself: back-off would have tried again after 1 and 2 s.
    await page.waitForTimeout(4000);
    expect((await apiLog(request, since, 'PUT')).length).toBe(1);
    const local = await page.evaluate(() => JSON.parse(localStorage.getItem('sag-2026-0417:plan')).title);
    expect(local).toBe('Skrevet mens serveren siger nej');

    // Once the fault is fixed, "Prøv igen" sends it.
    await request.post('/__test/fault/clear');
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await expect.poll(() => serverTitle(request)).toBe('Skrevet mens serveren siger nej');
    await expect(syncStatus(page)).toContainText('Alle ændringer er gemt.');
  });
}

test('503 with Retry-After in seconds: the next try waits that long', async ({ page, request }) => {
  await openCaseworker(page, request);
  await fault(request, { method: 'PUT', status: 503, headers: { 'Retry-After': '3' }, body: '<html>Vedligehold</html>', times: 1 });
  const since = Date.now();
  await page.getByLabel('Planens titel').fill('Sendt efter pausen');
  await expect(syncStatus(page)).toContainText('Kommunens system har travlt lige nu.');
  await expect.poll(() => serverTitle(request), { timeout: 15_000 }).toBe('Sendt efter pausen');
  const puts = await apiLog(request, since, 'PUT');
  expect(puts.length).toBe(2);
  const gap = puts[1].t - puts[0].t;
  console.log(`503 Retry-After: 3 -> next PUT after ${gap} ms`);
  expect(gap).toBeGreaterThanOrEqual(2900);
});

test('429 with Retry-After as an HTTP date: the next try waits until then', async ({ page, request }) => {
  await openCaseworker(page, request);
  // HTTP dates have whole seconds: 5 s ahead is at least 4 s from now.
  const at = new Date(Date.now() + 5000).toUTCString();
  await fault(request, { method: 'PUT', status: 429, headers: { 'Retry-After': at }, times: 1 });
  const since = Date.now();
  await page.getByLabel('Planens titel').fill('Sendt efter datoen');
  await expect(syncStatus(page)).toContainText('Kommunens system har travlt lige nu.');
  await expect.poll(() => serverTitle(request), { timeout: 15_000 }).toBe('Sendt efter datoen');
  const puts = await apiLog(request, since, 'PUT');
  expect(puts.length).toBe(2);
  const gap = puts[1].t - puts[0].t;
  console.log(`429 Retry-After: <date 5 s ahead> -> next PUT after ${gap} ms`);
  expect(gap).toBeGreaterThanOrEqual(2900);
});

/** The caseworker page, with the server's GET answering `answer` from the start. */
async function openWithServerAnswer(page, request, answer) {
  await request.post('/__test/reset');
  await page.goto('/examples/index.html');
  await page.evaluate(() => localStorage.clear());
  await fault(request, { method: 'GET', ...answer });
  await page.goto('/examples/caseworker.html');
}

async function expectReadOnlyBecause(page, request, reason) {
  const alert = page.getByRole('alert').filter({ hasText: 'Planen hos kommunen kan ikke læses af denne editor' });
  await expect(alert).toContainText(reason);
  await expect(alert).toContainText('kan du kun læse planen her');
  await expect(page.getByLabel('Planens titel')).toBeVisible();
  await expect(page.getByLabel('Planens titel')).not.toBeEditable();
  // Nothing is ever sent over it.
  await page.waitForTimeout(1500);
  expect((await apiLog(request, 0, 'PUT')).length).toBe(0);
}

test('a 200 answer that is not JSON (a login page) makes the editor read-only, with the reason', async ({ page, request }) => {
  await openWithServerAnswer(page, request, { status: 200, headers: { 'Content-Type': 'text/html' }, body: '<!DOCTYPE html><title>Log ind</title>' });
  await expectReadOnlyBecause(page, request, 'svaret er ikke en gyldig plan');
});

test('an answer over 5 MB is refused unread (with and without Content-Length); read-only', async ({ page, request }) => {
  await openWithServerAnswer(page, request, { status: 200, size: 6 * 1024 * 1024, times: 1 });
  await expectReadOnlyBecause(page, request, 'svaret er større end 5 MB');
  await openWithServerAnswer(page, request, { status: 200, size: 6 * 1024 * 1024, chunked: true, times: 1 });
  await expectReadOnlyBecause(page, request, 'svaret er større end 5 MB');
});

test('a server plan of a newer schema found on a save is never overwritten nor merged into; read-only', async ({ page, request }) => {
  await openCaseworker(page, request);
  await page.getByLabel('Planens titel').fill('Min udgave');
  await expect.poll(() => serverTitle(request)).toBe('Min udgave');
  // A newer editor saves the plan in a format this one cannot read.
  const newer = JSON.parse((await serverPlan(request)).text);
  newer.schema_version = 99;
  newer.title = 'Fra en nyere editor';
  const newerText = JSON.stringify(newer);
  await request.post('/__test/plan/sag-2026-0417', { data: newerText });

  // The save gets 412; the server's plan, loaded to lay this edit onto, cannot be read.
  await page.getByLabel('Planens titel').fill('Min udgave 2');
  const heading = page.getByRole('heading', { name: 'Planen er ændret af en anden' });
  const alert = page.getByRole('alert').filter({ hasText: 'Planen hos kommunen kan ikke læses af denne editor' });
  await expect(alert).toContainText('den er gemt af en nyere udgave af editoren.');
  await expect(heading).toHaveCount(0);
  await expect(page.getByLabel('Planens titel')).not.toBeEditable();
  await page.waitForTimeout(1500);
  expect((await serverPlan(request)).text).toBe(newerText);

  // And on the next load: read-only from the start, the local plan kept as it was.
  await page.reload();
  await expect(alert).toContainText('den er gemt af en nyere udgave af editoren.');
  await expect(page.getByLabel('Planens titel')).not.toBeEditable();
  await expect(page.getByLabel('Planens titel')).toHaveValue('Min udgave 2');
  expect((await serverPlan(request)).text).toBe(newerText);
});

/** A plan made in the editor, with `title` typed in (so its change log has entries). */
async function editedPlan(page, title) {
  await page.goto('/examples/frame.html');
  await page.evaluate(() => {
    localStorage.clear();
    document.body.innerHTML = '';
    const el = document.createElement('helhedsplan-editor');
    el.setAttribute('autosave', 'off');
    document.body.append(el);
  });
  await page.getByLabel('Planens titel').fill(title);
  return page.evaluate(() => document.querySelector('helhedsplan-editor').plan);
}

/** A valid plan with `goals` goals (copies of a sample's), as JSON text. */
function largePlan(goals, title) {
  const plan = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'));
  plan.id = randomUUID();
  plan.title = title;
  const model = plan.goals[0];
  for (let i = 0; i < goals; i += 1) plan.goals.push({ ...model, id: randomUUID() });
  return JSON.stringify(plan);
}

/** The caseworker page on a plan of 320 goals the server holds (over the 64 KiB keepalive
 * cap), saved and idle; returns the title field. */
async function openLargePlan(page, request) {
  await request.post('/__test/reset');
  const put = await request.put(URL_PATH, { data: largePlan(320, 'Stor plan'), headers: { 'Content-Type': 'application/json', 'If-None-Match': '*' } });
  expect(put.status()).toBe(201);
  await page.goto('/examples/index.html');
  await page.evaluate(() => localStorage.clear());
  await page.goto('/examples/caseworker.html');
  const title = page.getByLabel('Planens titel');
  await expect(title).toHaveValue('Stor plan');
  await expect(syncStatus(page)).toContainText('Alle ændringer er gemt.');
  return title;
}

test('removing the element within 300 ms of typing on a large plan still saves what was typed', async ({ page, request }) => {
  const title = await openLargePlan(page, request);

  await title.fill('Skrevet lige før');
  const typedAt = Date.now();
  await page.evaluate(() => document.querySelector('helhedsplan-editor').remove());
  const elapsed = Date.now() - typedAt;
  console.log(`element removed ${elapsed} ms after typing`);
  expect(elapsed).toBeLessThan(300);
  await expect.poll(() => serverTitle(request), { timeout: 10_000 }).toBe('Skrevet lige før');
  // And this device's copy has it too.
  const local = await page.evaluate(() => JSON.parse(localStorage.getItem('sag-2026-0417:plan')).title);
  expect(local).toBe('Skrevet lige før');
});

test('leaving the page right after typing: a small plan is sent with keepalive', async ({ page, request }) => {
  await openCaseworker(page, request);
  await page.getByLabel('Planens titel').fill('Skrevet lige før jeg gik');
  await page.goto('/examples/index.html');
  await expect.poll(() => serverTitle(request), { timeout: 10_000 }).toBe('Skrevet lige før jeg gik');
});

test('leaving the page with a large plan not yet sent: it is marked pending and sent on the next load', async ({ page, request }) => {
  const title = await openLargePlan(page, request);

  // The server is busy: the save waits for its back-off when the page is left. The plan is
  // over the 64 KiB keepalive cap, so nothing can go with the leaving page either.
  await fault(request, { method: 'PUT', status: 503, headers: { 'Retry-After': '120' }, body: 'busy' });
  await title.fill('Skrevet før jeg lukkede');
  await expect(syncStatus(page)).toContainText('travlt');
  await page.goto('/examples/index.html');
  const pending = await page.evaluate(() => localStorage.getItem('sag-2026-0417:pending-sync'));
  expect(pending).toContain('/api/plans/sag-2026-0417');
  expect(await serverTitle(request)).toBe('Stor plan');

  // Back again, the server well: the plan from this device goes to the server.
  await request.post('/__test/fault/clear');
  await page.goto('/examples/caseworker.html');
  await expect.poll(() => serverTitle(request), { timeout: 15_000 }).toBe('Skrevet før jeg lukkede');
  await expect(page.getByLabel('Planens titel')).toHaveValue('Skrevet før jeg lukkede');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('sag-2026-0417:pending-sync'))).toBeNull();
});

test('a plan of another citizen restored on this machine is not shown while the server answers', async ({ page, request }) => {
  await request.post('/__test/reset');
  const theirs = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'));
  theirs.title = 'Sagens plan';
  await request.put(URL_PATH, { data: JSON.stringify(theirs), headers: { 'Content-Type': 'application/json', 'If-None-Match': '*' } });
  const other = await editedPlan(page, 'En anden borgers plan');
  await page.goto('/examples/index.html');
  await page.evaluate((text) => {
    localStorage.clear();
    localStorage.setItem('sag-2026-0417:plan', text);
  }, JSON.stringify(other));
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(`**${URL_PATH}`, async (route) => {
    if (route.request().method() === 'GET') await held;
    await route.continue();
  });
  await page.goto('/examples/caseworker.html');
  await expect(syncStatus(page)).toContainText('Henter planen');
  await page.waitForTimeout(1000);
  await expect(page.getByLabel('Planens titel')).toBeHidden();
  await expect(page.getByText('En anden borgers plan')).toBeHidden();
  release();
  await expect(page.getByLabel('Planens titel')).toHaveValue('Sagens plan');
  // The other plan had edits of its own: it is kept aside, not dropped.
  await expect(page.getByRole('alert').filter({ hasText: 'Din egen udgave er ikke slettet' })).toBeVisible();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sag-2026-0417:kept:')).map((k) => JSON.parse(localStorage.getItem(k)).title));
  expect(kept).toEqual(['En anden borgers plan']);
});

test('plan-src with a plan that went its own way: the local plan is kept aside, with a notice and a download', async ({ page, request }) => {
  await request.post('/__test/reset');
  const first = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'));
  first.title = 'Fra sagssystemet';
  await request.post('/__test/plan/fra-sag', { data: JSON.stringify(first) });
  const add = (page) => page.evaluate(() => {
    document.body.innerHTML = '';
    const el = document.createElement('helhedsplan-editor');
    el.setAttribute('storage-key', 'borger:plan');
    el.setAttribute('plan-src', '/api/plans/fra-sag');
    document.body.append(el);
  });
  await page.goto('/examples/frame.html');
  await page.evaluate(() => localStorage.clear());
  await add(page);
  await expect(page.getByLabel('Planens titel')).toHaveValue('Fra sagssystemet');
  await page.getByLabel('Planens titel').fill('Min egen titel');

  // Meanwhile the case system's copy gets an edit of its own (the same kind of entry as
  // ours, by someone else, later).
  const mine = await page.evaluate(() => document.querySelector('helhedsplan-editor').plan);
  expect(mine.change_log.length).toBe(1);
  const changed = JSON.parse(JSON.stringify(first));
  changed.title = 'Sagsbehandlerens titel';
  changed.change_log.push({ ...mine.change_log[0], role: 'caseworker', name: 'Mette Holm' });
  await request.post('/__test/plan/fra-sag', { data: JSON.stringify(changed) });

  await page.reload();
  await page.evaluate(() => { document.body.innerHTML = ''; });
  await add(page);
  await expect(page.getByLabel('Planens titel')).toHaveValue('Sagsbehandlerens titel');
  const notice = page.getByRole('alert').filter({ hasText: 'Din egen udgave er ikke slettet' });
  await expect(notice).toBeVisible();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('borger:plan:kept:')).map((k) => JSON.parse(localStorage.getItem(k)).title));
  expect(kept).toEqual(['Min egen titel']);
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Hent min egen udgave som fil' }).click();
  const file = await download;
  const text = fs.readFileSync(await file.path(), 'utf8');
  expect(JSON.parse(text).title).toBe('Min egen titel');
});

test('two elements without ids do not share a storage key', async ({ page, request }) => {
  await request.post('/__test/reset');
  const sample = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'));
  for (const [id, title] of [['plan-a', 'Plan A'], ['plan-b', 'Plan B']]) {
    await request.post(`/__test/plan/${id}`, { data: JSON.stringify({ ...sample, id: randomUUID(), title }) });
  }
  const add = (page) => page.evaluate(() => {
    document.body.innerHTML = '';
    for (const src of ['/api/plans/plan-a', '/api/plans/plan-b']) {
      const el = document.createElement('helhedsplan-editor');
      el.setAttribute('plan-src', src);
      document.body.append(el);
    }
  });
  await page.goto('/examples/frame.html');
  await page.evaluate(() => localStorage.clear());
  await add(page);
  const titles = page.getByLabel('Planens titel');
  await expect(titles.nth(0)).toHaveValue('Plan A');
  await expect(titles.nth(1)).toHaveValue('Plan B');
  await titles.nth(0).fill('Plan A, rettet her');
  await titles.nth(1).fill('Plan B, rettet her');

  await page.reload();
  await add(page);
  await expect(titles.nth(0)).toHaveValue('Plan A, rettet her');
  await expect(titles.nth(1)).toHaveValue('Plan B, rettet her');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Without anything that names the plan, an element does not autosave, and says so.
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.evaluate(() => {
    localStorage.clear();
    document.body.innerHTML = '';
    document.body.append(document.createElement('helhedsplan-editor'), document.createElement('helhedsplan-editor'));
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Planen bliver ikke gemt på denne enhed' })).toHaveCount(2);
  await titles.nth(0).fill('Ikke gemt');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(warnings.some((w) => w.includes('no id, storage-key, plan-src or save-url'))).toBe(true);
});

test('offline at start: a plan this server never held is not shown; one it held is, for offline editing', async ({ page, request }) => {
  await request.post('/__test/reset');
  const sample = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'));
  await request.put(URL_PATH, { data: JSON.stringify({ ...sample, title: 'Sagens plan' }), headers: { 'Content-Type': 'application/json', 'If-None-Match': '*' } });
  const other = await editedPlan(page, 'En anden borgers plan');
  await page.goto('/examples/index.html');
  await page.evaluate((text) => {
    localStorage.clear();
    localStorage.setItem('sag-2026-0417:plan', text);
  }, JSON.stringify(other));
  await request.post('/__test/offline');
  await page.goto('/examples/caseworker.html');
  await expect(syncStatus(page)).toContainText('Ingen forbindelse til kommunen. Planen bliver vist, så snart den er hentet.');
  await page.waitForTimeout(1000);
  await expect(page.getByLabel('Planens titel')).toBeHidden();
  await request.post('/__test/online');
  await expect(page.getByLabel('Planens titel')).toHaveValue('Sagens plan', { timeout: 20_000 });

  // Now this machine's plan is the server's: offline next time, it is shown and editable.
  await page.getByLabel('Planens titel').fill('Rettet i toget');
  await expect.poll(() => serverTitle(request)).toBe('Rettet i toget');
  await request.post('/__test/offline');
  await page.reload();
  await expect(page.getByLabel('Planens titel')).toHaveValue('Rettet i toget');
  await expect(page.getByLabel('Planens titel')).toBeEditable();
  await expect(syncStatus(page)).toContainText('Ingen forbindelse. Dine ændringer er gemt');
  await request.post('/__test/online');
});
