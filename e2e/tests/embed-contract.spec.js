// The rest of <helhedsplan-editor>'s contract (docs/embedding.md), as a portal developer
// uses it: a municipality's own catalogue, the ready and plan-approved events, read-only
// versus approved, the editor's name inside a portal, advisory findings, the complaint
// route, and the iframe example with postMessage. Runs with playwright.embed.config.js.
const { test, expect } = require('@playwright/test');
const { randomUUID } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { expectNoAxeViolations } = require('./support');

const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');

/** A blank page of the examples (strict CSP) with one editor made by the test. */
async function blankEditor(page, attributes = {}) {
  await page.goto('/examples/frame.html');
  await page.evaluate((attributes) => {
    localStorage.clear();
    document.body.innerHTML = '';
    window.__events = [];
    for (const type of ['ready', 'plan-change', 'plan-approved', 'plan-error']) {
      // On document: the events leave the shadow root (bubbles + composed).
      document.addEventListener(type, (e) => window.__events.push({ type, message: e.detail.message }));
    }
    const el = document.createElement('helhedsplan-editor');
    el.setAttribute('autosave', 'off');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    document.body.append(el);
  }, attributes);
  await expect(page.getByLabel('Planens titel')).toBeVisible();
}

const events = (page, type) =>
  page.evaluate((type) => window.__events.filter((e) => e.type === type), type);

const partsNav = (page) => page.getByRole('navigation', { name: 'Planens dele' });

async function openPart(page, name) {
  await partsNav(page).getByRole('button', { name, exact: true }).click();
}

/** The visible texts of a select's options. */
const optionTexts = (select) => select.locator('option').allTextContents();

test('catalogue-src: the municipality\'s own life areas, intervention types and legal bases are offered', async ({ page }) => {
  await blankEditor(page, { 'catalogue-src': '/examples/catalogues/fjordby.json' });

  await openPart(page, 'Mål');
  const area = page.getByLabel('Livsområde', { exact: true });
  await expect.poll(() => optionTexts(area)).toContain('Bolig og hjem');
  const areas = await optionTexts(area);
  expect(areas).toContain('Fritid og fællesskaber');
  expect(areas).not.toContain('Mentale funktioner'); // the built-in catalogue's

  await openPart(page, 'Indsatser');
  await page.getByLabel('Område', { exact: true }).selectOption({ label: 'Beskæftigelse' });
  const kind = page.getByLabel('Type af indsats (frivillig)');
  const kinds = await optionTexts(kind);
  expect(kinds).toContain('Jobmentor i Jobcenter Fjordby');
  expect(kinds).toContain('Praktik i en lokal virksomhed');
  expect(kinds).not.toContain('Job med løntilskud');
  await kind.selectOption({ label: 'Jobmentor i Jobcenter Fjordby' });
  // The type fills in the title and, once added, its usual legal basis.
  await expect(page.getByLabel('Titel *')).toHaveValue('Jobmentor i Jobcenter Fjordby');
  await page.getByRole('button', { name: 'Tilføj indsats' }).click();

  const basis = page.getByLabel('Lovgrundlag fra listen');
  await expect(basis).toBeVisible();
  const bases = await optionTexts(basis);
  expect(bases).toContain('LAB § 57 – Virksomhedspraktik');
  // The built-in catalogue's job with wage subsidy (LAB § 66) is not in Fjordby's.
  expect(bases.some((b) => b.startsWith('LAB § 66'))).toBe(false);
  await expect(basis.locator('option:checked')).toHaveText('LAB § 167 – Mentor');
  const added = await page.evaluate(() => document.querySelector('helhedsplan-editor').plan.interventions[0]);
  expect(added.kind).toBe('fjordby_jobmentor');
  expect(added.legal_basis).toEqual({ law: 'LAB', paragraph: '§ 167' });

  // Without the attribute the built-in catalogue is back.
  await page.locator('helhedsplan-editor').evaluate((el) => el.removeAttribute('catalogue-src'));
  await openPart(page, 'Mål');
  await expect.poll(() => optionTexts(page.getByLabel('Livsområde', { exact: true }))).toContain('Mentale funktioner');
  expect(await events(page, 'plan-error')).toEqual([]);
});

