// save-url: the caseworker's editor saves to a real server (examples/server.js) with ETags.
// Edits reach the server; a conflicting save elsewhere gives the user the choice; a server
// that goes away shows "offline", editing continues, and everything arrives afterwards.
const { test, expect } = require('@playwright/test');

const URL_PATH = '/api/plans/sag-2026-0417';

async function serverPlan(request) {
  const res = await request.get(URL_PATH);
  if (res.status() !== 200) return null;
  return { plan: await res.json(), etag: res.headers().etag };
}

async function openCaseworker(page, request) {
  await request.post('/__test/reset');
  await page.goto('/examples/caseworker.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByLabel('Planens titel')).toBeVisible();
  // Nothing on the server yet: the editor's plan becomes the first version.
  await expect(page.getByRole('status').filter({ hasText: 'Alle ændringer er gemt.' })).toBeVisible();
  await expect.poll(async () => (await serverPlan(request)) !== null).toBe(true);
}

test('edits reach the server', async ({ page, request }) => {
  await openCaseworker(page, request);
  await page.getByLabel('Planens titel').fill('Helhedsplan for Sara Jensen');
  await page.getByLabel('Det vigtigste for mig').fill('Jeg vil have et arbejde, hvor jeg kan være noget for andre');
  await expect.poll(async () => (await serverPlan(request)).plan.title, { timeout: 10_000 }).toBe('Helhedsplan for Sara Jensen');
  await expect(page.getByRole('status').filter({ hasText: 'Alle ændringer er gemt.' })).toBeVisible();
  const { plan } = await serverPlan(request);
  expect(JSON.stringify(plan)).toContain('noget for andre');
  expect(plan.change_log.at(-1).role).toBe('caseworker');
  expect(plan.change_log.at(-1).name).toBe('Mette Holm');

  // A reload starts from the server's copy.
  await page.reload();
  await expect(page.getByLabel('Planens titel')).toHaveValue('Helhedsplan for Sara Jensen');
});

test('a conflicting save elsewhere gives the choice: keep mine, or load theirs', async ({ page, request }) => {
  await openCaseworker(page, request);
  await page.getByLabel('Planens titel').fill('Min udgave');
  await expect.poll(async () => (await serverPlan(request)).plan.title, { timeout: 10_000 }).toBe('Min udgave');

  // A colleague saves a different version in between.
  const saveTheirs = async (title) => {
    const { plan, etag } = await serverPlan(request);
    plan.title = title;
    const res = await request.put(URL_PATH, { data: JSON.stringify(plan), headers: { 'Content-Type': 'application/json', 'If-Match': etag } });
    expect(res.status()).toBe(200);
  };
  await saveTheirs('Kollegaens udgave');
  await page.getByLabel('Planens titel').fill('Min udgave 2');
  const heading = page.getByRole('heading', { name: 'Planen er ændret af en anden' });
  await expect(heading).toBeVisible({ timeout: 10_000 });
  await expect(heading).toBeFocused();
  await expect(page.getByRole('button', { name: 'Gem min udgave som fil først' })).toBeVisible();
  // Nothing is overwritten while the user decides.
  expect((await serverPlan(request)).plan.title).toBe('Kollegaens udgave');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Gem min udgave som fil først' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  await expect(heading).toBeVisible();

  await page.getByRole('button', { name: 'Behold min udgave og gem den oven i' }).click();
  await expect(heading).toHaveCount(0);
  await expect.poll(async () => (await serverPlan(request)).plan.title).toBe('Min udgave 2');

  // Once more, and this time take theirs.
  await saveTheirs('Kollegaens anden udgave');
  await page.getByLabel('Planens titel').fill('Min udgave 3');
  await expect(heading).toBeVisible({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Hent den anden udgave (mine ændringer forsvinder)' }).click();
  await expect(page.getByLabel('Planens titel')).toHaveValue('Kollegaens anden udgave');
  await expect(heading).toHaveCount(0);
  // And editing goes on normally.
  await page.getByLabel('Planens titel').fill('Fælles udgave');
  await expect.poll(async () => (await serverPlan(request)).plan.title, { timeout: 10_000 }).toBe('Fælles udgave');
});

test('the server goes away: "offline", editing continues, and every edit arrives when it is back', async ({ page, request }) => {
  await openCaseworker(page, request);
  await page.getByLabel('Planens titel').fill('Før afbrydelsen');
  await expect.poll(async () => (await serverPlan(request)).plan.title, { timeout: 10_000 }).toBe('Før afbrydelsen');

  await request.post('/__test/offline');
  await page.getByLabel('Planens titel').fill('Skrevet uden forbindelse');
  await expect(page.getByRole('status').filter({ hasText: 'Ingen forbindelse' })).toBeVisible({ timeout: 10_000 });
  // Still editable, and kept on this computer.
  await page.getByLabel('Det vigtigste for mig').fill('Bostøtte efter Serviceloven § 85 hjælper mig');
  await expect(page.getByLabel('Det vigtigste for mig')).toHaveValue('Bostøtte efter Serviceloven § 85 hjælper mig');
  const local = await page.evaluate(() => JSON.parse(localStorage.getItem('sag-2026-0417:plan')));
  expect(local.title).toBe('Skrevet uden forbindelse');

  await request.post('/__test/online');
  await expect.poll(async () => {
    const { plan } = await serverPlan(request);
    return [plan.title, JSON.stringify(plan).includes('Serviceloven § 85 hjælper mig')];
  }, { timeout: 20_000 }).toEqual(['Skrevet uden forbindelse', true]);
  await expect(page.getByRole('status').filter({ hasText: 'Alle ændringer er gemt.' })).toBeVisible();
  const { plan } = await serverPlan(request);
  const localNow = await page.evaluate(() => document.querySelector('helhedsplan-editor').plan);
  expect(plan.change_log.length).toBe(localNow.change_log.length);
});
