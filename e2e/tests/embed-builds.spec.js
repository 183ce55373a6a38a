// The two builds behind the one loader (docs/embedding.md, "Co-authoring: the second
// build"): a portal without collab-url downloads only the editor; a page with collab-url
// downloads the co-authoring build (collab/) instead, never both. Runs with
// playwright.embed.config.js against scripts/build.sh's dist/ (with dist/collab/).
const { test, expect } = require('@playwright/test');

const PLAIN = ['/helhedsplan-web.js', '/helhedsplan-web_bg.wasm'];
const COLLAB = ['/collab/helhedsplan-web.js', '/collab/helhedsplan-web_bg.wasm'];

// The example server's policy, with the same origin's WebSocket for collab-url.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'";

/** Serves `body` as a host page of the portal at `path` (and `scripts`, path to source, as
 * its own script files: the policy allows no inline script), and records every path the
 * page requests from then on. */
async function hostPage(page, path, body, scripts = {}) {
  await page.route(`**${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': CSP },
      body: `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Portal</title>${body}`,
    }));
  for (const [script, source] of Object.entries(scripts)) {
    await page.route(`**${script}`, (route) => route.fulfill({ contentType: 'text/javascript', body: source }));
  }
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  await page.goto(path);
  return { requested, errors };
}

/** A room on the portal's own server (connect-src 'self'); no test here needs it to answer. */
const room = (baseURL) => `${baseURL.replace(/^http/, 'ws')}/rooms/builds-test`;

const titles = (page) => page.getByLabel('Planens titel');

test('a portal without collab-url downloads the editor and nothing of the co-authoring build', async ({ page }) => {
  const { requested } = await hostPage(page, '/portal/plain.html', `
    <script type="module" src="/helhedsplan.js"></script></head>
    <body><main><helhedsplan-editor autosave="off"></helhedsplan-editor></main></body></html>`);

  await expect(titles(page)).toBeVisible();
  expect(requested).toEqual(expect.arrayContaining(PLAIN));
  expect(requested.filter((path) => path.startsWith('/collab/'))).toEqual([]);
});

test('a portal with collab-url downloads the co-authoring build instead of the editor', async ({ page, baseURL }) => {
  const { requested } = await hostPage(page, '/portal/collab.html', `
    <script type="module" src="/helhedsplan.js"></script></head>
    <body><main><helhedsplan-editor autosave="off" collab-url="${room(baseURL)}"></helhedsplan-editor></main></body></html>`);

  await expect(titles(page)).toBeVisible();
  expect(requested).toEqual(expect.arrayContaining(COLLAB));
  for (const path of PLAIN) expect(requested).not.toContain(path);
});

test('one editor with collab-url and one without: the co-authoring build alone runs both', async ({ page, baseURL }) => {
  const { requested } = await hostPage(page, '/portal/both.html', `
    <script type="module" src="/helhedsplan.js"></script></head>
    <body><main>
      <helhedsplan-editor autosave="off" collab-url="${room(baseURL)}"></helhedsplan-editor>
      <helhedsplan-editor autosave="off"></helhedsplan-editor>
    </main></body></html>`);

  await expect(titles(page)).toHaveCount(2);
  await expect(titles(page).nth(1)).toBeVisible();
  expect(requested).toEqual(expect.arrayContaining(COLLAB));
  for (const path of PLAIN) expect(requested).not.toContain(path);
});

test('helhedsplan.js?collab: an editor the page creates later gets the co-authoring build', async ({ page, baseURL }) => {
  // As a framework does: the page's own code creates the editor after the loader ran.
  const { requested } = await hostPage(page, '/portal/later.html', `
    <script type="module" src="/portal/later.js"></script></head>
    <body><main></main></body></html>`, {
    '/portal/later.js': `
      await import('/helhedsplan.js?collab');
      const editor = document.createElement('helhedsplan-editor');
      editor.setAttribute('autosave', 'off');
      editor.setAttribute('collab-url', ${JSON.stringify(room(baseURL))});
      document.querySelector('main').append(editor);`,
  });

  await expect(titles(page)).toBeVisible();
  expect(requested).toEqual(expect.arrayContaining(COLLAB));
  for (const path of PLAIN) expect(requested).not.toContain(path);
});

test('asking for co-authoring after the editor loaded without it is refused in the console, not half done', async ({ page }) => {
  const { requested, errors } = await hostPage(page, '/portal/too-late.html', `
    <script type="module" src="/helhedsplan.js"></script></head>
    <body><main><helhedsplan-editor autosave="off"></helhedsplan-editor></main></body></html>`);
  await expect(titles(page)).toBeVisible();

  await page.evaluate(() => import('/helhedsplan.js?collab'));

  await expect.poll(() => errors.join('\n')).toContain('Include helhedsplan.js?collab before any editor is created');
  expect(requested.filter((path) => path.startsWith('/collab/'))).toEqual([]);
  await expect(titles(page)).toHaveCount(1);
});