test('a catalogue that is missing, not JSON or not a usable catalogue: plan-error, a visible message, and the built-in choices', async ({ page }) => {
  await blankEditor(page, { 'catalogue-src': '/examples/catalogues/fjordby.json' });
  const el = page.locator('helhedsplan-editor');
  await openPart(page, 'Mål');
  const area = page.getByLabel('Livsområde', { exact: true });
  await expect.poll(() => optionTexts(area)).toContain('Bolig og hjem');

  const cases = [
    ['/examples/catalogues/findes-ikke.json', 'serveren svarede 404'],
    ['/examples/test/broken-catalogue.json', 'svaret er ikke et gyldigt katalog'],
    ['/examples/test/catalogue-without-life-areas.json', 'svaret er ikke et gyldigt katalog (det har ingen livsområder)'],
  ];
  for (const [n, [src, why]] of cases.entries()) {
    await el.evaluate((node, src) => node.setAttribute('catalogue-src', src), src);
    await expect.poll(async () => (await events(page, 'plan-error')).length).toBe(n + 1);
    const { message } = (await events(page, 'plan-error'))[n];
    expect(message).toContain('Kommunens egne valgmuligheder');
    expect(message).toContain(why);
    const alert = page.getByRole('alert').filter({ hasText: 'Kommunens egne valgmuligheder' });
    await expect(alert).toContainText(why);
    await expect(alert).toContainText('Editoren bruger sine egne almindelige valgmuligheder');
    // The built-in catalogue, also after the municipality's had loaded.
    await expect.poll(() => optionTexts(area)).toContain('Mentale funktioner');
    expect(await optionTexts(area)).not.toContain('Bolig og hjem');
    await alert.getByRole('button', { name: 'Luk' }).click();
    await expect(alert).toHaveCount(0);
  }
  // And a good one again works.
  await el.evaluate((node) => node.setAttribute('catalogue-src', '/examples/catalogues/fjordby.json'));
  await expect.poll(() => optionTexts(area)).toContain('Bolig og hjem');
  expect((await events(page, 'plan-error')).length).toBe(cases.length);
});

test('ready fires once after mount, with the plan; after plan-src it carries the loaded plan', async ({ page, request }) => {
  await request.post('/__test/reset');
  await page.goto('/examples/frame.html');
  await page.evaluate(() => {
    localStorage.clear();
    document.body.innerHTML = '';
    window.__ready = [];
    document.addEventListener('ready', (e) => window.__ready.push({ target: e.target.id, plan: JSON.parse(JSON.stringify(e.detail.plan)) }));
    const el = document.createElement('helhedsplan-editor');
    el.id = 'first';
    el.setAttribute('autosave', 'off');
    document.body.append(el);
  });
  await expect.poll(() => page.evaluate(() => window.__ready.length)).toBe(1);
  const first = await page.evaluate(() => ({ ready: window.__ready[0], plan: document.getElementById('first').plan }));
  expect(first.ready.target).toBe('first');
  expect(first.ready.plan.id).toBe(first.plan.id);
  expect(first.ready.plan.schema_version).toBe(first.plan.schema_version);

  // Setting a plan and editing are not a new start.
  await page.evaluate(() => {
    const el = document.getElementById('first');
    el.plan = { ...el.plan, title: 'Sat af portalen' };
  });
  await page.getByLabel('Planens titel').fill('Rettet');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.__ready.length)).toBe(1);

  // With plan-src, ready comes once the plan is loaded, and carries it.
  const plan = await page.evaluate(() => ({ ...document.getElementById('first').plan, title: 'Fra sagssystemet' }));
  const put = await request.put('/api/plans/klar', { data: JSON.stringify(plan), headers: { 'Content-Type': 'application/json' } });
  expect(put.status()).toBe(201);
  await page.evaluate(() => {
    const el = document.createElement('helhedsplan-editor');
    el.id = 'second';
    el.setAttribute('autosave', 'off');
    el.setAttribute('plan-src', '/api/plans/klar');
    document.body.append(el);
  });
  await expect.poll(() => page.evaluate(() => window.__ready.length)).toBe(2);
  const second = await page.evaluate(() => window.__ready[1]);
  expect(second.target).toBe('second');
  expect(second.plan.title).toBe('Fra sagssystemet');
});

