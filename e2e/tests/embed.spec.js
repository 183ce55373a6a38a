// <helhedsplan-editor> in a municipal portal: one script tag, a strict CSP, the host's CSS
// kept out, theming let in, attributes, properties, methods and events — as a portal
// developer would use them. Runs with playwright.embed.config.js (examples/server.js).
const { test, expect } = require('@playwright/test');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { expectNoAxeViolations } = require('./support');

const GOAL_TEXT = 'Jeg vil have et arbejde, hvor jeg kan være noget for andre';

/** Collects CSP violations and console errors of a page. */
function watchPage(page) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(String(err)));
  return problems;
}

async function openPortal(page) {
  await page.goto('/examples/portal.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByLabel('Planens titel')).toBeVisible();
}

/** Computed styles of elements inside the editor's shadow root. */
async function innerStyles(page) {
  return page.evaluate(() => {
    const root = document.querySelector('helhedsplan-editor').shadowRoot;
    const pick = (el, props) => {
      const cs = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    };
    const props = ['font-family', 'font-size', 'color', 'letter-spacing', 'text-transform', 'background-color', 'border-top-width', 'border-top-color', 'padding-top'];
    return {
      editor: pick(root.querySelector('.hp-editor'), props),
      input: pick(root.querySelector('.hp-input'), props),
      heading: pick(root.querySelector('h2'), props),
      button: pick(root.querySelector('.hp-button'), props),
      brand: pick(root.querySelector('.hp-brand'), props),
    };
  });
}

test('the portal page loads the editor with one script tag, under a strict CSP, without asking anything of the network', async ({ page }) => {
  const problems = watchPage(page);
  const requests = [];
  page.on('request', (req) => requests.push(new URL(req.url()).pathname));
  await openPortal(page);

  const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  expect(csp).toContain("style-src 'self'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");

  // Work in the plan for a while: no request may leave for anything but the bundle itself.
  await page.getByLabel('Planens titel').fill('Min plan for 2027');
  await page.getByLabel('Det vigtigste for mig').fill(GOAL_TEXT);
  await page.waitForTimeout(1500);

  const allowed = [
    /^\/examples\/portal\.(html|css|js)$/,
    /^\/helhedsplan\.js$/,
    /^\/helhedsplan-web\.js$/,
    /^\/helhedsplan-web_bg\.wasm$/,
    /^\/snippets\/helhedsplan-[0-9a-f]+\/src\/platform\/custom_element\/element\.js$/,
  ];
  const unexpected = requests.filter((p) => !allowed.some((re) => re.test(p)));
  expect(unexpected, `requests: ${requests.join(', ')}`).toEqual([]);
  expect(requests).toContain('/helhedsplan-web_bg.wasm');
  expect(problems).toEqual([]);

  // The shadow root is open and the editor's own sheet is adopted (no <style>, no style="").
  const shape = await page.evaluate(() => {
    const el = document.querySelector('helhedsplan-editor');
    return {
      sheets: el.shadowRoot.adoptedStyleSheets.length,
      styleElements: el.shadowRoot.querySelectorAll('style').length,
      inlineStyles: el.shadowRoot.querySelectorAll('[style]').length,
      documentStyles: [...document.querySelectorAll('style, link[rel=stylesheet]')].map((n) => n.getAttribute('href')),
    };
  });
  expect(shape).toEqual({ sheets: 1, styleElements: 0, inlineStyles: 0, documentStyles: ['portal.css'] });
});

test('hostile host CSS does not change the editor; the --hp-* variables do', async ({ page }) => {
  await openPortal(page);
  const before = await innerStyles(page);
  // The portal's own `html { font-size: 62.5% }` must not shrink the editor.
  expect(before.editor['font-size']).toBe('16px');

  await page.addStyleTag({ url: '/examples/test/hostile.css' });
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('30px');
  const hostile = await innerStyles(page);
  expect(hostile).toEqual(before);

  await page.addStyleTag({ url: '/examples/test/theme.css' });
  await expect.poll(async () => (await innerStyles(page)).brand.color).toBe('rgb(128, 0, 128)');
  const themed = await innerStyles(page);
  expect(themed.input['border-top-color']).toBe('rgb(0, 128, 0)'); // set on :root, inherited in
  expect(themed.editor['font-family']).toBe('Georgia, serif'); // set on the element
  expect(themed.input['font-size']).toBe(before.input['font-size']);
});

test('attributes from the page and at run time: lang, author-role, readonly, storage-key', async ({ page }) => {
  await openPortal(page);
  const el = page.locator('helhedsplan-editor');
  // author-role fixes who writes: no role switch.
  await expect(page.getByText('Hvem skriver?')).toHaveCount(0);

  await page.getByLabel('Planens titel').fill('Saras plan');
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('fjordby:min-plan:plan') || '{}').title)).toBe('Saras plan');

  // lang at run time.
  await el.evaluate((node) => node.setAttribute('lang', 'en'));
  await expect(page.getByLabel('Plan title')).toHaveValue('Saras plan');
  await el.evaluate((node) => node.setAttribute('lang', 'da'));
  await expect(page.getByLabel('Planens titel')).toBeVisible();

  // readonly at run time: fields cannot be changed, and the editor says so.
  await el.evaluate((node) => node.setAttribute('readonly', ''));
  await expect(page.getByText('Du kan læse planen her, men ikke ændre den.')).toBeVisible();
  await expect(page.getByLabel('Planens titel')).not.toBeEditable();
  await el.evaluate((node) => node.removeAttribute('readonly'));
  await expect(page.getByLabel('Planens titel')).toBeEditable();

  // author-role at run time: the next edit is the caseworker's.
  await el.evaluate((node) => {
    window.__changes = [];
    node.addEventListener('plan-change', (e) => window.__changes.push(e.detail));
    node.setAttribute('author-role', 'caseworker');
    node.setAttribute('author-name', 'Mette Holm');
  });
  await page.getByLabel('Planens titel').fill('Saras plan 2027');
  await expect.poll(() => page.evaluate(() => window.__changes.length)).toBeGreaterThan(0);
  const who = await page.evaluate(() => window.__changes.at(-1).edit.who);
  expect(who).toEqual({ role: 'caseworker', name: 'Mette Holm' });

  // storage-key at run time: another namespace is another plan; back again restores it.
  await el.evaluate((node) => node.setAttribute('storage-key', 'fjordby:andet'));
  await expect(page.getByLabel('Planens titel')).toHaveValue('');
  await el.evaluate((node) => node.setAttribute('storage-key', 'fjordby:min-plan'));
  await expect(page.getByLabel('Planens titel')).toHaveValue('Saras plan 2027');
});

