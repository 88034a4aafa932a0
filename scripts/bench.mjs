#!/usr/bin/env node
// Benchmark (not a test): start-up to interactive against a bare React page, bundle size,
// and token-capture latency through the real loopback listener and keychain.
// Run: npm run bench   (builds first; needs /usr/bin/chromium and a keyring: it wraps itself in one)
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!process.env.SCIM_BENCH_IN_KEYRING) {
  // Re-run inside a private D-Bus session with an unlocked keyring, like the tests.
  const result = spawnSync('bash', ['test/keychain/with-keyring.sh', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, SCIM_BENCH_IN_KEYRING: '1' },
  });
  process.exit(result.status ?? 1);
}

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function bundleSize(dir) {
  let raw = 0;
  let gzip = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (['.js', '.css', '.html'].includes(extname(name))) {
        const bytes = readFileSync(path);
        raw += bytes.length;
        gzip += gzipSync(bytes).length;
      }
    }
  };
  walk(dir);
  return { rawKiB: +(raw / 1024).toFixed(1), gzipKiB: +(gzip / 1024).toFixed(1) };
}

function serveStatic(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = join(dir, req.url === '/' ? 'index.html' : req.url.split('?')[0]);
    try {
      const body = readFileSync(path);
      res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() })));
}

function startHost(dataDir, endpointsFile) {
  const args = ['dist/node/browser-host.mjs', '--port', '0', '--data-dir', dataDir];
  if (endpointsFile) args.push('--endpoints', endpointsFile);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((done, fail) => {
    child.stdout.on('data', (c) => {
      out += c;
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
      if (m) done({ url: m[1], child, stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => fail(new Error(`host exited ${code}: ${out}`)));
  });
}

async function timeToInteractive(browser, url, selector) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(url);
    await page.waitForSelector(selector, { state: 'visible' });
    samples.push(performance.now() - started);
    await context.close();
  }
  return { medianMs: +median(samples).toFixed(1), minMs: +Math.min(...samples).toFixed(1), runs: RUNS };
}

function freePort() {
  return new Promise((done) => {
    const s = createNetServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
}

async function tokenCaptureLatency(browser) {
  const port = await freePort();
  const endpointsFile = join(mkdtempSync(join(tmpdir(), 'bench-endpoints-')), 'endpoints.json');
  writeFileSync(endpointsFile, JSON.stringify({ webex: { authorizeUrl: 'http://127.0.0.1:9/authorize', loopbackPort: port } }));
  const host = await startHost(mkdtempSync(join(tmpdir(), 'bench-data-')), endpointsFile);
  const origin = new URL(host.url).origin;
  const token = new URL(host.url).hash.replace('#token=', '');
  const api = async (channel, body) => {
    const r = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    const envelope = await r.json();
    if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`);
    return envelope.data;
  };
  await api('profile.selectIntegration', { profileId: 'default', integrationId: 'webex-entra' });
  const samples = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  for (let i = 0; i < RUNS; i++) {
    const started = await api('signIn.start', { profileId: 'default', actionId: 'capture-token', opener: 'system-browser' });
    const state = new URL(started.authorizeUrl).searchParams.get('state');
    const t0 = performance.now();
    const waiting = api('signIn.await', { captureId: started.captureId });
    // From a blank page: going from /auth/code to /auth/code#... would be a same-document
    // (fragment-only) navigation that never reloads the capture page.
    await page.goto('about:blank');
    // What the sign-in server does at the end: redirect to the loopback URI with the token in the fragment.
    await page.goto(`${started.redirectUri}#access_token=bench-${i}-${'x'.repeat(40)}&token_type=Bearer&expires_in=3600&state=${state}`);
    await waiting;
    samples.push(performance.now() - t0);
  }
  await context.close();
  host.stop();
  return {
    medianMs: +median(samples).toFixed(1),
    minMs: +Math.min(...samples).toFixed(1),
    runs: RUNS,
    includes: 'page load, fragment POST, state check, keychain write, settings write',
  };
}

run('npm', ['run', '--silent', 'build:renderer']);
run('npm', ['run', '--silent', 'build:node']);
const bareOut = resolve(mkdtempSync(join(tmpdir(), 'bench-bare-')));
run('npx', [
  'vite',
  'build',
  '--mode',
  'bench-bare',
  'scripts/bench/bare-react',
  '--outDir',
  bareOut,
  '--emptyOutDir',
  '--base',
  './',
  '--config',
  'scripts/bench/bare-react/vite.config.mjs',
  '--logLevel',
  'warn',
]);

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const results = {};
try {
  results.bundle = { wizard: bundleSize('dist/renderer'), bareReact: bundleSize(bareOut) };
  const host = await startHost(mkdtempSync(join(tmpdir(), 'bench-data-')));
  results.startupToInteractive = { wizard: await timeToInteractive(browser, host.url, '[data-testid="integration-picker"]') };
  host.stop();
  const bare = await serveStatic(bareOut);
  results.startupToInteractive.bareReact = await timeToInteractive(browser, bare.url, '[data-testid="bare-ready"]');
  bare.close();
  results.tokenCapture = await tokenCaptureLatency(browser);
} finally {
  await browser.close();
}

mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench.json', JSON.stringify(results, null, 2));
console.log('\nBenchmark (browser mode, Debian Chromium, median of', RUNS, 'runs)');
console.log(
  `start-up to interactive: wizard ${results.startupToInteractive.wizard.medianMs} ms, bare React ${results.startupToInteractive.bareReact.medianMs} ms`,
);
console.log(
  `bundle: wizard ${results.bundle.wizard.rawKiB} KiB (${results.bundle.wizard.gzipKiB} KiB gzip), bare React ${results.bundle.bareReact.rawKiB} KiB (${results.bundle.bareReact.gzipKiB} KiB gzip)`,
);
console.log(`token capture (redirect to keychain): ${results.tokenCapture.medianMs} ms`);
console.log('written to test-results/bench.json');
