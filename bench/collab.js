// Prints how live co-authoring performs: two devices (two browser contexts in one headless
// Chromium) on the real servers, the release build made with `--features collab`.
// A benchmark that prints figures, not a test: nothing here passes or fails.
//
//   scripts/build.sh && node bench/collab.js
//
// (the release build as deployed: dist/ and the co-authoring build in dist/collab/, which
// the loader picks for a page with collab-url).
//
// It starts its own servers (examples/server.js for the pages, examples/collab-server.js for
// the Yjs rooms, on free ports and a temporary directory) and stops them at the end.
// Measured:
// 1. a keystroke on device A until it is on screen on device B: A's keydown and the first
//    animation frame on B whose own-words field holds it (both pages read
//    performance.timeOrigin + performance.now(): one machine, one clock);
// 2. two devices offline, each types 500 keystrokes (250 in one own-words field both type
//    in, 250 in a field of its own), then both come back: time until both show the same plan, and whether it holds
//    every keystroke of both;
// 3. the 300-goal / 2,000-intervention plan (plan-tool sample --generate 300 2000 --seed 1)
//    as the room's plan: a second device joining until it shows it, its memory, and the
//    keystroke of 1. on that plan, with the bytes device A sends per keystroke.
// Also: main-thread time (CDP Performance.getMetrics, ScriptDuration) per keystroke on the
// device typing and on the device following. HP_BENCH_PROFILE=1 adds a CPU profile of the
// following device on the large plan (the functions with the most self time).
//
// Environment: HP_BENCH_DIST (default ./dist), HP_BENCH_KEYS (default 200),
// HP_BENCH_LARGE_KEYS (default 100), HP_BENCH_DELAY (ms between keystrokes, default 80),
// HP_BENCH_PLAN (a plan file to use instead of generating one).
// Needs the e2e packages (scripts/setup.sh installs them) and cargo (for plan-tool).
'use strict';

const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const crypto = require('crypto');
const { chromium } = require(path.join(__dirname, '..', 'e2e', 'node_modules', '@playwright/test'));

const ROOT = path.join(__dirname, '..');
const DIST = path.resolve(process.env.HP_BENCH_DIST || path.join(ROOT, 'dist'));
const KEYS = Number(process.env.HP_BENCH_KEYS || 200);
const LARGE_KEYS = Number(process.env.HP_BENCH_LARGE_KEYS || 100);
const DELAY = Number(process.env.HP_BENCH_DELAY || 80);
const OFFLINE_EDITS = 500;
const JOINS = 3;
const TOKEN = crypto.randomBytes(24).toString('base64url');

const DREAMS = 'Det vigtigste for mig';
const RESOURCES = 'Det er jeg god til';
const SITUATION = 'Sådan har jeg det lige nu';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const sorted = (values) => [...values].sort((a, b) => a - b);
const quantile = (values, q) => {
  const s = sorted(values);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const median = (values) => quantile(values, 0.5);
const ms = (v) => `${v.toFixed(0)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts a node script and waits for a line matching `ready` on its output. */
function startNode(script, env, ready) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${script} did not start: ${out}`)), 15_000);
    const seen = (chunk) => {
      out += chunk;
      const found = ready.exec(out);
      if (found) {
        clearTimeout(timer);
        resolve({ child, match: found });
      }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}): ${out}`)));
  });
}

function stop(child) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

// Set before the page's scripts run: keeps the editor's wasm instance, to read the size of
// its memory (wasm memory is not part of the JS heap).
function keepWasmInstance() {
  const keep = (result) => {
    window.__hpWasm = result.instance || result;
    return result;
  };
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = (...args) => streaming.apply(WebAssembly, args).then(keep);
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = (...args) => instantiate.apply(WebAssembly, args).then(keep);
}

class Bench {
  constructor(browser, httpPort, collabPort) {
    this.browser = browser;
    this.httpPort = httpPort;
    this.collabPort = collabPort;
    this.warnings = [];
  }

  /** One device: its own browser context (own storage) with the co-authoring page on `room`. */
  async device(room, name, role) {
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(keepWasmInstance);
    const page = await context.newPage();
    const frames = [];
    page.on('websocket', (ws) => ws.on('framesent', ({ payload }) => {
      const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
      frames.push({ t: Date.now(), size: bytes.length, kind: bytes[0], sub: bytes[1] });
    }));
    page.on('console', (msg) => {
      if (msg.type() === 'warning' || msg.type() === 'error') this.warnings.push(`${name}: ${msg.text()}`);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const params = new URLSearchParams({
      server: `ws://127.0.0.1:${this.collabPort}`, room, token: TOKEN, name, role, device: name,
    });
    const started = Date.now();
    await page.goto(`http://127.0.0.1:${this.httpPort}/examples/co-authoring.html?${params}`);
    return { name, context, page, frames, cdp, started };
  }

  async online(device) {
    const status = device.page.locator('helhedsplan-editor').getByRole('status').filter({ hasText: /Fælles plan:/ });
    try {
      await status.filter({ hasText: 'Forbundet' }).waitFor({ timeout: 60_000 });
    } catch (err) {
      throw new Error(`${device.name} never got online (${err.message})`);
    }
  }

  async offline(device, off) {
    await device.context.setOffline(off);
    await device.page.evaluate((event) => window.dispatchEvent(new Event(event)), off ? 'offline' : 'online');
  }
}

