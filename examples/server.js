#!/usr/bin/env node
// A small, real HTTP server for the embedding examples and their tests. Node built-ins only.
//
//   PORT=4340 HP_DIST=../dist node examples/server.js
//
// - /examples/…        the example pages (served with a strict Content-Security-Policy)
// - /…                 the editor's release build (HP_DIST, default ./dist next to examples/)
// - /api/plans/:id     GET / PUT a plan, kept in memory, with ETags; PUT with a stale
//                      If-Match answers 412, PUT with `If-None-Match: *` only creates.
// - /__test/…          switches for the tests (only when HP_TEST_SWITCHES=1):
//                      POST /__test/offline, POST /__test/online (API requests are cut off
//                      without an answer while offline), GET /__test/log (requests seen,
//                      with their time `t` in ms), POST /__test/reset,
//                      POST /__test/fault {method, status, headers, body, size, chunked,
//                      times}: the next `times` (default: all) API requests of that method
//                      get this answer instead (`size`: a body of that many bytes;
//                      `chunked`: sent without Content-Length), POST /__test/fault/clear,
//                      POST /__test/plan/:id: stores the request body as the plan, unchecked
//                      (a plan of a newer schema, broken JSON).
// Binds 127.0.0.1 only.
'use strict';

const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

const PORT = Number(process.env.PORT || 4340);
const ROOT = path.resolve(__dirname, '..');
const DIST = path.resolve(ROOT, process.env.HP_DIST || 'dist');
const EXAMPLES = path.resolve(__dirname);
const TEST_SWITCHES = process.env.HP_TEST_SWITCHES === '1';
const MAX_BODY = 5 * 1024 * 1024;

// The policy the example pages run under: no inline script or style anywhere.
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  // The co-authoring server (collab-url) is another origin: a portal lists its own here.
  `connect-src 'self' ${process.env.HP_COLLAB_ORIGINS || 'ws://127.0.0.1:* ws://localhost:*'}`,
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const plans = new Map(); // id -> { body, etag }
const log = [];
let offline = false;
let faults = []; // [{ method, status, headers, body, size, chunked, times }]