test('plan-approved when both parties have approved; read-only is not called approved', async ({ page }) => {
  await page.goto('/examples/portal.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByLabel('Planens titel')).toBeVisible();
  const el = page.locator('helhedsplan-editor');
  await page.evaluate(() => {
    window.__approved = [];
    document.addEventListener('plan-approved', (e) => window.__approved.push(JSON.parse(JSON.stringify(e.detail))));
  });
  await page.getByLabel('Planens titel').fill('Saras plan');

  // Read-only on a draft: the editor says it can be read, and nothing about approval.
  await el.evaluate((node) => node.setAttribute('readonly', ''));
  const banner = page.locator('.hp-locked-banner');
  await expect(banner).toHaveText(/Du kan læse planen her, men ikke ændre den\./);
  await expect(banner).not.toContainText('godkendt');
  await expect(page.getByText(/godkendt og låst/)).toHaveCount(0);
  await expect(page.getByLabel('Planens titel')).not.toBeEditable();
  await el.evaluate((node) => node.removeAttribute('readonly'));
  await expect(banner).toHaveCount(0);

  await openPart(page, 'Godkendelse');
  await page.getByRole('button', { name: 'Godkend som borger' }).click();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__approved.length)).toBe(0); // one party is not enough
  await el.evaluate((node) => {
    node.setAttribute('author-role', 'caseworker');
    node.setAttribute('author-name', 'Mette Holm');
  });
  await page.getByRole('button', { name: 'Godkend som sagsbehandler' }).click();
  await expect.poll(() => page.evaluate(() => window.__approved.length)).toBe(1);
  const detail = await page.evaluate(() => window.__approved[0]);
  expect(detail.version).toBe(1);
  expect(detail.plan.locked).toBe(true);
  expect(detail.plan.title).toBe('Saras plan');
  expect(detail.plan.approvals.map((a) => [a.as_role, a.by.name])).toEqual([['citizen', 'Sara Jensen'], ['caseworker', 'Mette Holm']]);

  // Approved and locked: now the banner says so (also while read-only).
  await expect(banner).toContainText('Version 1 er godkendt af begge og låst');
  await el.evaluate((node) => node.setAttribute('readonly', ''));
  await expect(banner).toContainText('Version 1 er godkendt af begge og låst');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__approved.length)).toBe(1);
});

test('inside a portal the editor\'s name is not a second h1; heading-level makes it a heading of that level', async ({ page }) => {
  await page.goto('/examples/portal.html');
  await expect(page.getByLabel('Planens titel')).toBeVisible();
  const h1s = () => page.evaluate(() => {
    const root = document.querySelector('helhedsplan-editor').shadowRoot;
    return [...document.querySelectorAll('h1'), ...root.querySelectorAll('h1')].map((h) => h.textContent.trim());
  });
  expect(await h1s()).toEqual(['Min plan']);
  const brand = page.locator('helhedsplan-editor .hp-brand');
  await expect(brand).toHaveText('Helhedsplan');
  expect(await brand.evaluate((b) => b.tagName)).toBe('P');

  await page.locator('helhedsplan-editor').evaluate((el) => el.setAttribute('heading-level', '2'));
  await expect(page.getByRole('heading', { level: 2, name: 'Helhedsplan', exact: true })).toBeVisible();
  await page.locator('helhedsplan-editor').evaluate((el) => el.setAttribute('heading-level', 'nonsense'));
  await expect(page.getByRole('heading', { name: 'Helhedsplan', exact: true })).toHaveCount(0);
  expect(await brand.evaluate((b) => b.tagName)).toBe('P');
  await expectNoAxeViolations(page);
});