test('lang, role and autosave="off" given by the page; two editors work independently', async ({ page }) => {
  await page.goto('/examples/frame.html');
  await page.evaluate(() => {
    localStorage.clear();
    document.body.innerHTML = '';
    for (const [lang, role] of [['en', 'caseworker'], ['da', 'citizen']]) {
      const el = document.createElement('helhedsplan-editor');
      el.setAttribute('lang', lang);
      el.setAttribute('role', role); // the `role` spelling is accepted too
      el.setAttribute('autosave', 'off');
      document.body.append(el);
    }
  });
  await expect(page.getByLabel('Plan title')).toBeVisible();
  await expect(page.getByLabel('Planens titel')).toBeVisible();
  await page.getByLabel('Plan title').fill('Plan for the family');
  await expect(page.getByLabel('Planens titel')).toHaveValue('');
  const plans = await page.evaluate(() => [...document.querySelectorAll('helhedsplan-editor')].map((e) => e.plan));
  expect(plans[0].title).toBe('Plan for the family');
  expect(plans[0].change_log.at(-1).role).toBe('caseworker');
  expect(plans[1].title).toBe('');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  // Removing an element unmounts its editor.
  await page.evaluate(() => document.querySelector('helhedsplan-editor').remove());
  await expect(page.getByLabel('Plan title')).toHaveCount(0);
  await expect(page.getByLabel('Planens titel')).toBeVisible();
});

test('a host listener gets plan-change, whose plan passes plan-tool validate', async ({ page }) => {
  await openPortal(page);
  await page.evaluate(() => {
    window.__changes = [];
    // Listening on document: the event bubbles out of the shadow root (composed).
    document.addEventListener('plan-change', (e) => window.__changes.push(JSON.parse(JSON.stringify(e.detail))));
  });
  await page.getByLabel('Planens titel').fill('Min plan for 2027');
  await page.getByLabel('Det vigtigste for mig').fill(GOAL_TEXT);
  await expect.poll(() => page.evaluate(() => window.__changes.length)).toBeGreaterThan(1);
  const detail = await page.evaluate(() => window.__changes.at(-1));
  expect(detail.edit.who).toEqual({ role: 'citizen', name: 'Sara Jensen' });
  expect(detail.edit.what.action).toBeTruthy();
  expect(detail.edit.what.summary).toBeTruthy();
  expect(new Date(detail.edit.when).toISOString()).toBeTruthy();
  expect(detail.plan.title).toBe('Min plan for 2027');
  await expect(page.locator('#last-change')).toContainText('Sara Jensen');

  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hp-embed-')), 'plan.json');
  fs.writeFileSync(file, JSON.stringify(detail.plan, null, 2));
  const repo = path.resolve(__dirname, '..', '..');
  const built = path.join(repo, 'target', 'debug', 'plan-tool');
  const validate = (f) => {
    const [cmd, args] = fs.existsSync(built)
      ? [built, ['validate', f]]
      : ['cargo', ['run', '--quiet', '--bin', 'plan-tool', '--', 'validate', f]];
    try {
      execFileSync(cmd, args, { cwd: repo, encoding: 'utf8', stdio: 'pipe' });
      return 0;
    } catch (e) {
      return e.status;
    }
  };
  expect(validate(file)).toBe(0);
  // The check can fail: the same plan without its id does not validate.
  const broken = path.join(path.dirname(file), 'broken.json');
  const { id, ...withoutId } = detail.plan;
  fs.writeFileSync(broken, JSON.stringify(withoutId));
  expect(validate(broken)).not.toBe(0);
});