function etagOf(body) {
  return '"' + crypto.createHash('sha256').update(body).digest('base64url').slice(0, 20) + '"';
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

function serveFile(res, base, rel, extraHeaders) {
  const file = path.resolve(base, '.' + rel);
  if (!file.startsWith(base + path.sep) && file !== base) return send(res, 403, 'forbidden');
  fs.stat(file, (err, stat) => {
    if (err) return send(res, 404, 'not found', { 'Content-Type': 'text/plain' });
    const target = stat.isDirectory() ? path.join(file, 'index.html') : file;
    fs.readFile(target, (err2, data) => {
      if (err2) return send(res, 404, 'not found', { 'Content-Type': 'text/plain' });
      const type = TYPES[path.extname(target)] || 'application/octet-stream';
      send(res, 200, data, { 'Content-Type': type, ...extraHeaders });
    });
  });
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The scripted answer for this request, if a test asked for one (`/__test/fault`). */
function takeFault(method) {
  const fault = faults.find((f) => (f.method || '*') === '*' || f.method === method);
  if (!fault) return null;
  if (typeof fault.times === 'number' && --fault.times <= 0) faults = faults.filter((f) => f !== fault);
  return fault;
}

function sendFault(req, res, fault) {
  const headers = { 'Cache-Control': 'no-store', 'Content-Type': 'application/json', ...(fault.headers || {}) };
  if (!fault.size) return send(res, fault.status, fault.body ?? '', headers);
  // A large answer, written in 64 KiB pieces; with `chunked` no Content-Length announces it.
  const piece = Buffer.alloc(64 * 1024, 0x20);
  if (!fault.chunked) headers['Content-Length'] = String(fault.size);
  res.writeHead(fault.status, headers);
  let left = fault.size;
  const more = () => {
    while (left > 0) {
      const n = Math.min(left, piece.length);
      left -= n;
      if (!res.write(piece.subarray(0, n))) return res.once('drain', more);
    }
    res.end();
  };
  res.on('error', () => {});
  req.socket.on('error', () => {});
  more();
}

async function api(req, res, id) {
  const fault = takeFault(req.method);
  if (fault) {
    if (req.method === 'PUT') await readBody(req).catch(() => {});
    return sendFault(req, res, fault);
  }
  const stored = plans.get(id);
  if (req.method === 'GET') {
    if (!stored) return send(res, 404, '{"error":"no such plan"}', { 'Content-Type': 'application/json' });
    return send(res, 200, stored.body, { 'Content-Type': 'application/json', ETag: stored.etag });
  }
  if (req.method === 'PUT') {
    let body;
    try {
      body = await readBody(req);
      JSON.parse(body);
    } catch (_) {
      return send(res, 400, '{"error":"not JSON"}', { 'Content-Type': 'application/json' });
    }
    const ifMatch = req.headers['if-match'];
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch === '*' && stored) return send(res, 412, '{"error":"exists"}', { 'Content-Type': 'application/json', ETag: stored.etag });
    if (ifMatch && (!stored || ifMatch !== stored.etag)) {
      return send(res, 412, '{"error":"changed"}', { 'Content-Type': 'application/json', ...(stored ? { ETag: stored.etag } : {}) });
    }
    const etag = etagOf(body);
    plans.set(id, { body, etag });
    return send(res, stored ? 200 : 201, '{"ok":true}', { 'Content-Type': 'application/json', ETag: etag });
  }
  return send(res, 405, 'method not allowed', { Allow: 'GET, PUT' });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const pathname = decodeURIComponent(url.pathname);
  log.push({ method: req.method, path: pathname, t: Date.now() });
  if (log.length > 5000) log.shift();

  if (TEST_SWITCHES && pathname.startsWith('/__test/')) {
    if (req.method === 'POST' && pathname === '/__test/offline') { offline = true; return send(res, 204, ''); }
    if (req.method === 'POST' && pathname === '/__test/online') { offline = false; return send(res, 204, ''); }
    if (req.method === 'GET' && pathname === '/__test/log') return send(res, 200, JSON.stringify(log), { 'Content-Type': 'application/json' });
    if (req.method === 'POST' && pathname === '/__test/reset') { plans.clear(); log.length = 0; offline = false; faults = []; return send(res, 204, ''); }
    if (req.method === 'POST' && pathname === '/__test/fault') {
      faults.push(JSON.parse(await readBody(req)));
      return send(res, 204, '');
    }
    if (req.method === 'POST' && pathname === '/__test/fault/clear') { faults = []; return send(res, 204, ''); }
    const raw = pathname.match(/^\/__test\/plan\/([A-Za-z0-9_-]{1,100})$/);
    if (req.method === 'POST' && raw) {
      const body = await readBody(req);
      plans.set(raw[1], { body, etag: etagOf(body) });
      return send(res, 204, '');
    }
    return send(res, 404, 'no such switch');
  }

  const m = pathname.match(/^\/api\/plans\/([A-Za-z0-9_-]{1,100})$/);
  if (m) {
    if (offline) return req.socket.destroy(); // like a dropped connection: no answer at all
    return api(req, res, m[1]);
  }
  if (pathname.startsWith('/api/')) return send(res, 404, 'not found');

  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
  if (pathname === '/' || pathname === '/examples') {
    return send(res, 302, '', { Location: '/examples/' });
  }
  if (pathname.startsWith('/examples/')) {
    return serveFile(res, EXAMPLES, pathname.slice('/examples'.length), { 'Content-Security-Policy': CSP });
  }
  return serveFile(res, DIST, pathname, {});
});

server.listen(PORT, '127.0.0.1', () => {
  console.log(`helhedsplan examples on http://127.0.0.1:${PORT}/examples/ (dist: ${DIST})`);
});
