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

module.exports = { expectNoAxeViolations };