/** A goal or an intervention as the plan format has it (docs/plan-format.md). */
function item(fields) {
  const who = { role: 'caseworker', name: 'Mette Holm' };
  const at = '2026-01-05T10:00:00Z';
  return { id: randomUUID(), ...fields, created_by: who, created_at: at, updated_by: who, updated_at: at };
}

test('findings(): the advisory coherence findings, beside validate()', async ({ page }) => {
  await blankEditor(page);
  const el = page.locator('helhedsplan-editor');
  expect(await el.evaluate((node) => node.findings())).toEqual([]);

  // One goal nobody works on, one intervention for no goal and with nobody responsible.
  const goal = item({ level: 'overall', title: 'Et arbejde', expressed_by: 'citizen', status: 'active' });
  const iv = item({ sector: 'social', title: 'Bostøtte', status: 'proposed' });
  await el.evaluate((node, { goal, iv }) => {
    node.plan = { ...node.plan, goals: [goal], interventions: [iv] };
  }, { goal, iv });
  const found = await el.evaluate((node) => node.findings());
  expect(found.map((f) => f.rule)).toEqual(['goal_without_intervention', 'intervention_without_goal', 'no_responsible_person']);
  expect(found[0].items).toEqual([{ kind: 'goal', id: goal.id }]);
  expect(found[0].titles).toEqual(['Et arbejde']);
  expect(found[1].items).toEqual([{ kind: 'intervention', id: iv.id }]);
  expect(found[1].titles).toEqual(['Bostøtte']);
  for (const f of found) {
    expect(Object.keys(f).sort()).toEqual(['items', 'message', 'rule', 'titles']);
    expect(f.message.length).toBeGreaterThan(0);
  }
  // Findings are advice: the plan is valid.
  expect(await el.evaluate((node) => node.validate())).toEqual([]);

  // The intervention serves the goal and names an authority: what is left is the consent.
  await el.evaluate((node, { goalId }) => {
    const plan = node.plan;
    plan.interventions[0].goals = [goalId];
    plan.interventions[0].responsible_authority = 'Fjordby Kommune, Socialafdelingen';
    node.plan = plan;
  }, { goalId: goal.id });
  const left = await el.evaluate((node) => node.findings());
  expect(left.map((f) => f.rule)).toEqual(['party_without_consent']);
  expect(left[0].detail).toEqual({ kind: 'parties', parties: ['Fjordby Kommune, Socialafdelingen'], health: false });
});

test('findings() on a sample plan: the same findings the Sammenhæng panel shows', async ({ page }) => {
  await blankEditor(page);
  const el = page.locator('helhedsplan-editor');
  const sample = JSON.parse(fs.readFileSync(path.join(SAMPLES, 'familie-med-barn.json'), 'utf8'));
  await el.evaluate((node, sample) => { node.plan = sample; }, sample);
  const found = await el.evaluate((node) => node.findings());
  expect(found.length).toBeGreaterThan(0);
  const byRule = {};
  for (const f of found) byRule[f.rule] = (byRule[f.rule] || 0) + 1;

  await openPart(page, 'Sammenhæng');
  const groups = page.locator('helhedsplan-editor .hp-coherence-group');
  await expect(groups.first()).toBeVisible();
  const shown = await groups.evaluateAll((sections) => Object.fromEntries(sections.map((s) => [
    s.dataset.rule, Number(s.querySelector('h3').textContent.match(/\((\d+)\)\s*$/)[1]),
  ])));
  expect(shown).toEqual(byRule);
});