test('properties and methods: plan, planJson, validate, undo, redo, exportJson; an invalid plan throws and changes nothing', async ({ page }) => {
  await openPortal(page);
  await page.getByLabel('Planens titel').fill('Før');
  const result = await page.evaluate(() => {
    const el = document.querySelector('helhedsplan-editor');
    const plan = el.plan;
    plan.title = 'Sat af portalen';
    el.plan = plan;
    const afterSet = el.plan.title;
    let thrown = null;
    try {
      el.planJson = '{"schema_version": 2, "title": 5}';
    } catch (e) {
      thrown = { isError: e instanceof Error, errors: e.errors };
    }
    return {
      afterSet,
      afterInvalid: el.plan.title,
      thrown,
      validate: el.validate(),
      exported: JSON.parse(el.exportJson()).title,
      jsonType: typeof el.planJson,
    };
  });
  expect(result.afterSet).toBe('Sat af portalen');
  expect(result.afterInvalid).toBe('Sat af portalen');
  expect(result.thrown.isError).toBe(true);
  expect(result.thrown.errors.length).toBeGreaterThan(0);
  expect(Object.keys(result.thrown.errors[0]).sort()).toEqual(['code', 'message', 'path']);
  expect(Array.isArray(result.validate)).toBe(true);
  expect(result.exported).toBe('Sat af portalen');
  expect(result.jsonType).toBe('string');
  await expect(page.getByLabel('Planens titel')).toHaveValue('Sat af portalen');

  // undo()/redo() are the toolbar's.
  await page.getByLabel('Planens titel').fill('Sat af portalen, rettet');
  await page.evaluate(() => document.querySelector('helhedsplan-editor').undo());
  await expect(page.getByLabel('Planens titel')).toHaveValue('Sat af portalen');
  await page.evaluate(() => document.querySelector('helhedsplan-editor').redo());
  await expect(page.getByLabel('Planens titel')).toHaveValue('Sat af portalen, rettet');
});

test('plan-src loads the first plan; a bad plan-src gives plan-error and a visible message', async ({ page, request }) => {
  await request.post('/__test/reset');
  await page.goto('/examples/frame.html');
  // The element is defined once the bundle has loaded; wait for it before reading its plan.
  await page.waitForFunction(() => document.querySelector('helhedsplan-editor')?.plan);
  // A plan on the server, made by the editor itself.
  const planJson = await page.evaluate(() => {
    const el = document.querySelector('helhedsplan-editor');
    const plan = el.plan;
    plan.title = 'Plan fra sagssystemet';
    return JSON.stringify(plan);
  });
  const put = await request.put('/api/plans/fra-server', { data: planJson, headers: { 'Content-Type': 'application/json' } });
  expect(put.status()).toBe(201);
  await page.evaluate(() => {
    localStorage.clear();
    document.body.innerHTML = '';
    window.__errors = [];
    document.addEventListener('plan-error', (e) => window.__errors.push(e.detail.message));
    const good = document.createElement('helhedsplan-editor');
    good.setAttribute('autosave', 'off');
    good.setAttribute('plan-src', '/api/plans/fra-server');
    const bad = document.createElement('helhedsplan-editor');
    bad.setAttribute('autosave', 'off');
    bad.setAttribute('lang', 'en');
    bad.setAttribute('plan-src', '/api/plans/findes-ikke');
    document.body.append(good, bad);
  });
  await expect(page.getByLabel('Planens titel')).toHaveValue('Plan fra sagssystemet');
  await expect(page.getByRole('alert').filter({ hasText: 'The plan could not be loaded' })).toContainText('404');
  expect(await page.evaluate(() => window.__errors.length)).toBe(1);
});

test('axe-core: the portal page with a filled-in plan, Danish and English, has no violations', async ({ page }) => {
  await openPortal(page);
  await page.getByLabel('Planens titel').fill('Min plan for 2027');
  await page.getByLabel('Det vigtigste for mig').fill(GOAL_TEXT);
  await expectNoAxeViolations(page);
  await page.locator('helhedsplan-editor').evaluate((node) => node.setAttribute('lang', 'en'));
  await expect(page.getByLabel('Plan title')).toBeVisible();
  await expectNoAxeViolations(page);
});
