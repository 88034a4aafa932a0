// Token capture: the sign-in server's redirect to the loopback URI with the token in the fragment, through
// the app (capture page, fragment POST, state check, keychain write, settings write, long poll answered),
// against its floor: a trivial page at the same redirect URI that POSTs its fragment, with the same long
// poll answered when the POST arrives. Interleaved, one of each per round.
import { createServer } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, sleep } from './processes.mjs';
import { summarize, ratio } from './stats.mjs';

const FLOOR_PAGE = `<!doctype html><meta charset="utf-8"><title>floor: capture</title>
<script>fetch(location.pathname, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: location.hash.slice(1) });</script>`;

/** The endpoints file that sends Webex sign-in to an unreachable authorize URL and the listener to `port`. */
export async function captureEndpointsFile() {
  const port = await freePort();
  const file = join(mkdtempSync(join(tmpdir(), 'bench-endpoints-')), 'endpoints.json');
  writeFileSync(file, JSON.stringify({ webex: { authorizeUrl: 'http://127.0.0.1:9/authorize', loopbackPort: port } }));
  return file;
}

const fragment = (i, state) => `#access_token=bench-${i}-${'x'.repeat(40)}&token_type=Bearer&expires_in=3600&state=${state}`;

async function appCapture(host, page, i) {
  const started = await host.api('signIn.start', { profileId: 'default', actionId: 'capture-token', opener: 'system-browser' });
  const state = new URL(started.authorizeUrl).searchParams.get('state');
  const startedAt = performance.now();
  const waiting = host.api('signIn.await', { captureId: started.captureId });
  // From a blank page: /auth/code to /auth/code#... would be a fragment-only navigation that never reloads.
  await page.goto('about:blank');
  await page.goto(`${started.redirectUri}${fragment(i, state)}`);
  await waiting;
  return { ms: performance.now() - startedAt, redirectUri: started.redirectUri };
}

/** Listens where the app listened (both loopback addresses, like the app); retries while the app's listener closes. */
async function listenLikeTheApp(port, handler) {
  const servers = [];
  for (const address of ['127.0.0.1', '::1']) {
    for (let attempt = 0; ; attempt++) {
      const server = createServer(handler);
      const error = await new Promise((done) => {
        server.once('error', done);
        server.listen({ host: address, port, exclusive: true }, () => done(null));
      });
      if (!error) {
        servers.push(server);
        break;
      }
      if (address === '::1' && error.code !== 'EADDRINUSE') break;
      if (attempt > 50) throw error;
      await sleep(20);
    }
  }
  return () => Promise.all(servers.map((server) => new Promise((done) => (server.closeAllConnections(), server.close(done)))));
}

/** `store`: for the promised floor, the keychain write with the app's promised work around it (promised-work.mjs). */
async function floorCapture(page, redirectUri, i, store = null) {
  const uri = new URL(redirectUri);
  let answer;
  const posted = new Promise((done) => (answer = done));
  const close = await listenLikeTheApp(Number(uri.port), (req, res) => {
    if (req.method === 'GET' && req.url === uri.pathname) return res.writeHead(200, { 'Content-Type': 'text/html' }).end(FLOOR_PAGE);
    if (req.method === 'POST' && req.url === uri.pathname && !store) {
      req.resume();
      req.on('end', () => {
        res.writeHead(204).end();
        answer();
      });
      return;
    }
    if (req.method === 'POST' && req.url === uri.pathname) {
      const parts = [];
      req.on('data', (part) => parts.push(part));
      req.on('end', () => {
        res.writeHead(204).end();
        // Like the app: the page has its answer at once, the long poll once the token is stored.
        const token = new URLSearchParams(Buffer.concat(parts).toString('utf8')).get('access_token');
        store('capture-promised', token).then(answer, answer);
      });
      return;
    }
    // Connection: close, or Node's fetch keeps the socket for the next round's listener on the same port, which
    // by then is a closed server ("other side closed").
    if (req.url === '/await') return void posted.then(() => res.writeHead(200, { Connection: 'close' }).end('{}'));
    res.writeHead(404).end();
  });
  const startedAt = performance.now();
  const waiting = fetch(`${uri.origin}/await`).then((response) => response.text());
  await page.goto('about:blank');
  await page.goto(`${redirectUri}${fragment(i, 'floor')}`);
  await waiting;
  const ms = performance.now() - startedAt;
  await close();
  return ms;
}

/** `promised`: promised-work.mjs's store over the host's settings file, for the promised floor in the same rounds. */
export async function measureTokenCapture(browser, host, runs, promised) {
  await host.api('profile.selectIntegration', { profileId: 'default', integrationId: 'webex-entra' });
  const context = await browser.newContext();
  const page = await context.newPage();
  const app = [];
  const floor = [];
  const promisedFloor = [];
  try {
    // One warm-up capture, not counted: it also tells the floor which redirect URI to take over.
    const { redirectUri } = await appCapture(host, page, -1);
    for (let i = 0; i < runs; i++) {
      floor.push(await floorCapture(page, redirectUri, i));
      promisedFloor.push(await floorCapture(page, redirectUri, i, promised.store));
      app.push((await appCapture(host, page, i)).ms);
    }
  } finally {
    await context.close();
  }
  const appSummary = summarize(app);
  const floorSummary = summarize(floor);
  const promisedSummary = summarize(promisedFloor);
  return {
    includes:
      'app: capture page load, fragment POST, state check, keychain write, settings write, long poll answered; floor: trivial page at the same URI posting its fragment, same long poll',
    app: appSummary,
    floor: floorSummary,
    ratioMedian: ratio(appSummary.medianMs, floorSummary.medianMs),
    ratioP95: ratio(appSummary.p95Ms, floorSummary.p95Ms),
    promised: { page: "the floor, the long poll answered once the token is stored with the app's promised work", ...promisedSummary },
    promisedRatio: ratio(promisedSummary.medianMs, floorSummary.medianMs),
  };
}
