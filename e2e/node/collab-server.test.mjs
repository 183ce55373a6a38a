// Smoke test of the co-authoring server (examples/collab-server.js) from Node, with Yjs' own
// client (yjs + y-websocket), as a browser would speak to it. scripts/test.sh starts the
// server and exports HP_COLLAB_URL and HP_COLLAB_TOKEN; without them the first two tests fail.
// The restart test starts its own server twice on one persistence directory.
//
//   node --test e2e/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';

const SERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'collab-server.js');
const WAIT_MS = 10_000;

function sharedServer() {
  const url = process.env.HP_COLLAB_URL;
  const token = process.env.HP_COLLAB_TOKEN;
  assert.ok(url && token, 'HP_COLLAB_URL and HP_COLLAB_TOKEN must name a running collab server (scripts/test.sh starts one)');
  return { url, token };
}

const freshRoom = () => `plan-${randomBytes(6).toString('hex')}`;

async function until(what, check) {
  const end = Date.now() + WAIT_MS;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// One device: its own document, connected to ROOM. BroadcastChannel is off, so the only way
// two devices in this process can meet is through the server.
function device(url, room, token) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, room, doc, {
    WebSocketPolyfill: WebSocket,
    params: { token },
    disableBc: true,
  });
  return { doc, provider, plan: doc.getMap('plan') };
}

async function synced(d) {
  await until('the first sync with the server', () => d.provider.synced);
}

function leave(...devices) {
  for (const d of devices) {
    d.provider.destroy();
    d.doc.destroy();
  }
}

// How the server answers a connection with this query string: `open` (and the first
// message's type) for the room, or the refusal (the auth message and the close code).
function answer(url, room, query) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url}/${room}${query}`);
    let first = null;
    ws.on('message', (data) => {
      if (first === null) first = Buffer.from(data);
      // A room's first message is sync step 1 (type 0): the connection was let in.
      if (first[0] === 0) {
        resolve({ admitted: true });
        ws.close();
      }
    });
    ws.on('close', (code) => resolve({ admitted: false, code, first }));
    ws.on('unexpected-response', (_request, response) => {
      resolve({ admitted: false, status: response.statusCode });
      ws.terminate();
    });
    ws.on('error', (error) => reject(error));
  });
}

const DENIED = Buffer.concat([Buffer.from([2, 0, 12]), Buffer.from('unauthorized')]);

test('two devices with the right token join one room and see each other\'s edits', async () => {
  const { url, token } = sharedServer();
  const room = freshRoom();
  const citizen = device(url, room, token);
  const caseworker = device(url, room, token);
  try {
    await Promise.all([synced(citizen), synced(caseworker)]);

    citizen.plan.set('title', 'Min plan – æøå 🙂');
    await until('the caseworker to see the title', () => caseworker.plan.get('title') === 'Min plan – æøå 🙂');

    const words = new Y.Text();
    caseworker.plan.set('own_words', words);
    words.insert(0, 'Jeg vil kunne tage bussen alene');
    await until('the citizen to see the words', () => String(citizen.plan.get('own_words') ?? '') === 'Jeg vil kunne tage bussen alene');
  } finally {
    leave(citizen, caseworker);
  }
});

test('a connection without the right token is refused with "permission denied" and closed', async () => {
  const { url, token } = sharedServer();
  const room = freshRoom();
  assert.deepEqual(await answer(url, room, `?token=${encodeURIComponent(token)}`), { admitted: true });
  for (const query of ['?token=wrong-token-wrong-token', `?token=${encodeURIComponent(token)}x`, '']) {
    const refused = await answer(url, room, query);
    assert.equal(refused.admitted, false, query);
    assert.equal(refused.code, 4401, query);
    assert.deepEqual(refused.first, DENIED, query);
  }

  // And the Yjs client with a wrong token never gets the room's content.
  const insider = device(url, room, token);
  const outsider = device(url, room, 'wrong-token-wrong-token');
  try {
    await synced(insider);
    insider.plan.set('title', 'hemmelig');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(outsider.provider.synced, false);
    assert.equal(outsider.plan.get('title'), undefined);
  } finally {
    leave(insider, outsider);
  }
});

// Starts examples/collab-server.js on a free port; resolves once it listens.
function startServer(dir, token) {
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', YPERSISTENCE: dir, HP_COLLAB_TOKEN: token },
    // Its warnings (a LevelDB error, say) show in the test's output.
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /listening on ([\d.]+):(\d+)/.exec(out);
      if (m) resolve({ child, url: `ws://${m[1]}:${m[2]}` });
    });
    child.on('exit', (code) => reject(new Error(`collab server exited (${code}) before it listened`)));
  });
}

function stopServer({ child }) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

test('a restarted server on the same persistence directory still has the room', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hp-collab-'));
  const token = randomBytes(18).toString('base64url');
  const room = freshRoom();
  const servers = [];
  const devices = [];
  const join = (server) => {
    const d = device(server.url, room, token);
    devices.push(d);
    return d;
  };
  try {
    const first = await startServer(dir, token);
    servers.push(first);
    const writer = join(first);
    await synced(writer);
    writer.plan.set('title', 'Plan der overlever en genstart');
    // The server has the edit once a second device fetches it from there.
    const reader = join(first);
    await until('the edit to reach the server', () => reader.plan.get('title') === 'Plan der overlever en genstart');
    leave(...devices.splice(0));
    assert.equal(await stopServer(first), 0, 'the server stops cleanly on SIGTERM');

    const second = await startServer(dir, token);
    servers.push(second);
    const later = join(second);
    await synced(later);
    await until('the room\'s content after the restart', () => later.plan.get('title') === 'Plan der overlever en genstart');
  } finally {
    leave(...devices);
    for (const server of servers) await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
});