/** Keeps a reference to the field labelled `label` in the page (inside the element's shadow root). */
async function holdField(page, label, slot = '__field') {
  await page.getByLabel(label).evaluate((el, slot) => { window[slot] = el; }, slot);
}

async function scriptSeconds(device) {
  const { metrics } = await device.cdp.send('Performance.getMetrics');
  const get = (name) => (metrics.find((m) => m.name === name) || { value: 0 }).value;
  return { script: get('ScriptDuration'), task: get('TaskDuration') };
}

/**
 * Types `count` keystrokes into `label` on A (`delay` ms apart) and times each until B's
 * field holds it on screen. Also: bytes A sent, and main-thread time per keystroke on both.
 */
async function keystrokes(a, b, label, count, delay) {
  await holdField(a.page, label);
  await holdField(b.page, label);
  await a.page.getByLabel(label).click();
  await sleep(500);
  const base = await a.page.evaluate(() => window.__field.value.length);
  await b.page.evaluate(() => {
    window.__seen = [];
    window.__stopSeen = false;
    const field = window.__field;
    let last = field.value.length;
    const tick = () => {
      const length = window.__field.value.length;
      if (length !== last) {
        window.__seen.push([length, performance.timeOrigin + performance.now(), field.isConnected]);
        last = length;
      }
      if (!window.__stopSeen) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await a.page.evaluate(() => {
    window.__keys = [];
    window.addEventListener('keydown', () => window.__keys.push(performance.timeOrigin + performance.now()), true);
  });
  const before = { a: await scriptSeconds(a), b: await scriptSeconds(b) };
  const firstFrame = a.frames.length;
  const letters = 'abcdefghijklmnopqrstuvwxyz ';
  let text = '';
  for (let i = 0; i < count; i++) text += letters[i % letters.length];
  await a.page.keyboard.type(text, { delay });
  await b.page.waitForFunction((want) => window.__field.value.length >= want, base + count, { timeout: 120_000 });
  await sleep(300);
  const after = { a: await scriptSeconds(a), b: await scriptSeconds(b) };
  const keys = await a.page.evaluate(() => window.__keys);
  const seen = await b.page.evaluate(() => { window.__stopSeen = true; return window.__seen; });
  const latencies = [];
  for (let i = 0; i < count; i++) {
    const shown = seen.find(([length]) => length >= base + i + 1);
    if (shown && keys[i] !== undefined) latencies.push(shown[1] - keys[i]);
  }
  const sent = a.frames.slice(firstFrame);
  const updates = sent.filter((f) => f.kind === 0 && f.sub === 2);
  return {
    count,
    latencies,
    updateSizes: updates.map((f) => f.size),
    updateBytes: updates.reduce((n, f) => n + f.size, 0),
    allBytes: sent.reduce((n, f) => n + f.size, 0),
    framesSent: sent.length,
    scriptA: ((after.a.script - before.a.script) * 1000) / count,
    scriptB: ((after.b.script - before.b.script) * 1000) / count,
    taskB: ((after.b.task - before.b.task) * 1000) / count,
  };
}

/** The wasm memory and the JS heap (after a garbage collection) of a page. */
async function memory(device) {
  await device.cdp.send('HeapProfiler.collectGarbage');
  const heap = await device.cdp.send('Runtime.getHeapUsage');
  const wasm = await device.page.evaluate(() => (window.__hpWasm ? window.__hpWasm.exports.memory.buffer.byteLength : 0));
  return { js: heap.usedSize, wasm };
}

/** A CPU profile of `device` while `action` runs: the functions with the most self time. */
async function profile(device, action) {
  await device.cdp.send('Profiler.enable');
  await device.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await device.cdp.send('Profiler.start');
  await action();
  const { profile: p } = await device.cdp.send('Profiler.stop');
  const self = new Map();
  const dt = new Map();
  p.samples.forEach((id, i) => dt.set(id, (dt.get(id) || 0) + (p.timeDeltas[i] || 0)));
  for (const node of p.nodes) {
    const name = node.callFrame.functionName || `(${node.callFrame.url.split('/').pop() || 'program'})`;
    self.set(name, (self.get(name) || 0) + (dt.get(node.id) || 0));
  }
  // Inclusive time: each sample counts once for every function on its stack.
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const inclusive = new Map();
  for (const [id, us] of dt) {
    const names = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) names.add(byId.get(at).callFrame.functionName);
    for (const name of names) if (name) inclusive.set(name, (inclusive.get(name) || 0) + us);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const top = (map, n, keep = () => true) => [...map.entries()].filter(([name]) => keep(name)).sort((a, b) => b[1] - a[1]).slice(0, n);
  return { total, top: top(self, 12), inclusive: top(inclusive, 25, (name) => /helhedsplan::|setItem/.test(name)) };
}

function largePlan() {
  if (process.env.HP_BENCH_PLAN) return fs.readFileSync(process.env.HP_BENCH_PLAN, 'utf8');
  return execFileSync('cargo', ['run', '--release', '--quiet', '--bin', 'plan-tool', '--', 'sample', '--generate', '300', '2000', '--seed', '1'],
    { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 }).toString();
}

/** Opens a device on `room` `JOINS` times (fresh storage each time) and times until `shown`. */
async function joins(bench, room, shown, arg) {
  const times = [];
  let last = null;
  for (let i = 0; i < JOINS; i++) {
    if (last) await last.context.close();
    last = await bench.device(room, `Gæst ${i + 1}`, 'professional');
    await last.page.waitForFunction(shown, arg, { timeout: 120_000, polling: 20 });
    times.push(Date.now() - last.started);
    await bench.online(last);
  }
  return { times, device: last };
}

(async () => {
  if (!fs.existsSync(path.join(DIST, 'collab', 'helhedsplan-web_bg.wasm'))) {
    throw new Error(`no co-authoring build in ${DIST}/collab: HP_DIST=${DIST} scripts/build.sh`);
  }
  const plan = largePlan();
  const planTitle = JSON.parse(plan).title;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hp-bench-collab-'));
  const httpPort = await freePort();
  const pages = await startNode(path.join(ROOT, 'examples', 'server.js'), { PORT: String(httpPort), HP_DIST: DIST }, /examples on http/);
  const collab = await startNode(path.join(ROOT, 'examples', 'collab-server.js'),
    { HOST: '127.0.0.1', PORT: '0', YPERSISTENCE: path.join(dir, 'rooms'), HP_COLLAB_TOKEN: TOKEN }, /listening on [\d.]+:(\d+)/);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
  });
  const bench = new Bench(browser, httpPort, Number(collab.match[1]));
  const rows = [];
  const row = (what, figure, note = '') => {
    rows.push([what, figure, note]);
    console.error(`  ${what}: ${figure} ${note}`);
  };
  const room = () => `bench-${crypto.randomBytes(4).toString('hex')}`;
  try {
    console.error(`plan: 300 goals, 2,000 interventions, ${(plan.length / 1e6).toFixed(2)} MB of JSON; build ${DIST}`);

    // 1. A keystroke on one device, on screen on the other (a new, small plan).
    const small = room();
    const a = await bench.device(small, 'Mette Jensen', 'citizen');
    await bench.online(a);
    const b = await bench.device(small, 'Jonas Holm', 'caseworker');
    await bench.online(b);
    const k = await keystrokes(a, b, DREAMS, KEYS, DELAY);
    row('keystroke → on screen on the other device (small plan)',
      `median ${ms(median(k.latencies))}, p95 ${ms(quantile(k.latencies, 0.95))}`,
      `${k.latencies.length} keystrokes ${DELAY} ms apart; max ${ms(Math.max(...k.latencies))}`);
    row('bytes sent per keystroke (small plan)',
      `${median(k.updateSizes)} B (median update)`,
      `${(k.allBytes / k.count).toFixed(0)} B/keystroke with presence; ${k.framesSent} frames for ${k.count} keys`);
    row('main thread per keystroke (small plan)', `typing ${k.scriptA.toFixed(1)} ms, following ${k.scriptB.toFixed(1)} ms`, 'script time (CDP ScriptDuration)');
    const memSmall = await memory(b);

    // 2. Both offline, 500 keystrokes each, back online: time until both show the same plan.
    const offRoom = room();
    const m = await bench.device(offRoom, 'Mette Jensen', 'citizen');
    await bench.online(m);
    const j = await bench.device(offRoom, 'Jonas Holm', 'caseworker');
    await bench.online(j);
    await Promise.all([bench.offline(m, true), bench.offline(j, true)]);
    for (const d of [m, j]) {
      await d.page.locator('helhedsplan-editor').getByRole('status').filter({ hasText: 'Ingen forbindelse' }).waitFor({ timeout: 20_000 });
    }
    const half = OFFLINE_EDITS / 2;
    const words = (tag) => Array.from({ length: half }, (_, i) => (i % 5 === 4 ? ' ' : tag[i % tag.length])).join('');
    const typed = { mDreams: words('mette'), mSituation: words('svært'), jDreams: words('jonas'), jResources: words('stærk') };
    const typeInto = async (d, label, text) => {
      await d.page.getByLabel(label).click();
      await d.page.keyboard.type(text);
      const field = d.page.getByLabel(label);
      const until = Date.now() + 20_000;
      let value = await field.inputValue();
      while (!value.includes(text) && Date.now() < until) {
        await sleep(50);
        value = await field.inputValue();
      }
      if (!value.includes(text)) {
        console.error(`  ${d.name}: "${label}" lacks what was typed offline: ${value.length} characters, typed ${text.length}: ${JSON.stringify(value.slice(0, 80))}…`);
      }
    };
    const typingTimes = await Promise.all([
      (async () => { const t = Date.now(); await typeInto(m, DREAMS, typed.mDreams); await typeInto(m, SITUATION, typed.mSituation); return Date.now() - t; })(),
      (async () => { const t = Date.now(); await typeInto(j, DREAMS, typed.jDreams); await typeInto(j, RESOURCES, typed.jResources); return Date.now() - t; })(),
    ]);
    await sleep(1000);
    const waiting = await m.page.locator('helhedsplan-editor').getByRole('status').filter({ hasText: /Fælles plan:/ }).textContent();
    const reconnect = Date.now();
    await Promise.all([bench.offline(m, false), bench.offline(j, false)]);
    let merged = null;
    let same = false;
    while (Date.now() - reconnect < 120_000) {
      const [pm, pj] = await Promise.all([m.page, j.page].map((p) => p.evaluate(() => document.querySelector('helhedsplan-editor').planJson)));
      const plan = JSON.parse(pm);
      const own = plan.citizen && plan.citizen.own_words ? plan.citizen.own_words : {};
      const all = (own.situation || '').includes(typed.mSituation) && (own.dreams || '').includes(typed.mDreams)
        && (own.dreams || '').includes(typed.jDreams) && (own.resources || '').includes(typed.jResources);
      if (pm === pj && all) {
        merged = Date.now() - reconnect;
        same = true;
        break;
      }
      await sleep(10);
    }
    row(`merge ${OFFLINE_EDITS} offline keystrokes from each of two devices`,
      merged === null ? 'did not converge in 120 s' : `${ms(merged)} from reconnect`,
      `${same ? 'both show the same plan, every keystroke of both kept' : 'NOT the same plan'}; typing offline took ${typingTimes.map(ms).join(' / ')} (${((median(typingTimes)) / OFFLINE_EDITS).toFixed(1)} ms/keystroke); before: "${(waiting || '').trim()}"`);
    for (const d of [m, j]) await d.context.close();

    // 3. The large plan as a shared document.
    const bigRoom = room();
    const host = await bench.device(bigRoom, 'Mette Jensen', 'caseworker');
    await bench.online(host);
    const hostFrames = host.frames.length;
    const set = await host.page.evaluate((text) => {
      const t0 = performance.now();
      document.querySelector('helhedsplan-editor').planJson = text;
      return performance.now() - t0;
    }, plan);
    await sleep(3000);
    const seedFrames = host.frames.slice(hostFrames).filter((f) => f.kind === 0);
    const seedBytes = seedFrames.reduce((n, f) => n + f.size, 0);
    row('host sets the large plan into the live room (el.planJson = …)', ms(set), `sends ${mb(seedBytes)} in ${seedFrames.length} update(s)`);

    const smallJoin = await joins(bench, small, (want) => {
      const root = document.querySelector('helhedsplan-editor')?.shadowRoot;
      return root && [...root.querySelectorAll('textarea')].some((t) => t.value.length >= want);
    }, KEYS);
    const bigJoin = await joins(bench, bigRoom, (title) => {
      const root = document.querySelector('helhedsplan-editor')?.shadowRoot;
      return root && [...root.querySelectorAll('input')].some((i) => i.value === title);
    }, planTitle);
    row('a device joins and shows the plan (small plan)', `median ${ms(median(smallJoin.times))}`, `from navigation, ${smallJoin.times.map(ms).join(', ')} (includes loading the editor)`);
    row('a device joins and shows the plan (large plan)', `median ${ms(median(bigJoin.times))}`, `${bigJoin.times.map(ms).join(', ')}`);
    await sleep(2000);
    const memBig = await memory(bigJoin.device);
    row('memory of a device (small plan)', `JS heap ${mb(memSmall.js)}, wasm ${mb(memSmall.wasm)}`, 'after a GC; wasm memory never shrinks');
    row('memory of a device (large plan)', `JS heap ${mb(memBig.js)}, wasm ${mb(memBig.wasm)}`);
    await smallJoin.device.context.close();

    const follower = bigJoin.device;
    const kb2 = await keystrokes(host, follower, DREAMS, LARGE_KEYS, DELAY);
    row('keystroke → on screen on the other device (large plan)',
      `median ${ms(median(kb2.latencies))}, p95 ${ms(quantile(kb2.latencies, 0.95))}`,
      `${kb2.latencies.length} keystrokes ${DELAY} ms apart; max ${ms(Math.max(...kb2.latencies))}`);
    row('bytes sent per keystroke (large plan)',
      `${median(kb2.updateSizes)} B (median update)`,
      `${(kb2.allBytes / kb2.count).toFixed(0)} B/keystroke with presence; ${kb2.framesSent} frames for ${kb2.count} keys`);
    row('main thread per keystroke (large plan)', `typing ${kb2.scriptA.toFixed(1)} ms, following ${kb2.scriptB.toFixed(1)} ms`, 'script time (CDP ScriptDuration)');

    if (process.env.HP_BENCH_PROFILE) {
      const p = await profile(follower, () => keystrokes(host, follower, DREAMS, 20, 150));
      console.error(`profile of the following device over 20 remote keystrokes (${(p.total / 1000).toFixed(0)} ms sampled):`);
      for (const [name, us] of p.top) console.error(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`);
      console.error('the same, time including callees (names are there only in a build whose wasm keeps its name section):');
      for (const [name, us] of p.inclusive) console.error(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`);
    }
    await host.context.close();
    await follower.context.close();
  } finally {
    await browser.close();
    await stop(pages.child);
    await stop(collab.child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const unique = [...new Set(bench.warnings)];
  if (unique.length) console.error(`console warnings (${unique.length}): ${unique.slice(0, 5).join(' | ')}`);

  const date = new Date().toISOString().slice(0, 10);
  console.log(`Co-authoring, ${date}, ${os.cpus().length} cores (${os.cpus()[0].model}), headless Chromium, loopback`);
  console.log('');
  console.log('| What | Figure | Notes |');
  console.log('|---|---|---|');
  for (const [what, figure, note] of rows) console.log(`| ${what} | ${figure} | ${note} |`);
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
