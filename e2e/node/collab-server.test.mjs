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

// The status of the server's answer to a WebSocket handshake with this query string.
function handshakeStatus(url, room, query) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url}/${room}${query}`);
    ws.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode);
      ws.terminate();
    });
    ws.on('open', () => {
      resolve(101);
      ws.close();
    });
    ws.on('error', (error) => reject(error));
  });
}

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

test('a connection without the right token is refused with 401 before the upgrade', async () => {
  const { url, token } = sharedServer();
  const room = freshRoom();
  assert.equal(await handshakeStatus(url, room, `?token=${encodeURIComponent(token)}`), 101);
  assert.equal(await handshakeStatus(url, room, '?token=wrong-token-wrong-token'), 401);
  assert.equal(await handshakeStatus(url, room, `?token=${encodeURIComponent(token)}x`), 401);
  assert.equal(await handshakeStatus(url, room, ''), 401);

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