test('exportFor(party): the job centre gets no health data without a consent that covers it; the same list the "Del med …" view shows', async ({ page }) => {
  await blankEditor(page);
  const el = page.locator('helhedsplan-editor');
  const sample = JSON.parse(fs.readFileSync(path.join(SAMPLES, 'mor-med-angst.json'), 'utf8'));
  await el.evaluate((node, sample) => { node.plan = sample; }, sample);
  const doc = await el.evaluate((node) => node.exportFor('Holmstrup Kommune, Jobcenter'));
  expect(doc.kind).toBe('helhedsplan-shared-plan');
  expect(doc.health).toBe(false);
  expect(doc.plan.interventions.map((i) => i.sector)).not.toContain('health');
  expect(doc.plan.consents.some((c) => (c.categories || []).includes('health'))).toBe(false);
  expect(doc.left_out.some((l) => l.what === 'intervention' && l.why === 'health')).toBe(true);
  // Psychiatry and home support share health data by a consent that names health.
  const social = await el.evaluate((node) => node.exportFor('Holmstrup Kommune, Socialpsykiatrien'));
  expect(social.health).toBe(true);
  expect(social.plan.interventions.map((i) => i.sector)).toContain('health');
  // Bad arguments throw; the plan is untouched.
  for (const bad of ['', '   ', 42, null]) {
    const thrown = await el.evaluate((node, bad) => {
      try { node.exportFor(bad); return null; } catch (e) { return String(e.message); }
    }, bad);
    expect(thrown).toContain('exportFor(party)');
  }
  expect(JSON.parse(await el.evaluate((node) => node.planJson)).id).toBe(sample.id);

  await openPart(page, 'Del med …');
  await page.getByLabel('Hvem skal planen deles med?').selectOption('Holmstrup Kommune, Jobcenter');
  const listed = await page.locator('helhedsplan-editor .hp-share-left-out li').evaluateAll(
    (items) => items.reduce((n, li) => n + Number(li.dataset.count || 1), 0));
  expect(listed).toBe(doc.left_out.length);
});

test('complaint-route: the host\'s text under "Sådan klager du", changed at run time', async ({ page }) => {
  const first = 'Klag til Fjordby Kommune, Rådhuspladsen 1, inden 4 uger.';
  const second = 'Klag til Jobcenter Fjordby inden 4 uger. Ring 99 99 99 99, hvis du vil have hjælp.';
  await blankEditor(page, { 'complaint-route': first });
  // The summary (with its complaint route) is there once an intervention needs a decision.
  const iv = item({ sector: 'social', title: 'Bostøtte', status: 'planned', decision: { needed: true, status: 'pending' } });
  await page.locator('helhedsplan-editor').evaluate((el, iv) => { el.plan = { ...el.plan, interventions: [iv] }; }, iv);
  await openPart(page, 'Afgørelse');
  const box = page.getByRole('complementary', { name: 'Sådan klager du' });
  await expect(box).toContainText(first);
  await page.locator('helhedsplan-editor').evaluate((el, text) => el.setAttribute('complaint-route', text), second);
  await expect(box).toContainText(second);
  await expect(box).not.toContainText(first);
  // decisionSummary(): the same summary as a document, with the host's complaint route.
  const summary = await page.locator('helhedsplan-editor').evaluate((el) => el.decisionSummary());
  expect(summary.kind).toBe('helhedsplan-decision-summary');
  expect(summary.counts.total).toBe(1);
  expect(summary.counts.pending).toBe(1);
  expect(summary.sectors.map((s) => s.sector)).toEqual(['social']);
  expect(JSON.stringify(summary.complaint_route)).toContain('Jobcenter Fjordby');
  // Without it, the editor's general guide.
  await page.locator('helhedsplan-editor').evaluate((el) => el.removeAttribute('complaint-route'));
  await expect(box).not.toContainText(second);
  await expect(box).not.toBeEmpty();
});

