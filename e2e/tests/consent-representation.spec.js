// Consent and representation as a caseworker meets them: the plan is approved and locked,
// and the citizen withdraws a consent at the meeting — the caseworker withdraws it at once,
// without starting a new version, and the change log records it. The caseworker records the
// citizen's spoken agreement, shown as recorded by her. Both screens pass axe-core.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations, addGoal, goalHeading } = require('./support');

async function open(page, section) {
  await page.getByRole('navigation').getByRole('button', { name: section, exact: true }).click();
}

async function writeAs(page, role, name) {
  await page.getByLabel('Hvem skriver?').selectOption({ label: role });
  await page.getByLabel('Dit navn').fill(name);
}

const savedPlan = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('helhedsplan:plan')));

async function fresh(page) {
  await page.goto('/index.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
}

/** A plan with a consent to share information, approved by both: locked. */
async function lockedWithConsent(page) {
  await fresh(page);
  await writeAs(page, 'Sagsbehandler', 'Lene Holm');
  await open(page, 'Samtykke');
  const form = page.getByRole('form', { name: 'Registrér et samtykke' });
  await form.getByLabel('Hvad gælder samtykket?').fill('At arbejde efter én samlet plan med kommunen');
  await form.getByRole('button', { name: 'Registrér samtykke' }).click();
  await form.getByLabel('Hvad siger borgeren ja til?').selectOption('share_information');
  await form.getByLabel('Hvem må dele oplysninger?').fill('Jobcenter Holmstrup\nPsykiatrien');
  await form.getByLabel('Hvad gælder samtykket?').fill('Oplysninger om behandling for angst');
  await form.getByLabel('Videregive oplysninger til parterne').check();
  await form.getByLabel('Helbred').check();
  await form.getByLabel('Hvordan blev samtykket givet?').selectOption({ label: 'Mundtligt' });
  await form.getByRole('button', { name: 'Registrér samtykke' }).click();
  await expect(page.getByText('Mundtligt, registreret af Lene Holm')).toBeVisible();

  await open(page, 'Godkendelse');
  await writeAs(page, 'Borger', 'Sara Jensen');
  await page.getByRole('button', { name: 'Godkend som borger' }).click();
  await writeAs(page, 'Sagsbehandler', 'Lene Holm');
  await page.getByRole('button', { name: 'Godkend som sagsbehandler' }).click();
  expect((await savedPlan(page)).locked).toBe(true);
}

test('a caseworker withdraws a consent on a locked plan at once, and it is logged', async ({ page }) => {
  await lockedWithConsent(page);
  await open(page, 'Samtykke');
  await expect(page.getByText('et samtykke kan altid trækkes tilbage med det samme')).toBeVisible();
  const share = page.getByRole('listitem', { name: 'Samtykke til at dele oplysninger' });
  await share.getByRole('button', { name: 'Træk samtykket tilbage' }).click();
  await share.getByLabel('Trukket tilbage den').fill('2026-11-20');
  await share.getByRole('button', { name: 'Ja, træk tilbage' }).click();

  await expect(share).toContainText('Trukket tilbage 20. november 2026');
  await expect(page.getByRole('region', { name: 'Bemærk om samtykke' })).toContainText('er trukket tilbage');
  const plan = await savedPlan(page);
  expect(plan.locked).toBe(true);
  expect(plan.approvals).toHaveLength(2);
  expect(plan.consents[1]).toMatchObject({ withdrawn: '2026-11-20', categories: ['health'], form: 'oral' });
  expect(plan.change_log.at(-1)).toMatchObject({ action: 'withdraw_consent', name: 'Lene Holm' });
  await expectNoAxeViolations(page);
});

test("a caseworker records the citizen's spoken agreement, shown as recorded by her", async ({ page }) => {
  await fresh(page);
  await writeAs(page, 'Sagsbehandler', 'Lene Holm');
  await addGoal(page, 'Jeg vil have et arbejde');
  const card = page.getByRole('listitem').filter({ has: goalHeading(page, 'Jeg vil have et arbejde') });
  await card.getByText('Er borgeren enig?').click();
  await expect(card.getByLabel('Enig', { exact: true })).toBeDisabled();
  await card.getByLabel('Skriv borgerens svar ind: borgeren har sagt det højt på et møde').check();
  await card.getByLabel('Enig', { exact: true }).check();

  await expect(card.getByText(/Sagt af borgeren på et møde og registreret af Lene Holm/)).toBeVisible();
  await expect(card.getByText('Borgeren er enig (sagt på et møde, registreret af Lene Holm)')).toBeVisible();
  const plan = await savedPlan(page);
  expect(plan.goals[0].citizen_agreement).toMatchObject({
    status: 'agrees',
    recorded_by: { role: 'caseworker', name: 'Lene Holm' },
  });
  await expectNoAxeViolations(page);
});

test('a child of 10 is shown as a party, with the child\'s own words (English too)', async ({ page }) => {
  await fresh(page);
  await writeAs(page, 'Sagsbehandler', 'Lene Holm');
  await open(page, 'Personer');
  const form = page.getByRole('form', { name: 'Tilføj et familiemedlem' });
  await form.getByLabel('Navn').fill('Emil');
  await form.getByLabel('Fødselsdato').fill('2014-01-05');
  await form.getByRole('button', { name: 'Tilføj familiemedlem' }).click();
  await expect(page.getByText(/Part i sagen: barnet er fyldt 10 år/)).toBeVisible();
  await page.getByLabel('Barnets egne ord').fill('Jeg vil gerne blive boende hos mor.');
  expect((await savedPlan(page)).family[0].own_words).toBe('Jeg vil gerne blive boende hos mor.');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText(/Party to the case: the child is 10 or older/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a child's plan locks only when both holders of custody have approved", async ({ page }) => {
  await fresh(page);
  await writeAs(page, 'Sagsbehandler', 'Lene Holm');
  await open(page, 'Personer');
  const person = page.getByRole('form', { name: 'Tilføj en person' });
  for (const name of ['Anna Berg', 'Bo Berg']) {
    await person.getByLabel('Rolle i planen').selectOption({ label: 'Forældremyndighedsindehaver' });
    await person.getByLabel('Navn').fill(name);
    await person.getByRole('button', { name: 'Tilføj person' }).click();
    await expect(page.getByRole('listitem', { name })).toBeVisible();
  }
  await open(page, 'Godkendelse');
  await writeAs(page, 'Borger', 'Sara Berg');
  await page.getByRole('button', { name: 'Godkend som borger' }).click();
  await writeAs(page, 'Sagsbehandler', 'Lene Holm');
  await page.getByRole('button', { name: 'Godkend som sagsbehandler' }).click();
  const custody = page.getByRole('group', { name: 'Forældremyndighedsindehavernes godkendelse' });
  await expect(custody).toContainText('Begge forældremyndighedsindehavere skal også godkende planen.');
  expect((await savedPlan(page)).locked).toBeFalsy();
  await expect(custody.getByRole('button', { name: 'Godkend som forældremyndighedsindehaver: Anna Berg' })).toBeDisabled();
  await expectNoAxeViolations(page);

  for (const name of ['Anna Berg', 'Bo Berg']) {
    await writeAs(page, 'Borger', name);
    await custody.getByRole('button', { name: `Godkend som forældremyndighedsindehaver: ${name}` }).click();
  }
  await expect(page.getByRole('status').filter({ hasText: 'låst' }).first()).toBeVisible();
  const plan = await savedPlan(page);
  expect(plan.locked).toBe(true);
  expect(plan.approvals.map((a) => a.as_role)).toEqual(['citizen', 'caseworker', 'custody_holder', 'custody_holder']);
});
