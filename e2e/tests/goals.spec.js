// Goals, as a citizen meets them: two goals written in their own words with the keyboard
// only, one rated; then the section with goals, ratings from both sides and comments has
// no accessibility violations, in Danish and in English.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./support');

const WORK = 'Jeg vil have et arbejde, hvor jeg kan være noget for andre';
const SLEEP = 'Jeg vil sove bedre om natten';

test.beforeEach(async ({ page }) => {
  await page.goto('/index.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user does. */
async function tabTo(page, target, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${target} with the keyboard`);
}

const savedPlan = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('helhedsplan:plan')));

const goalCard = (page, title) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) });

test('a citizen adds two goals in their own words and rates one, by keyboard only', async ({ page }) => {
  // Open "Mål" from the navigation.
  const nav = page.getByRole('navigation').getByRole('button', { name: 'Mål', exact: true });
  await tabTo(page, nav);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Mål' })).toBeFocused();

  // The first field after the heading is the goal itself.
  const addForm = page.getByRole('form', { name: 'Tilføj et mål' });
  const title = addForm.getByLabel('Målet i én sætning');
  await page.keyboard.press('Tab');
  await expect(title).toBeFocused();
  await expect(addForm.getByLabel('Hvem har formuleret målet?')).toHaveValue('citizen');
  // Enter on an empty goal says what is missing instead of doing nothing.
  await page.keyboard.press('Enter');
  await expect(addForm.getByText('Skriv målet, før du tilføjer det.')).toBeVisible();
  await page.keyboard.type(WORK);
  await page.keyboard.press('Enter');

  // Focus moves to the new goal, ready for more words.
  const work = goalCard(page, WORK);
  await expect(work.getByLabel('Målet i én sætning')).toBeFocused();
  await expect(work.getByText('Dine egne ord').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Gerne med børn eller ældre.');

  // Back to the form for the second goal.
  await tabTo(page, title, { back: true });
  await page.keyboard.type(SLEEP);
  await page.keyboard.press('Enter');
  await expect(goalCard(page, SLEEP).getByLabel('Målet i én sætning')).toBeFocused();

  // Rate the first goal: +1, with a comment.
  const rate = work.getByText('Vurdér, hvordan det går');
  await tabTo(page, rate, { back: true });
  await page.keyboard.press('Enter');
  await expect(work.getByText('Du giver: Borgerens vurdering.')).toBeVisible();
  await page.keyboard.press('Tab');
  const lowest = work.getByRole('radio', { name: /Meget mindre end forventet/ });
  await tabTo(page, lowest);
  // Arrow keys move through the steps: −2 → −1 → 0 → +1.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(work.getByRole('radio', { name: /Lidt mere end forventet/ })).toBeChecked();
  await tabTo(page, work.getByLabel('Kommentar (frivillig)'));
  await page.keyboard.type('Jeg har været til to samtaler.');
  await tabTo(page, work.getByRole('button', { name: 'Gem vurdering' }));
  await page.keyboard.press('Enter');

  const citizenSide = work.getByRole('group', { name: 'Borgerens vurdering' });
  await expect(citizenSide).toContainText('+1 Lidt mere end forventet');
  await expect(work.getByRole('group', { name: 'Fagpersonens vurdering' })).toContainText('Ingen vurdering endnu.');

  const plan = await savedPlan(page);
  expect(plan.goals.map((g) => g.title)).toEqual([WORK, SLEEP]);
  expect(plan.goals.every((g) => g.expressed_by === 'citizen' && g.created_by.role === 'citizen')).toBe(true);
  expect(plan.goals[0].description).toBe('Gerne med børn eller ældre.');
  expect(plan.ratings).toHaveLength(1);
  expect(plan.ratings[0]).toMatchObject({ value: 1, perspective: 'citizen', comment: 'Jeg har været til to samtaler.' });
});

/** A realistic plan through the UI: an overall goal, a goal and a sub-goal, ratings from
 * both sides, the citizen's agreement and a comment. */
async function fillGoals(page) {
  await page.getByRole('navigation').getByRole('button', { name: 'Mål', exact: true }).click();
  const addForm = page.getByRole('form', { name: 'Tilføj et mål' });
  const add = async (title, kind, area) => {
    await addForm.getByLabel('Hvilken slags mål?').selectOption(kind);
    if (area) await addForm.getByLabel('Livsområde').selectOption(area);
    await addForm.getByLabel('Målet i én sætning').fill(title);
    await addForm.getByRole('button', { name: 'Tilføj mål' }).click();
  };
  await add('Et godt liv, hvor jeg klarer mig selv', 'overall', 'arbejde_uddannelse');
  await add(WORK, 'goal', 'arbejde_uddannelse');
  const work = goalCard(page, WORK);
  await work.getByLabel('Mere om målet (frivillig)').fill('Gerne i en børnehave eller på et plejehjem.');
  await work.getByText('Beskriv trinene med egne ord').click();
  await work.getByLabel('+1: Lidt mere end forventet').fill('Jeg er i praktik to dage om ugen');
  await work.getByRole('button', { name: `Tilføj delmål: ${WORK}` }).click();
  await addForm.getByLabel('Målet i én sætning').fill('Tale med jobcentret om praktik');
  await addForm.getByRole('button', { name: 'Tilføj mål' }).click();
  await add(SLEEP, 'goal', 'sundhedsforhold');

  // The citizen rates, agrees and comments.
  await work.getByText('Vurdér, hvordan det går').click();
  await work.getByRole('radio', { name: /Lidt mere end forventet/ }).check();
  await work.getByLabel('Kommentar (frivillig)').fill('Jeg har været til to samtaler.');
  await work.getByRole('button', { name: 'Gem vurdering' }).click();
  await work.getByText('Er du enig?').first().click();
  await work.getByRole('radio', { name: 'Enig', exact: true }).check();
  await work.getByLabel('Ny kommentar').fill('Jeg vil helst arbejde om formiddagen.');
  await work.getByRole('button', { name: 'Tilføj kommentar' }).click();

  // The caseworker rates the same goal.
  await page.getByLabel('Hvem skriver?').selectOption('caseworker');
  await work.getByRole('radio', { name: /Som forventet/ }).check();
  await work.getByRole('button', { name: 'Gem vurdering' }).click();
  await expect(work.getByRole('group', { name: 'Fagpersonens vurdering' })).toContainText('0 Som forventet');
  await work.getByText('Se vurderingen (1)').first().click();
  await work.getByText('Hvem har skrevet hvad?').click();
  return work;
}

test('the tree and both perspectives survive a reload', async ({ page }) => {
  const work = await fillGoals(page);
  await expect(work.getByRole('group', { name: 'Borgerens vurdering' })).toContainText('+1 Lidt mere end forventet');
  await expect(work).toContainText('Borgeren er enig');
  await page.reload();
  await page.getByRole('navigation').getByRole('button', { name: 'Mål', exact: true }).click();
  const again = goalCard(page, WORK);
  await expect(again.getByRole('group', { name: 'Borgerens vurdering' })).toContainText('+1 Lidt mere end forventet');
  await expect(again.getByRole('group', { name: 'Fagpersonens vurdering' })).toContainText('0 Som forventet');
  await expect(page.getByRole('heading', { name: /Delmål\s*:\s*Tale med jobcentret om praktik/ })).toBeVisible();
  const plan = await savedPlan(page);
  expect(new Set(plan.ratings.map((r) => r.perspective))).toEqual(new Set(['citizen', 'professional']));
});

test('no axe-core violations with goals, ratings and comments (Dansk and English)', async ({ page }) => {
  await fillGoals(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Goals' })).toBeVisible();
  await expect(page.getByRole('group', { name: "The citizen's rating" }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
