// Journey 1: a citizen and a caseworker write one plan together on one screen. The citizen
// writes two goals in her own words; the caseworker adds three interventions from two
// sectors and links them; the citizen disagrees with one and says why; both approve, the
// plan locks; the exported file passes `plan-tool validate` and carries the citizen's
// texts stamped as hers.
//
// Journey 5: keyboard only — a goal and an intervention are added without a mouse.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect } = require('@playwright/test');

const ROOT = path.join(__dirname, '..', '..');
const WORK = 'Jeg vil have et arbejde, hvor jeg kan være noget for andre';
const BUS = 'Jeg vil kunne tage bussen alene';

const card = (page, title) => page.getByRole('listitem', { name: title, exact: true });
const goalCard = (page, title) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) });

async function writeAs(page, role, name) {
  await page.getByLabel('Hvem skriver?').selectOption({ label: role });
  await page.getByLabel('Dit navn').fill(name);
}

async function open(page, section) {
  await page.getByRole('navigation').getByRole('button', { name: section, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
}

function planTool() {
  const built = path.join(ROOT, 'target', 'debug', 'plan-tool');
  if (!fs.existsSync(built)) execFileSync('cargo', ['build', '--quiet', '--bin', 'plan-tool'], { cwd: ROOT });
  return built;
}

test.beforeEach(async ({ page }) => {
  await page.goto('/index.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

test('journey 1: two voices, one plan, approved, locked and exported', async ({ page }) => {
  test.setTimeout(90_000);
  await page.getByLabel('Planens titel').fill('Saras plan');

  // The citizen writes two goals in her own words.
  await writeAs(page, 'Borger', 'Sara Jensen');
  await open(page, 'Mål');
  const addGoal = page.getByRole('form', { name: 'Tilføj et mål' });
  for (const goal of [WORK, BUS]) {
    await addGoal.getByLabel('Målet i én sætning').fill(goal);
    await addGoal.getByRole('button', { name: 'Tilføj mål' }).click();
    await expect(goalCard(page, goal)).toBeVisible();
  }
  await expect(goalCard(page, WORK).getByText('Dine egne ord').first()).toBeVisible();

  // The caseworker adds three interventions from two sectors and links them to the goals.
  await writeAs(page, 'Sagsbehandler', 'Lene Holm');
  await open(page, 'Indsatser');
  const addIntervention = page.getByRole('form', { name: 'Tilføj en indsats' });
  for (const [sector, type] of [['Beskæftigelse', 'Mentor'], ['Beskæftigelse', 'Virksomhedspraktik'], ['Socialområdet', 'Bostøtte']]) {
    await addIntervention.getByLabel('Område').selectOption({ label: sector });
    await addIntervention.getByLabel('Type af indsats').selectOption({ label: type });
    await addIntervention.getByRole('button', { name: 'Tilføj indsats' }).click();
    await expect(card(page, type)).toBeVisible();
  }
  for (const [type, goals] of [['Mentor', [WORK]], ['Virksomhedspraktik', [WORK]], ['Bostøtte', [BUS]]]) {
    const item = card(page, type);
    await item.getByText('Mål og rækkefølge').click();
    for (const goal of goals) await item.getByLabel(new RegExp(`^${goal}`)).check();
  }

  // The citizen disagrees with one, and says why.
  await writeAs(page, 'Borger', 'Sara Jensen');
  const placement = card(page, 'Virksomhedspraktik');
  await placement.getByText('Er du enig?').click();
  await placement.getByLabel('Uenig').check();
  await placement.getByLabel('Din begrundelse (frivillig)').fill('Jeg vil først være tryg ved min mentor.');
  await placement.getByLabel('Ny kommentar').fill('Kan vi vente med praktikken til foråret?');
  await placement.getByRole('button', { name: 'Tilføj kommentar' }).click();
  await expect(placement.getByText('Du er uenig').first()).toBeVisible();

  // Both approve: the version locks.
  await open(page, 'Godkendelse');
  await expect(page.getByText('Du er uenig i 1 punkt.')).toBeVisible();
  await page.getByRole('button', { name: 'Godkend som borger' }).click();
  await writeAs(page, 'Sagsbehandler', 'Lene Holm');
  await page.getByRole('button', { name: 'Godkend som sagsbehandler' }).click();
  await expect(page.getByText('Version 1 er godkendt og låst')).toBeVisible();
  await expect(page.getByLabel('Planens titel')).toHaveAttribute('readonly', '');

  // Export the plan as a file.
  await page.getByText('Gem, hent og udskriv').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Gem planen som fil' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^saras-plan-\d{4}-\d{2}-\d{2}\.json$/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hp-export-')), download.suggestedFilename());
  await download.saveAs(file);

  // The backend's check, with the editor's own code: valid (exit 0, nothing printed).
  expect(execFileSync(planTool(), ['validate', file]).toString()).toBe('');

  const plan = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(plan.locked).toBe(true);
  expect(plan.approvals.map((a) => a.as_role).sort()).toEqual(['caseworker', 'citizen']);
  const goals = Object.fromEntries(plan.goals.map((g) => [g.title, g]));
  for (const title of [WORK, BUS]) {
    expect(goals[title].created_by).toEqual({ role: 'citizen', name: 'Sara Jensen' });
    expect(goals[title].expressed_by).toBe('citizen');
  }
  const interventions = Object.fromEntries(plan.interventions.map((i) => [i.title, i]));
  expect(new Set(plan.interventions.map((i) => i.sector))).toEqual(new Set(['employment', 'social']));
  expect(interventions.Mentor.created_by.role).toBe('caseworker');
  expect(interventions.Mentor.goals).toEqual([goals[WORK].id]);
  expect(interventions.Bostøtte.goals).toEqual([goals[BUS].id]);
  expect(interventions.Virksomhedspraktik.citizen_agreement).toMatchObject({
    status: 'disagrees', comment: 'Jeg vil først være tryg ved min mentor.',
  });
  expect(plan.comments[0]).toMatchObject({ author: { role: 'citizen', name: 'Sara Jensen' } });
});

/** Presses Tab until `target` has focus, as a keyboard user does. */
async function tabTo(page, target, max = 150) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the control with the keyboard');
}

test('journey 5: a goal and an intervention without a mouse', async ({ page }) => {
  test.setTimeout(60_000);
  // Goals: navigation, then the add form, by Tab, Enter and typing.
  await tabTo(page, page.getByRole('navigation').getByRole('button', { name: 'Mål', exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('form', { name: 'Tilføj et mål' }).getByLabel('Målet i én sætning'));
  await page.keyboard.type(WORK);
  await page.keyboard.press('Enter');
  await expect(goalCard(page, WORK)).toBeVisible();

  // Interventions: pick the sector with the arrow keys, type the title, submit with Enter.
  await tabTo(page, page.getByRole('navigation').getByRole('button', { name: 'Indsatser', exact: true }));
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Tilføj en indsats' });
  await tabTo(page, form.getByLabel('Område'));
  await form.getByLabel('Område').press('ArrowDown');
  await tabTo(page, form.getByLabel('Titel'));
  await page.keyboard.type('Mentor');
  await page.keyboard.press('Enter');
  await expect(card(page, 'Mentor')).toBeVisible();
  // Focus moves to the new intervention, where Tab reaches its goal links.
  await expect(card(page, 'Mentor').getByLabel('Titel')).toBeFocused();

  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('helhedsplan:plan')));
  expect(saved.goals.map((g) => g.title)).toEqual([WORK]);
  expect(saved.interventions.map((i) => i.title)).toEqual(['Mentor']);
});
