// save-url: the caseworker's editor saves to a real server (examples/server.js) with ETags.
// Edits reach the server; a save elsewhere is merged with this device's edits (what does
// not fit is shown, the whole-plan choice is the last resort); a server
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

/** A colleague's save on another device, through the API (the ETag they hold is current). */
async function saveTheirs(request, change) {
  const { plan, etag } = await serverPlan(request);
  change(plan);
  const res = await request.put(URL_PATH, { data: JSON.stringify(plan), headers: { 'Content-Type': 'application/json', 'If-Match': etag } });
  expect(res.status()).toBe(200);
}

test('a whole plan set here cannot be replayed on a save elsewhere: the choice, keep mine or load theirs', async ({ page, request }) => {
  await openCaseworker(page, request);
  await page.getByLabel('Planens titel').fill('Min udgave');
  await expect.poll(async () => (await serverPlan(request)).plan.title, { timeout: 10_000 }).toBe('Min udgave');

  // A colleague saves a different version in between, and the portal sets the whole plan
  // here (not edits): nothing to lay onto the colleague's version, so the user chooses.
  await saveTheirs(request, (plan) => { plan.title = 'Kollegaens udgave'; });
  await page.locator('helhedsplan-editor').evaluate((el) => { el.plan = { ...el.plan, title: 'Fra portalen' }; });
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

  await page.getByRole('button', { name: 'Behold min udgave, og gem den oven i den anden' }).click();
  await expect(heading).toHaveCount(0);
  await expect.poll(async () => (await serverPlan(request)).plan.title).toBe('Min udgave 2');

  // Once more, and this time take theirs.
  await saveTheirs(request, (plan) => { plan.title = 'Kollegaens anden udgave'; });
  await page.locator('helhedsplan-editor').evaluate((el) => { el.plan = { ...el.plan }; });
  await page.getByLabel('Planens titel').fill('Min udgave 3');
  await expect(heading).toBeVisible({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Hent den anden udgave (mine ændringer forsvinder)' }).click();
  await expect(page.getByLabel('Planens titel')).toHaveValue('Kollegaens anden udgave');
  await expect(heading).toHaveCount(0);
  // And editing goes on normally.
  await page.getByLabel('Planens titel').fill('Fælles udgave');
  await expect.poll(async () => (await serverPlan(request)).plan.title, { timeout: 10_000 }).toBe('Fælles udgave');
});

test('both wrote in the same place of one text: mine is saved, theirs is shown to copy; the whole plan is the last resort', async ({ page, request }) => {
  await openCaseworker(page, request);
  await page.getByLabel('Planens titel').fill('Min udgave');
  await page.getByLabel('Det vigtigste for mig').fill('At passe mit arbejde');
  await expect.poll(async () => (await serverPlan(request)).plan.title, { timeout: 10_000 }).toBe('Min udgave');
  await expect.poll(async () => (await serverPlan(request)).plan.citizen.own_words.dreams, { timeout: 10_000 }).toBe('At passe mit arbejde');

  // The colleague adds to the end of the title and changes the citizen's words.
  await saveTheirs(request, (plan) => {
    plan.title = 'Min udgave (kollega)';
    plan.citizen.own_words.dreams = 'At passe mit arbejde og mine børn';
  });
  // Here the title gets words at the same place: which comes first would be a guess.
  await page.getByLabel('Planens titel').fill('Min udgave 2');

  const heading = page.getByRole('heading', { name: 'Nogle af dine ændringer kunne ikke komme med' });
  await expect(heading).toBeVisible({ timeout: 10_000 });
  await expect(heading).toBeFocused();
  await expect(page.getByText('Du ændrede planens titel.')).toBeVisible();
  await expect(page.getByLabel('Den andens tekst')).toHaveValue('Min udgave (kollega)');
  // Saved without a question: my title, and the colleague's other change kept.
  await expect.poll(async () => (await serverPlan(request)).plan.title, { timeout: 10_000 }).toBe('Min udgave 2');
  expect((await serverPlan(request)).plan.citizen.own_words.dreams).toBe('At passe mit arbejde og mine børn');
  await expect(page.getByLabel('Det vigtigste for mig')).toHaveValue('At passe mit arbejde og mine børn');
  await expect(page.getByRole('heading', { name: 'Planen er ændret af en anden' })).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Gem min egen udgave som fil' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);

  // The last resort: my whole version, as it was before the merge.
  await page.getByRole('button', { name: 'Gem hele min egen udgave oven i den andens' }).click();
  await expect(heading).toHaveCount(0);
  await expect.poll(async () => (await serverPlan(request)).plan.citizen.own_words.dreams, { timeout: 10_000 }).toBe('At passe mit arbejde');
  expect((await serverPlan(request)).plan.title).toBe('Min udgave 2');
});

test('two devices edit different goals: the second save finds the first, lays its edit on it, and both are saved without a question', async ({ browser, request }) => {
  await request.post('/__test/reset');
  const fs = require('node:fs');
  const path = require('node:path');
  const sample = fs.readFileSync(path.join(__dirname, '../../samples/mor-med-angst.json'), 'utf8');
  const created = await request.put(URL_PATH, { data: sample, headers: { 'Content-Type': 'application/json', 'If-None-Match': '*' } });
  expect(created.status()).toBe(201);

  const open = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/examples/caseworker.html');
    await expect(page.getByLabel('Planens titel')).toHaveValue('Saras plan');
    await expect(page.getByRole('status').filter({ hasText: 'Alle ændringer er gemt.' })).toBeVisible();
    await page.getByRole('navigation').getByRole('button', { name: 'Mål', exact: true }).click();
    return { context, page };
  };
  const goalCard = (page, title) =>
    page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) });
  const describe = async (page, title, text) => {
    const card = goalCard(page, title);
    await card.getByText('Ret målet').click();
    await card.getByLabel('Mere om målet (frivillig)').fill(text);
  };
  const ANXIETY = 'Jeg kan klare min angst i hverdagen';
  const BILLS = 'Jeg har styr på mine regninger';
  const description = (plan, title) => plan.goals.find((g) => g.title === title).description || '';

  // Both devices have the same version; the office saves first.
  const office = await open();
  const home = await open();
  await describe(office.page, ANXIETY, 'Jeg øver mig med psykologen hver uge.');
  await expect.poll(async () => description((await serverPlan(request)).plan, ANXIETY), { timeout: 10_000 })
    .toBe('Jeg øver mig med psykologen hver uge.');

  // At home, on the older version, another goal: the save gets 412.
  await describe(home.page, BILLS, 'Min søster hjælper mig med budgettet.');
  await expect.poll(async () => description((await serverPlan(request)).plan, BILLS), { timeout: 15_000 })
    .toBe('Min søster hjælper mig med budgettet.');
  const { plan } = await serverPlan(request);
  expect(description(plan, ANXIETY)).toBe('Jeg øver mig med psykologen hver uge.');
  // The home device shows the office's edit too, says all is saved, and asked nothing.
  await goalCard(home.page, ANXIETY).getByText('Ret målet').click();
  await expect(goalCard(home.page, ANXIETY).getByLabel('Mere om målet (frivillig)')).toHaveValue('Jeg øver mig med psykologen hver uge.');
  await expect(home.page.getByRole('status').filter({ hasText: 'Alle ændringer er gemt.' })).toBeVisible();
  await expect(home.page.getByRole('heading', { name: 'Planen er ændret af en anden' })).toHaveCount(0);
  await expect(home.page.getByRole('heading', { name: 'Nogle af dine ændringer kunne ikke komme med' })).toHaveCount(0);
  await office.context.close();
  await home.context.close();
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
