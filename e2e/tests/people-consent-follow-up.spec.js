// People, consent and follow-up as a caseworker records them in a meeting: she adds herself
// as coordinating caseworker, records the citizen's consent (the banner goes away), and a
// follow-up meeting with a result; then these screens have no accessibility violations.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./support');

async function open(page, section) {
  await page.getByRole('navigation').getByRole('button', { name: section, exact: true }).click();
}

async function fill(page) {
  await page.goto('/index.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByLabel('Hvem skriver?').selectOption({ label: 'Sagsbehandler' });
  await page.getByLabel('Dit navn').fill('Lene Holm');

  await open(page, 'Personer');
  const person = page.getByRole('form', { name: 'Tilføj en person' });
  await person.getByLabel('Rolle i planen').selectOption({ label: 'Koordinerende sagsbehandler' });
  await person.getByLabel('Navn').fill('Lene Holm');
  await person.getByLabel('Afdeling eller sted').fill('Jobcenter Holmstrup, Team Helhed');
  await person.getByLabel('Sådan får du fat i personen').fill('Tlf. 72 34 56 78');
  await person.getByRole('button', { name: 'Tilføj person' }).click();
  await expect(page.getByRole('listitem', { name: 'Lene Holm' })).toBeVisible();

  // The banner says consent is missing, and leads to the consent screen.
  const banner = page.getByRole('region', { name: 'Bemærk om samtykke' });
  await expect(banner).toContainText('Borgeren har ikke givet samtykke til planen endnu');
  await banner.getByRole('button', { name: 'Gå til samtykke' }).click();
  const consent = page.getByRole('form', { name: 'Registrér et samtykke' });
  await consent.getByLabel('Hvad gælder samtykket?').fill('At arbejde efter én samlet plan med kommunen');
  await consent.getByRole('button', { name: 'Registrér samtykke' }).click();
  await expect(banner).toHaveCount(0);
  await consent.getByLabel('Hvad siger borgeren ja til?').selectOption('share_information');
  await consent.getByLabel('Hvem må dele oplysninger?').fill('Jobcenter Holmstrup\nPsykiatrien (behandlingsplan)');
  await consent.getByLabel('Hvad gælder samtykket?').fill('Oplysninger om behandling for angst, som har betydning for planen');
  await consent.getByRole('button', { name: 'Registrér samtykke' }).click();

  // An intervention to follow up on, then the meeting.
  await open(page, 'Indsatser');
  const add = page.getByRole('form', { name: 'Tilføj en indsats' });
  await add.getByLabel('Område').selectOption({ label: 'Beskæftigelse' });
  await add.getByLabel('Titel').fill('Mentor');
  await add.getByRole('button', { name: 'Tilføj indsats' }).click();

  await open(page, 'Opfølgning');
  const meeting = page.getByRole('form', { name: 'Tilføj et opfølgningsmøde' });
  await meeting.getByLabel('Mødets dato').fill('2026-11-20');
  await meeting.getByRole('button', { name: 'Tilføj møde' }).click();
  const card = page.getByRole('listitem', { name: /Møde 20\. november 2026/ });
  await card.getByLabel('Deltagere').fill('Sara Jensen\nLene Holm');
  await card.getByLabel('Aftaler').fill('Sara starter hos mentoren i januar.');
  await card.getByLabel('Resultat: Mentor').selectOption({ label: 'Fortsætter' });
  await card.getByLabel('Næste opfølgning').fill('2099-03-12');
  await expect(page.getByText('Næste opfølgning er 12. marts 2099.')).toBeVisible();
}

test('a caseworker records people, consent and a follow-up', async ({ page }) => {
  await fill(page);
  const plan = await page.evaluate(() => JSON.parse(localStorage.getItem('helhedsplan:plan')));
  expect(plan.people).toMatchObject([{ kind: 'coordinating_caseworker', name: 'Lene Holm' }]);
  expect(plan.consents.map((c) => c.kind)).toEqual(['plan', 'share_information']);
  expect(plan.consents[1].parties).toEqual(['Jobcenter Holmstrup', 'Psykiatrien (behandlingsplan)']);
  expect(plan.follow_ups[0]).toMatchObject({
    date: '2026-11-20',
    next_date: '2099-03-12',
    participants: ['Sara Jensen', 'Lene Holm'],
    results: [{ outcome: 'continue' }],
  });
});

for (const language of ['Dansk', 'English']) {
  test(`no axe-core violations on people, consent and follow-up (${language})`, async ({ page }) => {
    await fill(page);
    // Withdraw the share consent so the banner and a withdrawn card are on screen too.
    await open(page, 'Samtykke');
    await page.getByRole('button', { name: 'Træk samtykket tilbage' }).last().click();
    await page.getByRole('button', { name: 'Ja, træk tilbage' }).click();
    await expect(page.getByRole('region', { name: 'Bemærk om samtykke' })).toContainText('er trukket tilbage');
    await page.getByRole('button', { name: language }).click();
    const names = language === 'Dansk' ? ['Personer', 'Samtykke', 'Opfølgning'] : ['People', 'Consent', 'Follow-up'];
    for (const section of names) {
      await open(page, section);
      await expectNoAxeViolations(page);
    }
  });
}
