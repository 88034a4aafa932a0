import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { AREA_PLACEHOLDER, CXONE_OAUTH_SCIM_PATH, CXONE_SCIM_PATH } from '../../shared/endpoints/cxone-endpoints';
import { createScimApp, listenOnLoopback, type ScimServerOptions } from './scim-server';

/**
 * CXone as the wizard meets it, for tests: one HTTP server on 127.0.0.1 (random port) that
 * serves, under a path prefix per area (`/<area>`, so an endpoints file's `apiBaseUrl` of
 * `http://127.0.0.1:<port>/{area}` points the wizard at it):
 *
 * - `POST /<area>/authentication/v1/token/access-key`, the access-key token endpoint, written
 *   from NICE's documented request ("UserHub: Getting Started",
 *   https://developer.niceincontact.com/Documentation/UserHubGettingStarted): header
 *   `Content-Type: application/json`, body `{"accessKeyId", "accessKeySecret"}`. It is stricter
 *   than NICE says it is, on purpose, so a client that drifts from the documented request fails
 *   here: POST only (else 405), a JSON content type only (else 415), a JSON object with exactly
 *   those two string fields (else 400), and the configured pair (else 401). The answer is
 *   OAuth 2.0's `{"access_token", "token_type": "Bearer", "expires_in"}` with a fresh random
 *   token; refusals are OAuth error bodies `{"error", "error_description"}` (RFC 6749 §5.2).
 *   NICE documents neither the full answer nor the error bodies: both are assumptions.
 * - a real SCIM server (scimmy, test/support/scim-server.ts) at `/<area>/scim/v2`, which takes
 *   only tokens this token endpoint issued, and at `/<area>/oauth/scim/v2`, which takes only the
 *   configured SCIM bearer token (seed 000: a bearer token goes to /oauth/scim/v2). Both serve
 *   the same users.
 *
 * An area it was not told about is answered like any unknown path: a SCIM 404 (a real unknown
 * area would not resolve at all, which a loopback prefix cannot imitate; the dns outcome has its
 * own tests). Every request is recorded with the credential it carried, as a label only.
 */

/** How the token endpoint answers a request (after recording it). */
export type TokenEndpointMode =
  /** As documented: strict checks, a token for the configured pair, 401 for any other. */
  | 'normal'
  /** 500 with an OAuth `server_error` body. */
  | 'status-500'
  /** 200 with a sign-in page, as a proxy or a wrong host gives. */
  | 'html'
  /** 200 with OAuth JSON that lacks `access_token`. */
  | 'no-access-token'
  /** 401 whose `error_description` repeats the posted pair, raw and percent-encoded, as careless servers do. */
  | 'echo-credentials';

export type CxoneEndpointKind = 'token' | 'scim' | 'oauth-scim' | 'other';
export type CxoneCredential = 'access-key' | 'wrong-access-key' | 'issued-token' | 'bearer-token' | 'unknown-token' | 'none';

export interface CxonePeerRequest {
  method: string;
  /** The first path segment (the area, for known areas). */
  area: string;
  /** Path as sent, without the query. */
  path: string;
  endpoint: CxoneEndpointKind;
  /** Decoded query parameters (last value wins). */
  query: Record<string, string>;
  /** The query string exactly as sent, without the leading '?'. */
  rawQuery: string;
  /** Which credential came along: a label, never the value. */
  credential: CxoneCredential;
}

export interface CxonePeersOptions {
  /** The area codes served, e.g. ['na1']. */
  areas: string[];
  accessKeyId: string;
  accessKeySecret: string;
  /** The SCIM bearer token `/oauth/scim/v2` takes. */
  bearerToken: string;
  /** A bearer token `/oauth/scim/v2` authenticates and then refuses with 403 (a user without the rights). */
  forbiddenBearerToken?: string;
  tokenEndpoint?: TokenEndpointMode;
  users?: ScimServerOptions['users'];
  ignoreFilter?: boolean;
}

