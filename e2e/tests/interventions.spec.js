// Interventions, as a caseworker and a citizen write them together: three interventions
// from two areas, linked to the citizen's goals, in order, one the citizen disagrees with;
// then the section has no accessibility violations in Danish or English.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./support');

// A plan with the citizen's goals and one contact person, as a host (or the goals part of
// the editor) would have written them. The format is described in docs/plan-format.md.
const actor = (role, name) => ({ role, name });
const SEED = {
  schema_version: 2,
  id: '3f0c8a52-8a0e-4c53-9d2b-2f5b8f3f7a10',
  title: 'Saras plan',
  version: 1,
  locked: false,
  citizen: { id: 'borger-48213', name: 'Sara Jensen', own_words: { dreams: '', resources: '', situation: '' } },
  people: [
    { id: '8d7f3b1e-4c2a-4f5e-9a61-0b2c3d4e5f60', kind: 'contact_person', name: 'Jonas Holm', unit: 'Jobcenter Aarhus' },
  ],
  goals: [
    {
      id: '6102dd70-63e8-440e-9dd8-904f07489671',
      level: 'overall',
      title: 'Jeg vil have et arbejde, hvor jeg kan være noget for andre',
      expressed_by: 'citizen',
      status: 'active',
      created_by: actor('citizen', 'Sara Jensen'),
      created_at: '2026-09-02T09:00:00Z',
      updated_by: actor('citizen', 'Sara Jensen'),
      updated_at: '2026-09-02T09:00:00Z',
    },
    {
      id: 'bf30555a-b55f-4d1f-b307-65a8bcb1ccbe',
      level: 'goal',
      parent: '6102dd70-63e8-440e-9dd8-904f07489671',
      title: 'Jeg kan klare min angst i hverdagen',
      expressed_by: 'jointly',
      status: 'active',
      created_by: actor('caseworker', 'Lene Holm'),
      created_at: '2026-09-02T09:10:00Z',
      updated_by: actor('caseworker', 'Lene Holm'),
      updated_at: '2026-09-02T09:10:00Z',
    },
  ],
};
const WORK = 'Jeg vil have et arbejde, hvor jeg kan være noget for andre (Overordnet mål)';
const ANXIETY = 'Jeg kan klare min angst i hverdagen (Mål)';

test.beforeEach(async ({ page }) => {
  await page.goto('/index.html');
  await page.evaluate((plan) => {
    localStorage.clear();
    localStorage.setItem('helhedsplan:plan', JSON.stringify(plan));
  }, SEED);
  await page.reload();
  await expect(page.getByLabel('Planens titel')).toHaveValue('Saras plan');
});

/** The card of one intervention: a list item named by its heading. */
const card = (page, title) => page.getByRole('listitem', { name: title, exact: true });

async function addIntervention(page, area, type) {
  const form = page.getByRole('form', { name: 'Tilføj en indsats' });
  await form.getByLabel('Område').selectOption({ label: area });
  await form.getByLabel('Type af indsats').selectOption({ label: type });
  await expect(form.getByLabel('Titel')).toHaveValue(type);
  await form.getByRole('button', { name: 'Tilføj indsats' }).click();
  // Focus moves to the new intervention's title field.
  await expect(card(page, type).getByLabel('Titel')).toBeFocused();
}

