// Guided mode made for the citizen (issue 14, point 2): "Læs op" with the browser's own
// Danish voice (speech synthesis replaced by a recording fake), hidden without one; text at
// 200 % on a 390 px phone without sideways scrolling and with targets of at least 44 × 44 px
// on every screen; the strong colours, kept after a reload, with no axe-core violations.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations } = require('./support');

const WORDS = {
  da: {
    start: 'Start', next: 'Næste', back: 'Tilbage', stop: 'Gem og stop for nu', end: 'Det vil jeg gerne tale om',
    goal: 'Dit mål', cards: 'Vælg et kort', larger: 'Større tekst', strong: 'Stærke farver', readAloud: 'Læs op',
  },
  en: {
    start: 'Start', next: 'Next', back: 'Back', stop: 'Save and stop for now', end: 'What I would like to talk about',
    goal: 'Your goal', cards: 'Choose a card', larger: 'Larger text', strong: 'Strong colours', readAloud: 'Read aloud',
  },
};

/** Replaces the browser's speech synthesis, before the page loads, by a fake with `voices`
 *  that records what it is asked in `window.__hpSpeech`. */
async function fakeSpeech(page, voices) {
  await page.addInitScript((list) => {
    const rec = { spoken: [], cancelled: 0, listeners: [], current: null };
    window.__hpSpeech = rec;
    const synth = {
      voices: list,
      getVoices() { return this.voices.slice(); },
      speak(u) { rec.spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }); rec.current = u; },
      cancel() {
        rec.cancelled += 1;
        const u = rec.current;
        rec.current = null;
        if (u && u.onend) u.onend({});
      },
      addEventListener(type, f) { if (type === 'voiceschanged') rec.listeners.push(f); },
      removeEventListener(type, f) { rec.listeners = rec.listeners.filter((g) => g !== f); },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
  }, voices);
}

const DANISH = { name: 'Dansk', lang: 'da-DK', localService: true, default: false };
const DANISH_NETWORK = { name: 'Google dansk', lang: 'da-DK', localService: false, default: false };
const ENGLISH = { name: 'English', lang: 'en-GB', localService: true, default: true };

/** Opens guided mode on a fresh device, in `lang` (the page's `data-lang`). */
async function openGuided(page, lang = 'da') {
  if (lang !== 'da') {
    await page.route((url) => url.pathname.endsWith('/index.html'), async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('id="helhedsplan"', `id="helhedsplan" data-lang="${lang}"`);
      await route.fulfill({ response, body });
    });
  }
  await page.goto('/index.html?mode=guided');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('button', { name: WORDS[lang].start, exact: true })).toBeVisible();
}

/** Goes through every guided screen, calling `visit(name)` on each: start, the questions
 *  (a goal on a card, so the Today screen asks about its area), the end and the paused screen. */
async function everyScreen(page, lang, visit) {
  const w = WORDS[lang];
  const main = page.locator('.hp-guided');
  await visit('start');
  await main.getByRole('button', { name: w.start, exact: true }).click();
  for (let i = 1; i <= 20; i++) {
    const heading = await main.locator('.hp-guided-heading').innerText();
    if (heading === w.end) break;
    if (await main.getByLabel(w.goal).count()) {
      await main.getByLabel(w.goal).first().fill(lang === 'da' ? 'Jeg vil gå en tur hver dag' : 'I want to walk every day');
      await main.getByRole('group', { name: w.cards }).locator('label').first().click();
    }
    await visit(`${i}`);
    await main.getByRole('button', { name: w.next, exact: true }).click();
  }
  await expect(main.locator('.hp-guided-heading')).toHaveText(w.end);
  await visit('end');
  await main.getByRole('button', { name: w.back, exact: true }).click();
  await main.getByRole('button', { name: w.stop, exact: true }).click();
  await visit('paused');
}

/** What is too small to hit (under 44 × 44 px) in guided mode, and whether the page
 *  scrolls sideways. */
async function layoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    if (document.documentElement.scrollWidth > window.innerWidth) {
      problems.push(`scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    }
    const root = document.querySelector('.hp-guided');
    const targets = root.querySelectorAll(
      'button, a[href], summary, select, [role="button"], label:has(> input[type="radio"]), label:has(> input[type="checkbox"])',
    );
    for (const el of targets) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not shown
      if (box.width < 43.5 || box.height < 43.5) {
        problems.push(`${el.tagName} "${el.textContent.trim()}" is ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return problems;
  });
}

