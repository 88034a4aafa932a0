import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../../shared/csp';
import { APP_SCHEME_PRIVILEGES, contentTypeFor, createAppProtocolHandler, RENDERER_URL, resolveAppFile } from '../../../electron/app/app-protocol';

/**
 * The app:// handler in plain Node, over a throw-away copy of a renderer folder
 * with a secret file beside it: any traversal that got through would answer 200
 * with the secret.
 */
const SECRET = 'OUTSIDE-THE-RENDERER-FOLDER';
const INDEX_HTML = '<!doctype html><title>wizard</title><script type="module" src="./assets/index-abc.js"></script>';
const SCRIPT = 'export const x = 1;';
let base: string;
let root: string;
let outsideFile: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'app-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), INDEX_HTML);
  writeFileSync(join(root, 'assets', 'index-abc.js'), SCRIPT);
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'vendor..chunk.js'), SCRIPT);
  writeFileSync(join(root, 'assets', 'index-abc.js.map'), '{}');
  writeFileSync(join(root, 'app-icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  outsideFile = join(base, 'outside.txt');
  writeFileSync(outsideFile, SECRET);
  // A folder whose name starts like the root's: a prefix check on strings would let it through.
  mkdirSync(join(base, 'renderer-evil'));
  writeFileSync(join(base, 'renderer-evil', 'x.js'), SECRET);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const serve = (url: string, init?: RequestInit) => createAppProtocolHandler({ rootDir: root })(new Request(url, init));
/** The handler given a URL exactly as written: what it would see if nothing upstream normalised it. */
const serveRaw = (url: string) => createAppProtocolHandler({ rootDir: root })({ url, method: 'GET' } as Request);

describe('app:// serves the renderer folder', () => {
  it('serves index.html with its content type and the CSP as a header', async () => {
    expect(RENDERER_URL).toBe('app://renderer/index.html');
    const response = await serve(RENDERER_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(RENDERER_CSP);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('serves the page with a query or fragment the same way', async () => {
    const response = await serve(`${RENDERER_URL}?lang=ko#/step/2`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('serves a JavaScript asset as text/javascript (module scripts refuse any other type), without the page CSP', async () => {
    const response = await serve('app://renderer/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBeNull();
    expect(await response.text()).toBe(SCRIPT);
  });

  it.each([
    ['app://renderer/assets/index-abc.css', 'text/css; charset=utf-8'],
    ['app://renderer/app-icon.svg', 'image/svg+xml'],
    // Dots inside a name are not a dot segment.
    ['app://renderer/assets/vendor..chunk.js', 'text/javascript; charset=utf-8'],
  ])('serves %s as %s', async (url, type) => {
    const response = await serve(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(type);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await serve(RENDERER_URL, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(RENDERER_CSP);
    expect(await response.text()).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE'])('refuses %s with 405', async (method) => {
    expect((await serve(RENDERER_URL, { method })).status).toBe(405);
  });

  it.each([
    ['a missing file', 'app://renderer/missing.html'],
    ['a folder', 'app://renderer/assets'],
    ['a kind of file the renderer is not built from (a source map)', 'app://renderer/assets/index-abc.js.map'],
  ])('answers 404 for %s', async (_what, url) => {
    const response = await serve(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('');
  });

  it('answers 500 without detail when a read fails for another reason', async () => {
    const failing = createAppProtocolHandler({
      rootDir: root,
      readFile: () => Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${join(root, 'index.html')}'`), { code: 'EACCES' })),
    });
    const response = await failing(new Request(RENDERER_URL));
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('');
  });

  const built = resolve(import.meta.dirname, '../../../dist/renderer');
  it.skipIf(!existsSync(join(built, 'index.html')))('serves every file of the built renderer (dist/renderer; skipped until built)', async () => {
    const handler = createAppProtocolHandler({ rootDir: built });
    const files = readdirSync(built, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.endsWith('.map'));
    expect(files.length).toBeGreaterThan(1);
    for (const entry of files) {
      const path = relative(built, join(entry.parentPath, entry.name)).split(/[\\/]/).map(encodeURIComponent).join('/');
      const response = await handler(new Request(`app://renderer/${path}`));
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(contentTypeFor(entry.name)).toBeDefined();
    }
  });
});

describe('app:// refuses everything outside the folder', () => {
  // Raw strings, as they might reach the handler if nothing upstream normalised them.
  const traversals = () => [
    'app://renderer/../outside.txt',
    'app://renderer/assets/../../outside.txt',
    'app://renderer/./index.html',
    'app://renderer/%2e%2e/outside.txt',
    'app://renderer/%2E%2E/outside.txt',
    'app://renderer/.%2e/outside.txt',
    'app://renderer/%2e./outside.txt',
    'app://renderer/%2e%2e%2foutside.txt',
    'app://renderer/..%2foutside.txt',
    'app://renderer/..%2Foutside.txt',
    'app://renderer/..%5coutside.txt',
    'app://renderer/..%5Coutside.txt',
    'app://renderer/..\\outside.txt',
    'app://renderer/assets\\..\\..\\outside.txt',
    'app://renderer/%252e%252e/outside.txt',
    'app://renderer/%c0%ae%c0%ae/outside.txt',
    'app://renderer/../renderer-evil/x.js',
    `app://renderer/${outsideFile}`,
    `app://renderer/${encodeURIComponent(outsideFile)}`,
    'app://renderer//etc/passwd',
    'app://renderer/C:/Windows/win.ini',
    'app://renderer/C:%5CWindows%5Cwin.ini',
    'app://renderer/index.html::$DATA',
    'app://renderer/index.html%00.js',
    'app://renderer/index.html\u0000',
    'app://renderer/index.html\u0000.js',
    'app://renderer/..\t/outside.txt',
    'app://renderer/%E0%A4%A',
  ];

  it('refuses every traversal encoding as written, before touching the disk (400 or 403)', async () => {
    for (const url of traversals()) {
      const result = resolveAppFile(url, root);
      expect({ url, refused: 'status' in result }).toEqual({ url, refused: true });
      const response = await serveRaw(url);
      expect({ url, status: response.status, body: await response.text() }).toEqual({
        url,
        status: expect.toSatisfy((s: number) => s === 400 || s === 403),
        body: '',
      });
    }
  });

  it('answers none of them with a file outside the folder once a URL parser has folded them (as a Request)', async () => {
    let parsed = 0;
    for (const url of traversals()) {
      let request: Request;
      try {
        request = new Request(url);
      } catch {
        continue; // not even a valid Request: Chromium would not get this far either
      }
      parsed += 1;
      const response = await createAppProtocolHandler({ rootDir: root })(request);
      const body = await response.text();
      // './index.html' folds to the page itself; everything else must be refused or missing.
      const inside = request.url === RENDERER_URL;
      expect({ url, status: response.status, leaked: body.includes(SECRET) }).toEqual({
        url,
        status: inside ? 200 : expect.toSatisfy((s: number) => s >= 400),
        leaked: false,
      });
    }
    expect(parsed).toBeGreaterThan(20);
  });

  it('treats look-alike dots (fullwidth U+FF0E) as a plain name inside the folder: missing, not a way out', async () => {
    expect(resolveAppFile('app://renderer/\uff0e\uff0e/outside.txt', root)).toEqual({ file: join(root, '\uff0e\uff0e', 'outside.txt') });
    const response = await serve('app://renderer/%EF%BC%8E%EF%BC%8E/outside.txt');
    expect(response.status).toBe(404);
  });

  it.each([
    'app://evil/index.html',
    'app://renderer.evil/index.html',
    'app://renderer:8080/index.html',
    'app://user@renderer/index.html',
    'app://user:pw@renderer/index.html',
    'app:///index.html',
  ])('refuses another host of the scheme: %s', async (url) => {
    expect(resolveAppFile(url, root)).toEqual({ status: 403 });
    expect((await serveRaw(url)).status).toBe(403);
  });

  it('refuses other schemes handed to it', () => {
    expect(resolveAppFile(`file://${join(root, 'index.html')}`, root)).toEqual({ status: 403 });
    expect(resolveAppFile('https://renderer/index.html', root)).toEqual({ status: 403 });
    expect(resolveAppFile('not a url', root)).toEqual({ status: 400 });
  });

  it('resolves a plain path inside the folder (the control: the refusals above are not blanket)', () => {
    expect(resolveAppFile('app://renderer/assets/index-abc.js', root)).toEqual({ file: join(root, 'assets', 'index-abc.js') });
  });
});

describe('the scheme registration', () => {
  it('asks for the fewest privileges the page needs: no CSP bypass, no cross-origin reads, no service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
  });
});
