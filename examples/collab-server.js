#!/usr/bin/env node
// The co-authoring server for the example portal and the tests: Yjs' own y-websocket server
// (npm @y/websocket-server, its sync and awareness protocol and its LevelDB persistence,
// unchanged), behind one check of our own: a connection must carry the right `token` query
// parameter, or it is refused with the Yjs protocol's "permission denied" message and
// closed (code 4401) before the room is opened.
//
//   HP_COLLAB_TOKEN=… YPERSISTENCE=/var/lib/helhedsplan/yjs HOST=127.0.0.1 PORT=4341 \
//     node examples/collab-server.js
//
// - a room is the URL path: ws://HOST:PORT/ROOM?token=…
// - HP_COLLAB_TOKEN   the shared secret (required). Compared in constant time.
// - YPERSISTENCE      the LevelDB directory where every room is stored (required: a plan
//                     co-authored on this server must survive its restart).
// - HOST, PORT        where to listen (default 127.0.0.1:4341; PORT=0 picks a free port).
//                     Once listening it prints `collab-server: listening on HOST:PORT`.
// - GET / (plain HTTP, no token) answers 200 "okay", for health checks.
//
// The token travels in the URL (a browser WebSocket cannot send headers), so URLs are
// secrets here: this server never logs a request URL, and whatever sits in front of it (a
// reverse proxy, a load balancer) must keep query strings out of its access logs too.
//
// The packages come from e2e/node_modules (scripts/setup.sh installs them from
// e2e/package-lock.json), or from a node_modules next to this file when deployed alone.
'use strict';

const crypto = require('node:crypto');
const http = require('node:http');
const path = require('node:path');
const { createRequire } = require('node:module');

const SEARCH = { paths: [__dirname, path.join(__dirname, '..', 'e2e')] };
const serverPackage = require.resolve('@y/websocket-server/package.json', SEARCH);
// The ws version the y-websocket server was written for (its own dependency).
const serverRequire = createRequire(serverPackage);

const HOST = process.env.HOST || '127.0.0.1';
const PORT = Number(process.env.PORT || 4341);
// A Yjs update of a large plan is well under this; anything bigger is refused by ws.
const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

function fail(message) {
  process.stderr.write(`collab-server: ${message}\n`);
  process.exit(2);
}

const token = process.env.HP_COLLAB_TOKEN || '';
if (token.length < 16) fail('HP_COLLAB_TOKEN must be set to a secret of at least 16 characters');
if (!process.env.YPERSISTENCE) fail('YPERSISTENCE must name a directory for the rooms (LevelDB)');
if (!Number.isInteger(PORT) || PORT < 0 || PORT > 65535) fail('PORT must be a port number');

const WebSocket = serverRequire('ws');
// Loaded after the checks above: this module opens YPERSISTENCE (LevelDB) as it loads.
const { setupWSConnection, getPersistence, setPersistence } = require(
  require.resolve('@y/websocket-server/utils', SEARCH),
);

// The server loads a room from LevelDB while its first clients already write to it, and
// stores those early writes only when the load is done. Remember the loads in flight, so a
// stop waits for them: otherwise an edit made in a room's first moments is lost if the
// server is stopped then.
const loading = new Set();
const persistence = getPersistence();
if (persistence) {
  setPersistence({
    ...persistence,
    bindState: (name, doc) => {
      const load = Promise.resolve(persistence.bindState(name, doc));
      loading.add(load);
      load.finally(() => loading.delete(load)).catch(() => {});
      return load;
    },
  });
}

// Hashing first makes both sides the same length, so timingSafeEqual can compare them
// without telling, by its timing or by an exception, how long the right token is.
const digest = (value) => crypto.createHash('sha256').update(value, 'utf8').digest();
const wantDigest = digest(token);
function tokenIsRight(request) {
  let given;
  try {
    given = new URL(request.url || '/', 'http://collab.invalid').searchParams.get('token');
  } catch {
    return false;
  }
  return given !== null && crypto.timingSafeEqual(digest(given), wantDigest);
}

// messageAuth (2), permissionDenied (0), then the reason as a length-prefixed string.
const DENIED_REASON = Buffer.from('unauthorized', 'utf8');
const PERMISSION_DENIED = Buffer.concat([Buffer.from([2, 0, DENIED_REASON.length]), DENIED_REASON]);

function refuse(socket, status, reason) {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

const wss = new WebSocket.Server({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
wss.on('connection', setupWSConnection);

const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
  response.end('okay');
});

server.on('upgrade', (request, socket, head) => {
  // A client that goes away mid-handshake must not take the server down.
  socket.on('error', () => socket.destroy());
  if (!tokenIsRight(request)) {
    // Refused in the Yjs protocol's own words (y-protocols/auth: "permission denied"),
    // then closed with 4401: a browser cannot read an HTTP status of a failed upgrade, so
    // a 401 there would look like a server that is down. The room is never opened.
    return wss.handleUpgrade(request, socket, head, (ws) => {
      ws.send(PERMISSION_DENIED);
      ws.close(4401, 'unauthorized');
    });
  }
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});

server.on('clientError', (_error, socket) => refuse(socket, 400, 'Bad Request'));

server.listen(PORT, HOST, () => {
  const { address, port } = server.address();
  process.stdout.write(`collab-server: listening on ${address}:${port}\n`);
});

// On SIGTERM/SIGINT: stop taking connections, close the open ones, and let LevelDB write
// what it still holds before the process ends, so a restart finds every update.
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.close();
  for (const client of wss.clients) client.terminate();
  try {
    await Promise.allSettled([...loading]);
    if (persistence) await persistence.provider.destroy();
  } catch (error) {
    process.stderr.write(`collab-server: closing the store failed: ${error.message}\n`);
    process.exit(1);
  }
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
