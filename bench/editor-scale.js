// Prints how the release build copes with a large plan (default 300 goals, 2,000
// interventions): time to load, to open each section, and to apply one keystroke edit.
// A benchmark that prints figures, not a test: nothing here passes or fails.
//
//   trunk build --release && node bench/editor-scale.js [GOALS] [INTERVENTIONS]
//
// Needs the e2e packages (scripts/setup.sh installs them) and target/debug/plan-tool
// or cargo to generate the plan.
const { execFileSync, spawn } = require('child_process');
const path = require('path');
const { chromium } = require(path.join(__dirname, '..', 'e2e', 'node_modules', '@playwright/test'));

const ROOT = path.join(__dirname, '..');
const [goals = '300', interventions = '2000'] = process.argv.slice(2);
const PORT = Number(process.env.HP_BENCH_PORT || 4390);
const RUNS = 5;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs `action` in the page and measures until the next two frames, i.e. after rendering. */
async function timeInPage(page, action) {
  return page.evaluate(async (source) => {
    const act = eval(source);
    const t0 = performance.now();
    act();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  }, action.toString());
}

(async () => {
  const plan = execFileSync('cargo', ['run', '--quiet', '--bin', 'plan-tool', '--', 'sample', '--generate', goals, interventions, '--seed', '7'],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }).toString();
  console.log(`plan: ${goals} goals, ${interventions} interventions, ${(plan.length / 1e6).toFixed(2)} MB of JSON`);

  const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', process.env.HP_BENCH_DIST || path.join(ROOT, 'dist')], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 700));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${PORT}/index.html`);
    await page.evaluate((text) => { localStorage.clear(); localStorage.setItem('helhedsplan:plan', text); }, plan);

    const loads = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = Date.now();
      await page.reload();
      await page.waitForFunction(() => {
        const input = document.querySelector('input[id$="-plan-title"]');
        return input && input.value.length > 0;
      });
      loads.push(Date.now() - t0);
    }
    console.log(`load page and restore the plan: median ${median(loads)} ms (${loads.join(', ')})`);

    const idle = [];
    for (let i = 0; i < 10; i++) idle.push(await timeInPage(page, '() => {}'));
    console.log(`(two animation frames with nothing to do take ${median(idle).toFixed(1)} ms: every figure below includes them)`);

    const sections = process.env.HP_BENCH_KEYS_ONLY ? []
      : await page.$$eval('nav button', (buttons) => buttons.map((b) => b.textContent.trim()));
    for (const section of sections) {
      const times = [];
      for (let i = 0; i < RUNS; i++) {
        await timeInPage(page, `() => [...document.querySelectorAll('nav button')].find((b) => b.textContent.trim() === 'Om mig').click()`);
        times.push(await timeInPage(page, `() => [...document.querySelectorAll('nav button')].find((b) => b.textContent.trim() === ${JSON.stringify(section)}).click()`));
      }
      const nodes = await page.evaluate(() => document.querySelectorAll('.hp-main *').length);
      console.log(`open section "${section}": median ${median(times).toFixed(1)} ms (${nodes} DOM elements)`);
    }

    // The overview right after an edit elsewhere: the findings are checked anew as it opens.
    {
      const label = 'Det vigtigste for mig';
      const times = [];
      for (let i = 0; i < RUNS; i++) {
        await timeInPage(page, `() => [...document.querySelectorAll('nav button')].find((b) => b.textContent.trim() === 'Om mig').click()`);
        const selector = await page.evaluate((text) => '#' + [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === text).htmlFor, label);
        await timeInPage(page, `() => { const input = document.querySelector(${JSON.stringify(selector)}); input.value += 'x'; input.dispatchEvent(new Event('input', { bubbles: true })); }`);
        await page.waitForTimeout(600);
        times.push(await timeInPage(page, `() => [...document.querySelectorAll('nav button')].find((b) => b.textContent.trim() === 'Overblik').click()`));
      }
      console.log(`open "Overblik" after an edit (every finding checked anew): median ${median(times).toFixed(1)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`);
    }

    // The overview and the coherence panel recompute every finding on each edit: type in the
    // plan title (above every section) while they are on screen.
    for (const [section, label] of [['Om mig', 'Det vigtigste for mig'], ['Indsatser', null], ['Mål', null],
      ['Godkendelse', 'Planens titel'], ['Overblik', 'Planens titel'], ['Sammenhæng', 'Planens titel'], ['Tidslinje', 'Planens titel']]) {
      await timeInPage(page, `() => [...document.querySelectorAll('nav button')].find((b) => b.textContent.trim() === ${JSON.stringify(section)}).click()`);
      // Without a label: the first card's edit form is opened and its title field used (a
      // real plan edit; the add form's fields are drafts and would measure nothing).
      if (!label) {
        await page.evaluate(() => {
          const details = document.querySelector('section[data-section] li details');
          details.open = true;
          details.dispatchEvent(new Event('toggle'));
        });
        await page.waitForTimeout(300);
      }
      const selector = label
        ? await page.evaluate((text) => '#' + [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === text).htmlFor, label)
        : await page.evaluate(() => {
          const input = document.querySelector('section[data-section] li details[open] input[type="text"]');
          return input ? '#' + input.id : 'none';
        });
      if (!(await page.$(selector))) {
        console.log(`one keystroke in "${section}": no text field found`);
        continue;
      }
      const times = [];
      for (let i = 0; i < 20; i++) {
        times.push(await timeInPage(page, `() => {
          const input = document.querySelector(${JSON.stringify(selector)});
          input.value = input.value + 'x';
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }`));
      }
      console.log(`one keystroke in "${section}" (${selector}): median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms over 20`);
    }
  } finally {
    await browser.close();
    server.kill();
  }
})();
