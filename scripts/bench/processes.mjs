// The processes a run measures: the browser-mode host as a user starts it, the bare Node HTTP server
// that is its memory floor, a static server for the bare React page, and their resident memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { extname, join } from 'node:path';

const HOST_URL = /at (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/;

function waitForLine(child, pattern, what) {
  let out = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`${what} printed nothing usable within 20 s`)), 20_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = pattern.exec(out);
      if (match) {
        clearTimeout(timer);
        done(match);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${what} exited with ${code} before it was ready`));
    });
  });
}

function stopper(child) {
  return () =>
    new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
}

/** `node dist/node/browser-host.mjs`, as the README starts it; stderr is drained, never printed (it may name paths, never secrets). */
export async function startHost(dataDir, endpointsFile) {
  const args = ['dist/node/browser-host.mjs', '--port', '0', '--data-dir', dataDir];
  if (endpointsFile) args.push('--endpoints', endpointsFile);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr.resume();
  const [, url] = await waitForLine(child, HOST_URL, 'the browser-mode host');
  const parsed = new URL(url);
  const token = parsed.hash.replace('#token=', '');
  const api = async (channel, body) => {
    const response = await fetch(`${parsed.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    const envelope = await response.json();
    if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code}`);
    return envelope.data;
  };
  return { url, origin: parsed.origin, pid: child.pid, api, stop: stopper(child) };
}

/** The memory floor: a Node HTTP server answering every request with two bytes. */
export async function startBareNodeServer() {
  const source = "require('http').createServer((q,s)=>s.end('ok')).listen(0,'127.0.0.1',function(){console.log('port '+this.address().port)})";
  const child = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'ignore'] });
  const [, port] = await waitForLine(child, /port (\d+)/, 'the bare Node server');
  return { origin: `http://127.0.0.1:${port}`, pid: child.pid, stop: stopper(child) };
}

/** Resident set size in MiB, from /proc/<pid>/status (Linux). */
export function residentMiB(pid) {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return +(Number(match[1]) / 1024).toFixed(1);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** Answers one file of a floor page's build: `path` inside `dir` ('' is its index.html); anything else is a 404. */
export function sendBuiltFile(res, dir, path) {
  const file = path === '' ? 'index.html' : path;
  if (!/^[\w./-]+$/.test(file) || file.includes('..')) return res.writeHead(404).end();
  try {
    const body = readFileSync(join(dir, file));
    return res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    return res.writeHead(404).end();
  }
}

export function serveStatic(dir) {
  const server = createServer((req, res) => sendBuiltFile(res, dir, req.url.split('?')[0].slice(1)));
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() })));
}

export function freePort() {
  return new Promise((done) => {
    const server = createNetServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
