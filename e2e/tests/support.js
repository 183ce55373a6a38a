// Shared helpers for the journeys.
const { expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;

/** Runs axe-core (WCAG 2.1 A and AA rules) and fails with a readable list of violations. */
async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'axe-core violations').toEqual([]);
}

/** Adds a goal through the form on the goals page. */
async function addGoal(page, title) {
  await page.getByRole('navigation').getByRole('button', { name: 'Mål', exact: true }).click();
  const addForm = page.getByRole('form', { name: 'Tilføj et mål' });
  await addForm.getByLabel('Målet i én sætning').fill(title);
  await addForm.getByRole('button', { name: 'Tilføj mål' }).click();
}

/** A goal's card heading, by its title. */
const goalHeading = (page, title) => page.getByRole('heading', { name: title });

/** Loads a sample plan through the file menu on a fresh page, as a facilitator would. */
async function loadSample(page, name) {
  await page.goto('/index.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByText('Gem, hent og udskriv').click();
  await page.getByLabel('Eksempel på en plan').selectOption(name);
  await page.getByRole('button', { name: 'Hent eksemplet' }).click();
  await expect(page.getByLabel('Planens titel')).not.toHaveValue('');
  await page.getByText('Gem, hent og udskriv').click();
}

/** All text of a PDF, pages joined, whitespace folded. */
async function pdfText(buffer) {
  // pdf.js uses Promise.withResolvers, which Node 20 lacks.
  if (!Promise.withResolvers) {
    Promise.withResolvers = () => {
      let resolve;
      let reject;
      const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
      return { promise, resolve, reject };
    };
  }
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(buffer), useSystemFonts: true }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => item.str).join(' '));
  }
  return pages.join(' ').replace(/\s+/g, ' ');
}

module.exports = { expectNoAxeViolations, addGoal, goalHeading, loadSample, pdfText };
