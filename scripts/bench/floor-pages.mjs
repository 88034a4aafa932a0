// Floors for the page-driven flows: trivial pages served by a trivial handler in this process. Each does
// the one thing its app flow cannot avoid (one POST; for a secret, one keychain write) and nothing more.
// The secret page also comes as the promised floor: the same page, its handler also doing the work the app
// promises around the write (scripts/bench/promised-work.mjs), a lower bound measured inside the flow; and as
// the React floor: that page written in React with the app's libraries (scripts/bench/react-secret-page/),
// built by the same Vite and served under /react-secret/ from the same origin.
import { createServer } from 'node:http';
import { sendBuiltFile } from './processes.mjs';
import { FLOOR_SERVICE, keytar, promisedStore } from './promised-work.mjs';

const SECRET_PAGE = `<!doctype html><meta charset="utf-8"><title>floor: secret save</title>
<div id="block" data-stored="false"></div>
<script>
const block = document.getElementById('block');
window.resetFloor = () => {
  block.dataset.stored = 'false';
  block.innerHTML = '<form><input id="secret" type="password" autocomplete="off"><button id="save" type="submit">Save</button></form>';
  block.querySelector('form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = document.getElementById('secret').value;
    // '/secret-page?promised' posts to '/secret?promised': the same page for the floor that keeps the app's promises.
    const response = await fetch('/secret' + location.search, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer floor' },
      body: JSON.stringify({ profileId: 'floor', secretId: 'cxone-access-key-id', value, expiresAt: null }),
    });
    if ((await response.json()).ok) {
      block.dataset.stored = 'true';
      block.querySelector('form').remove();
    }
  });
};
window.resetFloor();
</script>`;

const SWITCH_PAGE = `<!doctype html><meta charset="utf-8"><title>floor: profile switch</title>
<select id="switcher"><option value="a">A</option><option value="b">B</option></select>
<main id="view"><section id="screen-a">A</section></main>
<script>
document.getElementById('switcher').addEventListener('change', async (event) => {
  const profileId = event.target.value;
  const response = await fetch('/noop', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer floor' },
    body: JSON.stringify({ profileId }),
  });
  if ((await response.json()).ok) document.getElementById('view').innerHTML = '<section id="screen-' + profileId + '">' + profileId + '</section>';
});
</script>`;

function readBody(req) {
  return new Promise((done) => {
    const parts = [];
    req.on('data', (part) => parts.push(part));
    req.on('end', () => done(Buffer.concat(parts).toString('utf8')));
  });
}

/** Answers as the host does, with the handler's time in Server-Timing (the bench splits the request phase with it). */
const json = (res, body, startedAt) =>
  res
    .writeHead(200, { 'Content-Type': 'application/json', 'Server-Timing': `call;dur=${(performance.now() - startedAt).toFixed(1)}` })
    .end(JSON.stringify(body));

async function handle(req, res, promised, reactDir) {
  if (req.method === 'GET' && req.url.startsWith('/react-secret/')) return sendBuiltFile(res, reactDir, req.url.slice('/react-secret/'.length));
  if (req.method === 'GET' && (req.url === '/secret-page' || req.url === '/secret-page?promised'))
    return res.writeHead(200, { 'Content-Type': 'text/html' }).end(SECRET_PAGE);
  if (req.method === 'GET' && req.url === '/switch-page') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(SWITCH_PAGE);
  const startedAt = performance.now();
  if (req.method === 'POST' && (req.url === '/secret' || req.url === '/secret?promised')) {
    const { value } = JSON.parse(await readBody(req));
    if (req.url === '/secret') await keytar.setPassword(FLOOR_SERVICE, 'floor', value);
    else await promised.store('floor-promised', value);
    return json(res, { ok: true }, startedAt);
  }
  if (req.method === 'POST' && req.url === '/noop') {
    JSON.parse(await readBody(req));
    return json(res, { ok: true }, startedAt);
  }
  res.writeHead(404).end();
}

/**
 * `settingsFile`: the host's settings file, whose bytes the promised floor writes (scripts/bench/promised-work.mjs);
 * `reactDir`: the React floor's build.
 */
export function startFloorPages(settingsFile, reactDir) {
  const promised = promisedStore(settingsFile);
  const server = createServer((req, res) => {
    handle(req, res, promised, reactDir).catch(() => res.writeHead(500).end());
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: async () => {
          await keytar.deletePassword(FLOOR_SERVICE, 'floor');
          await promised.close();
          server.closeAllConnections();
          server.close();
        },
      }),
    ),
  );
}
