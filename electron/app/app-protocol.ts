import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';
import { RENDERER_CSP } from '../../shared/csp';

/**
 * The app:// protocol that serves the built renderer (dist/renderer) instead of
 * file://. Electron's security checklist, item 18 ("Avoid usage of the file://
 * protocol and prefer usage of custom protocols",
 * electronjs.org/docs/latest/tutorial/security): a file:// page may read any
 * file the user can, while this scheme answers for one folder only. No Electron
 * import here, so the handler is tested in plain Node; main.ts registers it.
 */
export const APP_SCHEME = 'app';
/** The one host the scheme answers for; any other host of app:// is refused. */
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page main loads, and the only page the app window may show or IPC may come from. */
export const RENDERER_URL = `${APP_ORIGIN}/index.html`;

/**
 * For protocol.registerSchemesAsPrivileged, before app ready
 * (electronjs.org/docs/latest/api/protocol#protocolregisterschemesasprivilegedcustomschemes).
 * The fewest privileges the page needs:
 * - standard: generic-URI syntax, so `./assets/x.js` resolves and the page has the
 *   origin app://renderer; without it the origin is opaque and its own ES module
 *   scripts (fetched in CORS mode) count as cross-origin and are refused.
 * - secure: a secure context like https, which navigator.clipboard (the Copy
 *   buttons) and crypto.randomUUID (request ids) require.
 * - supportFetchAPI: fetch() of the app's own files (Blink refuses fetch() to a
 *   scheme without it). It opens nothing cross-origin: that is corsEnabled.
 * Left off on purpose: bypassCSP (the CSP must apply), corsEnabled (no other origin
 * may read these files), allowServiceWorkers, stream, codeCache.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/**
 * What the renderer is built from (Vite's output and renderer/public); any other
 * kind of file is not served. Module scripts need a JavaScript MIME type: Chromium
 * refuses `<script type="module">` served as anything else (HTML spec, "fetch a
 * single module script", strict MIME type check).
 */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string | undefined {
  return CONTENT_TYPES[extname(file).toLowerCase()];
}

type Resolution = { file: string } | { status: 400 | 403 | 404 };

/** A '.' or '..' segment, literal or percent-encoded, with either slash around it. */
const DOT_SEGMENT = /(?:^|[/\\])(?:\.|%2e){1,2}(?=[/\\?#]|$)/i;

/**
 * The file under `rootDir` that `rawUrl` names, or why it is refused. Chromium
 * canonicalises a standard scheme's URL before the handler sees it (dot segments
 * resolved, backslashes turned to slashes), but the check does not rely on that:
 * it reads the raw text too, and refuses anything that is not plain path
 * segments naming a file inside the folder.
 */
export function resolveAppFile(rawUrl: string, rootDir: string): Resolution {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') return { status: 403 };
  // The raw path, before URL parsing can fold `..`, `%2e%2e` or `\` away.
  const rawPath = (rawUrl.slice(rawUrl.indexOf('//') + 2).split(/[?#]/)[0] ?? '').replace(/^[^/\\]*/, '');
  // The URL parser strips control characters at the ends and tabs and newlines anywhere; a raw NUL must not vanish that way.
  // eslint-disable-next-line no-control-regex
  if (DOT_SEGMENT.test(rawPath) || rawPath.includes('\\') || /[\u0000-\u001f\u007f]/.test(rawUrl)) return { status: 403 };

  const segments: string[] = [];
  for (const encoded of url.pathname.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return { status: 400 };
    }
    // Empty (`//`), dots, separators, NUL and other control characters, ':' (a Windows drive or stream) and '%'
    // (still encoded after one decoding: a double-encoded `..` for anything that decodes again) never name one of our files.
    // eslint-disable-next-line no-control-regex
    if (segment === '' || segment === '.' || segment === '..' || /[/\\:%\u0000-\u001f\u007f]/.test(segment)) return { status: 403 };
    segments.push(segment);
  }
  // A second line (the raw check above already stops every dot segment): the file must sit inside the folder.
  const file = join(rootDir, ...segments);
  const inside = relative(rootDir, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return { status: 403 };
  return { file };
}

export interface AppProtocolOptions {
  /** Absolute path of dist/renderer. */
  rootDir: string;
  /** Reads a file (Electron's fs reads inside app.asar); injectable for tests. */
  readFile?: (file: string) => Promise<Uint8Array>;
}

/** Every answer: no MIME sniffing, so a file is only ever what its extension says. */
function headers(contentType: string, extra: Record<string, string> = {}): Headers {
  return new Headers({ 'Content-Type': contentType, 'X-Content-Type-Options': 'nosniff', ...extra });
}

function refusal(status: 400 | 403 | 404 | 405 | 500): Response {
  return new Response(null, { status, headers: headers('text/plain; charset=utf-8') });
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/**
 * The handler for protocol.handle(APP_SCHEME, ...): GET (and HEAD) of a file
 * under rootDir, with its content type; HTML also gets the CSP as a header
 * (the page keeps its <meta> copy). Anything else: 403, 404 or 405, no detail.
 */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const read = options.readFile ?? ((file: string) => readFile(file));
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    const resolved = resolveAppFile(request.url, options.rootDir);
    if ('status' in resolved) return refusal(resolved.status);
    const contentType = contentTypeFor(resolved.file);
    if (contentType === undefined) return refusal(404);
    let body: Uint8Array;
    try {
      body = await read(resolved.file);
    } catch (error) {
      return refusal(isMissing(error) ? 404 : 500);
    }
    const extra: Record<string, string> = contentType.startsWith('text/html') ? { 'Content-Security-Policy': RENDERER_CSP } : {};
    // A copy on its own ArrayBuffer: what Response's body type accepts (a Buffer may sit on a shared pool).
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: headers(contentType, extra) });
  };
}