test('plan-change: detail.plan is the plan after the edit, made when a listener reads it', async ({ page }) => {
  await blankEditor(page);
  await page.evaluate(() => {
    window.__read = [];
    window.__kept = [];
    const el = document.querySelector('helhedsplan-editor');
    el.addEventListener('plan-change', (e) => {
      window.__read.push(e.detail.plan.title);
      window.__read.push(e.detail.plan === e.detail.plan); // read once, then the same object
    });
    // A listener that keeps only the edit never pays for the plan.
    el.addEventListener('plan-change', (e) => window.__kept.push(e.detail.edit.what.action));
  });
  await page.getByLabel('Planens titel').pressSequentially('Ny', { delay: 50 });
  await expect.poll(() => page.evaluate(() => window.__read.length)).toBe(4);
  expect(await page.evaluate(() => window.__read)).toEqual(['N', true, 'Ny', true]);
  expect(await page.evaluate(() => window.__kept)).toEqual(['set_title', 'set_title']);
});

test('the iframe example: editing inside the frame, the portal page gets the events by postMessage', async ({ page }) => {
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.__messages = [];
    window.addEventListener('message', (e) => window.__messages.push({ origin: e.origin, fromFrame: e.source === document.querySelector('iframe')?.contentWindow, data: e.data }));
  });
  await page.goto('/examples/iframe.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const frame = page.frameLocator('iframe[title="Min plan: editor"]');
  await expect(frame.getByLabel('Planens titel')).toBeVisible();
  await expect(page.locator('#last-change')).toContainText('Editoren er klar');

  await frame.getByLabel('Planens titel').fill('Min plan i rammen');
  await expect(page.locator('#last-change')).toContainText('Sara Jensen');
  const messages = await page.evaluate(() => window.__messages);
  const origin = new URL(page.url()).origin;
  expect(messages.every((m) => m.origin === origin && m.fromFrame && m.data.source === 'helhedsplan')).toBe(true);
  expect(messages.filter((m) => m.data.type === 'ready').length).toBe(1);
  const change = messages.filter((m) => m.data.type === 'plan-change').at(-1).data.detail;
  expect(change.plan.title).toBe('Min plan i rammen');
  expect(change.edit.who).toEqual({ role: 'citizen', name: 'Sara Jensen' });
  expect(change.edit.what.action).toBe('set_title');
  // The frame keeps its own autosave.
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('fjordby:iframe-plan:plan')).title)).toBe('Min plan i rammen');
  await expectNoAxeViolations(page);
});

test('validate(): warnings load and are listed with their severity; errors are refused', async ({ page }) => {
  await blankEditor(page);
  const el = page.locator('helhedsplan-editor');
  // A goal whose title is being rewritten, and an intervention whose end was moved before
  // its start: what two people editing at once can leave. The plan loads.
  const goal = item({ level: 'overall', title: '', expressed_by: 'citizen', status: 'active' });
  const iv = item({ sector: 'social', title: 'Bostøtte', status: 'planned', goals: [goal.id],
    period: { start: '2026-03-01', end: '2026-02-01' } });
  await el.evaluate((node, { goal, iv }) => {
    node.plan = { ...node.plan, goals: [goal], interventions: [iv] };
  }, { goal, iv });
  const problems = await el.evaluate((node) => node.validate());
  expect(problems.map((p) => [p.path, p.severity, p.kind])).toEqual([
    ['/goals/0/title', 'warning', 'empty'],
    ['/interventions/0/period', 'warning', 'date'],
  ]);
  // The editor says what to fix, in words, with a way to the goal.
  await expect(page.getByText('2 ting i planen skal rettes')).toBeVisible();

  // A date outside 1900–2200 is an error: such a plan is refused and nothing changes.
  const before = await el.evaluate((node) => node.planJson);
  const refused = await el.evaluate((node, { goal, iv }) => {
    try {
      node.plan = { ...node.plan, goals: [goal], interventions: [{ ...iv, period: { start: '2520-03-01' } }] };
      return null;
    } catch (e) {
      return String(e.message || e);
    }
  }, { goal, iv });
  expect(refused).toContain('2520-03-01');
  expect(await el.evaluate((node) => node.planJson)).toEqual(before);
});