export interface CxoneAreaUrls {
  tokenUrl: string;
  scimBaseUrl: string;
  oauthScimBaseUrl: string;
}

export interface CxonePeers {
  origin: string;
  /** `<origin>/{area}`: an endpoints file's `cxone.apiBaseUrl`. */
  apiBaseUrl: string;
  urls(area: string): CxoneAreaUrls;
  requests: CxonePeerRequest[];
  /** Every access token the token endpoint handed out (tests check none leaks into a result). */
  issuedTokens: ReadonlySet<string>;
  /** Switch the token endpoint's behaviour between requests. */
  tokenEndpoint: TokenEndpointMode;
  /** false: `/scim/v2` refuses even issued tokens (401), so the exchange passes and the SCIM stage fails. */
  acceptIssuedTokens: boolean;
  /** Holds every request (or those `which` picks) after it is recorded, until the returned function is called. */
  pause(which?: (request: CxonePeerRequest) => boolean): () => void;
  close(): Promise<void>;
}

export const TOKEN_PATH = '/authentication/v1/token/access-key';
const TOKEN_LIFETIME_SECONDS = 3600;
/** Two short strings; anything much larger is not the documented request. */
const MAX_TOKEN_REQUEST_BYTES = 16 * 1024;

export async function startCxonePeers(options: CxonePeersOptions): Promise<CxonePeers> {
  const areas = new Set(options.areas);
  const issued = new Set<string>();
  const requests: CxonePeerRequest[] = [];
  let gate: { held: Promise<void>; which: (request: CxonePeerRequest) => boolean } | null = null;

  const scim = createScimApp({
    mounts: options.areas.flatMap((area) => [
      { path: `/${area}${CXONE_SCIM_PATH}`, acceptToken: (token: string) => peers.acceptIssuedTokens && issued.has(token) },
      {
        path: `/${area}${CXONE_OAUTH_SCIM_PATH}`,
        acceptToken: (token: string) => token === options.bearerToken,
        ...(options.forbiddenBearerToken === undefined ? {} : { forbiddenToken: options.forbiddenBearerToken }),
      },
    ]),
    ...(options.users ? { users: options.users } : {}),
    ...(options.ignoreFilter ? { ignoreFilter: true } : {}),
    notFoundDetail: 'No such area or path.',
  });

  const bearerCredential = (req: IncomingMessage): CxoneCredential => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (token === undefined) return 'none';
    if (issued.has(token)) return 'issued-token';
    return token === options.bearerToken || token === options.forbiddenBearerToken ? 'bearer-token' : 'unknown-token';
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://peer.invalid');
    const area = url.pathname.split('/')[1] ?? '';
    const rest = url.pathname.slice(area.length + 1);
    const endpoint: CxoneEndpointKind = !areas.has(area)
      ? 'other'
      : rest === TOKEN_PATH
        ? 'token'
        : rest.startsWith(`${CXONE_OAUTH_SCIM_PATH}/`)
          ? 'oauth-scim'
          : rest.startsWith(`${CXONE_SCIM_PATH}/`)
            ? 'scim'
            : 'other';
    const body = endpoint === 'token' ? await readBody(req) : null;
    const record: CxonePeerRequest = {
      method: req.method ?? 'GET',
      area,
      path: url.pathname,
      endpoint,
      query: Object.fromEntries(url.searchParams),
      rawQuery: url.search.replace(/^\?/, ''),
      credential: endpoint === 'token' ? pairCredential(body) : bearerCredential(req),
    };
    requests.push(record);
    if (gate?.which(record)) await gate.held;
    if (endpoint === 'token') answerTokenRequest(req, res, body);
    else scim.handle(req, res);
  };

  const pairCredential = (body: string | null): CxoneCredential => {
    const json = parseObject(body);
    if (!json || (json.accessKeyId === undefined && json.accessKeySecret === undefined)) return 'none';
    return json.accessKeyId === options.accessKeyId && json.accessKeySecret === options.accessKeySecret ? 'access-key' : 'wrong-access-key';
  };

  const answerTokenRequest = (req: IncomingMessage, res: ServerResponse, body: string | null) => {
    const mode = peers.tokenEndpoint;
    if (mode === 'status-500') return sendJson(res, 500, { error: 'server_error', error_description: 'The authentication service is unavailable.' });
    if (mode === 'html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html><head><title>Sign in</title></head><body><form><input name="password"></form></body></html>');
      return;
    }
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendJson(res, 405, { error: 'invalid_request', error_description: 'Use POST.' });
    }
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (mediaType !== 'application/json') return sendJson(res, 415, { error: 'invalid_request', error_description: 'The body must be application/json.' });
    const json = parseObject(body);
    const keys = json ? Object.keys(json).sort() : [];
    if (!json || keys.join() !== 'accessKeyId,accessKeySecret' || typeof json.accessKeyId !== 'string' || typeof json.accessKeySecret !== 'string')
      return sendJson(res, 400, { error: 'invalid_request', error_description: 'The body must be {"accessKeyId": string, "accessKeySecret": string}.' });
    if (mode === 'echo-credentials') {
      const echoed = `${json.accessKeyId}:${json.accessKeySecret} (${encodeURIComponent(json.accessKeyId)}, ${encodeURIComponent(json.accessKeySecret)})`;
      return sendJson(res, 401, { error: 'invalid_client', error_description: `Rejected ${echoed}` });
    }
    if (json.accessKeyId !== options.accessKeyId || json.accessKeySecret !== options.accessKeySecret)
      return sendJson(res, 401, { error: 'invalid_client', error_description: 'The access key ID or secret is not valid.' });
    if (mode === 'no-access-token') return sendJson(res, 200, { token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS });
    const token = randomBytes(32).toString('base64url');
    issued.add(token);
    return sendJson(res, 200, { access_token: token, token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS });
  };

  const server = await listenOnLoopback((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const apiBaseUrl = `${server.origin}/${AREA_PLACEHOLDER}`;
  const peers: CxonePeers = {
    origin: server.origin,
    apiBaseUrl,
    urls: (area) => ({
      tokenUrl: `${server.origin}/${area}${TOKEN_PATH}`,
      scimBaseUrl: `${server.origin}/${area}${CXONE_SCIM_PATH}`,
      oauthScimBaseUrl: `${server.origin}/${area}${CXONE_OAUTH_SCIM_PATH}`,
    }),
    requests,
    issuedTokens: issued,
    tokenEndpoint: options.tokenEndpoint ?? 'normal',
    acceptIssuedTokens: true,
    pause: (which = () => true) => {
      let release = () => undefined as void;
      const held = new Promise<void>((resolve) => {
        release = () => {
          gate = null;
          resolve();
        };
      });
      gate = { held, which };
      return release;
    },
    close: server.close,
  };
  return peers;
}

/** The endpoints file's block that points the wizard's CXone flow at these peers. */
export function cxoneEndpointsBlock(peers: Pick<CxonePeers, 'apiBaseUrl'>): { cxone: { apiBaseUrl: string } } {
  return { cxone: { apiBaseUrl: peers.apiBaseUrl } };
}

/** Writes `<dir>/endpoints.json` with that block; returns its path. */
export function writeCxoneEndpointsFile(dir: string, peers: Pick<CxonePeers, 'apiBaseUrl'>): string {
  const file = join(dir, 'endpoints.json');
  writeFileSync(file, JSON.stringify(cxoneEndpointsBlock(peers), null, 2));
  return file;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** The body as text, or null when it is larger than a token request can be. */
async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > MAX_TOKEN_REQUEST_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseObject(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const json = JSON.parse(text) as unknown;
    return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
