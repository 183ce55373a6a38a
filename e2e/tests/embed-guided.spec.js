// Guided mode inside a portal: <helhedsplan-editor mode="guided"> asks one question at a
// time in its shadow root, keeps the citizen's place under its own storage key, leaves the
// portal's address alone, and "Se hele planen" turns the element into the full editor.
// Runs with playwright.embed.config.js (examples/server.js).
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./support');

const KEY = 'fjordby:guided-test';

/** A portal page with the element in guided mode (storage cleared first when `fresh`). */
async function guidedElement(page, fresh = true) {
  await page.goto('/examples/frame.html');
  await page.evaluate(([key, fresh]) => {
    if (fresh) localStorage.clear();
    document.body.innerHTML = '<main aria-label="Min side"><h1>Min side hos Fjordby Kommune</h1></main>';
    const el = document.createElement('helhedsplan-editor');
    el.setAttribute('mode', 'guided');
    el.setAttribute('storage-key', key);
    document.querySelector('main').append(el);
  }, [KEY, fresh]);
}

test('mode="guided": one question at a time in the element, resumed after a reload', async ({ page }) => {
  await guidedElement(page);
  await expect(page.getByRole('heading', { name: 'Her kan du fortælle om dit liv' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const question = page.getByRole('heading', { name: 'Hvad er vigtigst for dig i dit liv?' });
  await expect(question).toBeFocused();
  await page.getByLabel('Dit svar').fill('Mine børn.');
  await page.getByRole('button', { name: 'Næste', exact: true }).click();
  await expect(page.getByText('Spørgsmål 2 af 9')).toBeVisible();
  await expectNoAxeViolations(page);

  // The place is kept under the element's own key; the portal's address is left alone.
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(`${key}:guided`), KEY)).toBe('dreams');
  expect(new URL(page.url()).search).toBe('');

  await guidedElement(page, false);
  await expect(page.getByRole('heading', { name: 'Hvad drømmer du om?' })).toBeVisible();
  await page.getByRole('button', { name: 'Tilbage' }).click();
  await expect(page.getByLabel('Dit svar')).toHaveValue('Mine børn.');

  // To the end, then the whole plan: the element becomes the full editor on the overview.
  for (let i = 0; i < 9; i += 1) await page.getByRole('button', { name: 'Næste', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Det vil jeg gerne tale om' })).toBeVisible();
  await page.getByRole('button', { name: 'Se hele planen' }).click();
  await expect(page.getByRole('heading', { name: 'Overblik', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Det har du fortalt' }).getByText('Mine børn.')).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
});