test('"Læs op" reads the question in Danish with the Danish voice, and stops on the next screen', async ({ page }) => {
  await fakeSpeech(page, [ENGLISH, DANISH_NETWORK, DANISH]);
  await openGuided(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const main = page.locator('.hp-guided');
  const question = await main.locator('.hp-guided-heading').innerText();
  const help = await main.locator('.hp-guided-help').innerText();
  expect(question).toBe('Hvad er vigtigst for dig i dit liv?');

  await main.getByRole('button', { name: 'Læs op' }).click();
  const spoken = await page.evaluate(() => window.__hpSpeech.spoken);
  expect(spoken).toEqual([{ text: `${question} ${help}`, lang: 'da-DK', voice: 'Dansk' }]);
  await expect(main.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();

  // The next screen stops the reading.
  const cancelled = await page.evaluate(() => window.__hpSpeech.cancelled);
  await main.getByRole('button', { name: 'Næste', exact: true }).click();
  await expect(main.locator('.hp-guided-heading')).toHaveText('Hvad drømmer du om?');
  expect(await page.evaluate(() => window.__hpSpeech.cancelled)).toBeGreaterThan(cancelled);
  await expect(main.getByRole('button', { name: 'Læs op' })).toBeVisible();
});

test('without a Danish voice on the device there is no "Læs op"; in English it reads in English', async ({ page }) => {
  // Only an English voice and a network voice for Danish: nothing may go over the network.
  await fakeSpeech(page, [ENGLISH, DANISH_NETWORK]);
  await openGuided(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const main = page.locator('.hp-guided');
  await expect(main.locator('.hp-guided-heading')).toHaveText('Hvad er vigtigst for dig i dit liv?');
  await page.evaluate(() => window.__hpSpeech.listeners.forEach((f) => f(new Event('voiceschanged'))));
  await page.waitForTimeout(200);
  await expect(main.getByRole('button', { name: 'Læs op' })).toHaveCount(0);

  await openGuided(page, 'en');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await main.getByRole('button', { name: 'Read aloud' }).click();
  const spoken = await page.evaluate(() => window.__hpSpeech.spoken);
  expect(spoken.map((s) => [s.lang, s.voice])).toEqual([['en-GB', 'English']]);
  expect(spoken[0].text).toContain('What matters most to you in your life?');
});

for (const lang of ['da', 'en']) {
  test(`at 390 px with text at 200 % every guided screen fits and every target is 44 px (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openGuided(page, lang);
    const larger = page.getByRole('button', { name: WORDS[lang].larger });
    for (let i = 0; i < 4; i++) await larger.click();
    await expect(page.getByRole('status').filter({ hasText: /^200\s?%$/ })).toBeVisible();
    await expect(page.locator('.hp-guided')).toHaveAttribute('style', /--hp-text-scale: 2\b/);
    const seen = [];
    await everyScreen(page, lang, async (screen) => {
      seen.push(screen);
      const problems = await layoutProblems(page);
      expect(problems, `screen ${screen}`).toEqual([]);
    });
    expect(seen.length).toBeGreaterThanOrEqual(12);
  });
}

test('strong colours: black on white, kept after a reload, and no axe-core violations on any screen', async ({ page }) => {
  await openGuided(page);
  const main = page.locator('.hp-guided');
  const strong = main.getByRole('button', { name: 'Stærke farver' });
  await expect(strong).toHaveAttribute('aria-pressed', 'false');
  await strong.click();
  await expect(strong).toHaveAttribute('aria-pressed', 'true');
  await expect(main).toHaveClass(/hp-high-contrast/);

  // Kept on this device: a reload keeps the choice.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('helhedsplan:reading'))).toContain('"high_contrast":true');
  await page.reload();
  await expect(page.locator('.hp-guided')).toHaveClass(/hp-high-contrast/);
  await expect(page.getByRole('button', { name: 'Stærke farver' })).toHaveAttribute('aria-pressed', 'true');

  const colours = await page.evaluate(() => {
    const root = document.querySelector('.hp-guided');
    const heading = root.querySelector('.hp-guided-heading');
    const button = root.querySelector('.hp-guided-nav .hp-button');
    return {
      text: getComputedStyle(heading).color,
      background: getComputedStyle(root).backgroundColor,
      border: `${getComputedStyle(button).borderTopWidth} ${getComputedStyle(button).borderTopColor}`,
    };
  });
  expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)', border: '2px rgb(0, 0, 0)' });

  await everyScreen(page, 'da', async () => {
    await expectNoAxeViolations(page);
  });
});