async function fillPlan(page) {
  await page.getByLabel('Hvem skriver?').selectOption({ label: 'Sagsbehandler' });
  await page.getByRole('navigation').getByRole('button', { name: 'Indsatser' }).click();

  await addIntervention(page, 'Beskæftigelse', 'Mentor');
  await addIntervention(page, 'Beskæftigelse', 'Virksomhedspraktik');
  await addIntervention(page, 'Socialområdet', 'Bostøtte');

  const mentor = card(page, 'Mentor');
  await mentor.getByLabel('Ansvarlig person').selectOption({ label: 'Jonas Holm (Jobcenter Aarhus)' });
  await mentor.getByLabel('Hvor ofte?').fill('2 timer om ugen');
  await mentor.getByText('Mål og rækkefølge').click();
  await mentor.getByLabel(WORK).check();

  const placement = card(page, 'Virksomhedspraktik');
  await placement.getByText('Mål og rækkefølge').click();
  await placement.getByLabel(WORK).check();
  await placement.getByLabel(ANXIETY).check();
  await placement.getByLabel('Vælg en indsats, der skal ske først').selectOption({ label: 'Mentor' });
  await placement.getByRole('button', { name: 'Tilføj til rækkefølgen' }).click();

  const support = card(page, 'Bostøtte');
  await support.getByText('Mål og rækkefølge').click();
  await support.getByLabel(ANXIETY).check();

  // The citizen answers: she does not agree to the placement yet.
  await page.getByLabel('Hvem skriver?').selectOption({ label: 'Borger' });
  await placement.getByText('Er du enig?').click();
  await placement.getByLabel('Uenig').check();
  await placement.getByLabel('Din begrundelse (frivillig)').fill('Jeg vil først være tryg ved min mentor.');
}

test('a caseworker adds three interventions from two areas and links them to goals', async ({ page }) => {
  await fillPlan(page);

  const placement = card(page, 'Virksomhedspraktik');
  await expect(placement.getByText('Du er uenig')).toBeVisible();
  await expect(placement.getByText('Jeg vil først være tryg ved min mentor.').first()).toBeVisible();
  await expect(card(page, 'Mentor').getByText('Jonas Holm (Jobcenter Aarhus)').first()).toBeVisible();

  // The area filter narrows the list.
  await page.getByLabel('Vis område').selectOption({ label: 'Socialområdet (1)' });
  await expect(page.getByText('Viser 1 af 3 indsatser.')).toBeVisible();
  await expect(card(page, 'Mentor')).toHaveCount(0);
  await page.getByLabel('Vis område').selectOption({ label: 'Alle områder (3)' });

  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('helhedsplan:plan')));
  expect(saved.interventions.map((i) => [i.title, i.sector])).toEqual([
    ['Mentor', 'employment'],
    ['Virksomhedspraktik', 'employment'],
    ['Bostøtte', 'social'],
  ]);
  const [mentor, work, support] = saved.interventions;
  expect(mentor.created_by.role).toBe('caseworker');
  expect(mentor.legal_basis).toEqual({ law: 'LAB', paragraph: '§ 167' });
  expect(mentor.goals).toEqual([SEED.goals[0].id]);
  expect(mentor.responsible_person).toBe(SEED.people[0].id);
  expect(work.goals).toEqual([SEED.goals[0].id, SEED.goals[1].id]);
  expect(work.depends_on).toEqual([mentor.id]);
  expect(work.citizen_agreement.status).toBe('disagrees');
  expect(support.goals).toEqual([SEED.goals[1].id]);
  expect(support.legal_basis).toEqual({ law: 'Serviceloven', paragraph: '§ 85' });
});

test('a dependency circle is refused in words', async ({ page }) => {
  await fillPlan(page);
  const mentor = card(page, 'Mentor');
  await mentor.getByLabel('Vælg en indsats, der skal ske først').selectOption({ label: 'Virksomhedspraktik' });
  await mentor.getByRole('button', { name: 'Tilføj til rækkefølgen' }).click();
  await expect(mentor.getByRole('alert')).toContainText('så ville en indsats skulle vente på sig selv');
});

for (const language of ['Dansk', 'English']) {
  test(`no axe-core violations with a filled-in section (${language})`, async ({ page }) => {
    await fillPlan(page);
    await page.getByRole('button', { name: language }).click();
    if (language === 'English') {
      await expect(page.getByRole('heading', { name: 'Interventions', level: 2 })).toBeVisible();
      await expect(card(page, 'Virksomhedspraktik').getByText('You disagree')).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });
}
