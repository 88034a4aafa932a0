import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQueryString } from 'node:querystring';
// @ts-expect-error -- express 5 ships no .d.ts and @types/express is not a dependency; the few calls used are typed below.
import expressUntyped from 'express';
import SCIMMY from 'scimmy';
import SCIMMYRouters from 'scimmy-routers';

/**
 * A real SCIM 2.0 service provider for tests: SCIMMY's User resource behind
 * scimmy-routers on express 5, on 127.0.0.1 and a random port. Mounted like
 * Webex at `/v1/scim/<orgId>` (`orgId`), and/or at any other paths (`mounts`,
 * e.g. CXone's `/<area>/scim/v2` and `/<area>/oauth/scim/v2`), each mount with
 * its own token acceptance; every mount serves the same users. A path outside
 * every mount is a SCIM 404, a wrong bearer token a 401 (scimmy-routers' auth
 * handler), and a mount's `forbiddenToken` authenticates but is refused with
 * 403 by the resource, as Webex does for an account that is not a full
 * administrator.
 *
 * SCIMMY keeps declarations in a process-wide singleton, so the User handlers
 * are declared once and find each server's own store through the request
 * context.
 */

/** One place the SCIM endpoints are served, and which bearer tokens it takes. */
export interface ScimMount {
  /** Path prefix without a trailing slash, e.g. `/na1/scim/v2`. */
  path: string;
  acceptToken: (token: string) => boolean | Promise<boolean>;
  /** Authenticates, then every request is refused with 403. */
  forbiddenToken?: string;
}

export interface ScimServerOptions {
  /** The one token accepted at `/v1/scim/<orgId>`, for tests that make their own token... */
  bearerToken?: string;
  /** ...or a check against the token's issuer (e.g. its userinfo endpoint), for tokens a real provider issued. */
  acceptToken?: (token: string) => Promise<boolean>;
  /** Mounts the Webex-shaped `/v1/scim/<orgId>` with `bearerToken`, `acceptToken` and `forbiddenToken`. */
  orgId?: string;
  forbiddenToken?: string;
  /** Other mounts, each with its own token acceptance (the only ones when there is no `orgId`). */
  mounts?: ScimMount[];
  /** Users present from the start (each gets an id). */
  users?: Array<{ userName: string } & Record<string, unknown>>;
  /** true: a filtered search answers every user, as a server that ignores `filter` does (Entra's test then finds users). */
  ignoreFilter?: boolean;
  /** The SCIM 404's detail for a path outside every mount; 'Organization not found.' by default. */
  notFoundDetail?: string;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query, as sent (still percent-encoded). */
  path: string;
  /** Decoded query parameters (last value wins). */
  query: Record<string, string>;
  /** The query string exactly as sent, without the leading '?'. */
  rawQuery: string;
  authorization?: string;
}

export interface ScimServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** `<origin>/v1/scim` (the Webex SCIM base an endpoints file names). */
  baseUrl: string;
  /** `<baseUrl>/<orgId>` with an `orgId`; otherwise the first mount's URL. */
  tenantUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** The SCIM server as a request handler, for a test server that serves other endpoints beside it. */
export interface ScimApp {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Every request that reached `handle`. */
  requests: RecordedRequest[];
}

type StoredUser = { id: string; userName: string } & Record<string, unknown>;
interface ScimContext {
  users: Map<string, StoredUser>;
  forbidden: boolean;
  ignoreFilter: boolean;
}

// ---- The slice of express 5 used here.
type Handler = (req: IncomingMessage & ExpressRequestExtras, res: ServerResponse & ExpressResponseExtras, next: () => void) => void;
interface ExpressRequestExtras {
  originalUrl: string;
  header(name: string): string | undefined;
}
interface ExpressResponseExtras {
  status(code: number): this;
  type(type: string): this;
  send(body: unknown): this;
}
interface ExpressApp {
  (req: IncomingMessage, res: ServerResponse): void;
  set(setting: string, value: unknown): void;
  use(pathOrHandler: string | Handler | object, handler?: Handler | object): void;
}
const express = expressUntyped as () => ExpressApp;

let declared = false;

/** SCIMMY omits an empty scimType from the response; its typings just do not allow leaving it out. */
const scimError = (status: number, message: string, scimType = '') => new SCIMMY.Types.Error(status, scimType, message);

/** Declares SCIMMY's User resource once per process; each handler works on the store in `ctx`. */
function declareUsers(): void {
  if (declared) return;
  declared = true;
  const refuseIfForbidden = (ctx: ScimContext) => {
    if (ctx.forbidden) throw scimError(403, 'The account is not allowed to manage users in this organization.');
  };
  SCIMMY.Resources.declare(SCIMMY.Resources.User)
    .egress((resource, ctx: ScimContext) => {
      refuseIfForbidden(ctx);
      if (resource.id) {
        const user = ctx.users.get(resource.id);
        if (!user) throw scimError(404, `Resource ${resource.id} not found`);
        return user as never; // SCIMMY checks the shape itself on the way out; its typings cannot know our store.
      }
      const all = [...ctx.users.values()];
      return (resource.filter && !ctx.ignoreFilter ? resource.filter.match(all) : all) as never;
    })
    .ingress((resource, instance, ctx: ScimContext) => {
      refuseIfForbidden(ctx);
      const data = JSON.parse(JSON.stringify(instance)) as { userName: string } & Record<string, unknown>;
      const clash = [...ctx.users.values()].find((u) => u.userName.toLowerCase() === data.userName.toLowerCase() && u.id !== resource.id);
      if (clash) throw scimError(409, `userName ${data.userName} is already taken`, 'uniqueness');
      if (resource.id && !ctx.users.has(resource.id)) throw scimError(404, `Resource ${resource.id} not found`);
      const user: StoredUser = { ...data, id: resource.id ?? randomUUID() };
      ctx.users.set(user.id, user);
      return user as never;
    })
    .degress((resource, ctx: ScimContext) => {
      refuseIfForbidden(ctx);
      if (!resource.id || !ctx.users.delete(resource.id)) throw scimError(404, `Resource ${resource.id} not found`);
    });
}

/**
 * Express 5 re-parses `req.query` on every read, so scimmy-routers' in-place
 * cast of startIndex/count to numbers is lost and SCIMMY then ignores
 * pagination. Casting in the query parser itself makes it stick.
 */
function scimQueryParser(text: string): Record<string, unknown> {
  const query: Record<string, unknown> = { ...parseQueryString(text) };
  for (const key of ['startIndex', 'count']) {
    const value = query[key];
    if (typeof value === 'string' && value !== '' && !Number.isNaN(Number(value))) query[key] = Number(value);
  }
  return query;
}

/** The Webex-shaped mount (`orgId`) first, then the others. */
function mountsOf(options: ScimServerOptions): ScimMount[] {
  const mounts: ScimMount[] = [];
  if (options.orgId !== undefined) {
    mounts.push({
      path: `/v1/scim/${encodeURIComponent(options.orgId)}`,
      acceptToken: async (token) => token === options.bearerToken || ((await options.acceptToken?.(token)) ?? false),
      ...(options.forbiddenToken === undefined ? {} : { forbiddenToken: options.forbiddenToken }),
    });
  }
  return [...mounts, ...(options.mounts ?? [])];
}

export function createScimApp(options: ScimServerOptions): ScimApp {
  declareUsers();
  const context: Omit<ScimContext, 'forbidden'> = { users: new Map(), ignoreFilter: options.ignoreFilter === true };
  for (const seed of options.users ?? []) {
    const id = randomUUID();
    context.users.set(id, { ...seed, id });
  }

  const requests: RecordedRequest[] = [];
  const app = express();
  app.set('query parser', scimQueryParser);
  app.use((req, _res, next) => {
    const url = new URL(req.originalUrl, 'http://recorder.invalid');
    const authorization = req.header('authorization');
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      rawQuery: url.search.replace(/^\?/, ''),
      ...(authorization === undefined ? {} : { authorization }),
    });
    next();
  });

  const bearer = (req: { header(name: string): string | undefined }) => /^Bearer (.+)$/.exec(req.header('authorization') ?? '')?.[1];
  for (const mount of mountsOf(options)) {
    app.use(
      mount.path,
      new SCIMMYRouters({
        type: 'bearer',
        handler: async (req) => {
          const token = bearer(req);
          if (token === undefined) throw new Error('Missing bearer token.');
          const accepted = token === mount.forbiddenToken || (await mount.acceptToken(token));
          if (!accepted) throw new Error('The bearer token is invalid or expired.');
          return 'test-admin';
        },
        context: (req): ScimContext => ({ ...context, forbidden: mount.forbiddenToken !== undefined && bearer(req) === mount.forbiddenToken }),
      }),
    );
  }
  // Anything outside the mounts (a wrong Org ID, an unknown area): a SCIM 404.
  const notFoundDetail = options.notFoundDetail ?? 'Organization not found.';
  app.use((_req, res) => {
    res
      .status(404)
      .type('application/scim+json')
      .send(JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404', detail: notFoundDetail }));
  });
  return { handle: (req, res) => app(req, res), requests };
}

/** Listens on 127.0.0.1 and a random port; `close` also drops open connections. */
export async function listenOnLoopback(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export async function startScimServer(options: ScimServerOptions): Promise<ScimServer> {
  const app = createScimApp(options);
  const { origin, close } = await listenOnLoopback(app.handle);
  const baseUrl = `${origin}/v1/scim`;
  const firstMount = mountsOf(options)[0]?.path ?? '';
  return {
    origin,
    baseUrl,
    tenantUrl: options.orgId !== undefined ? `${baseUrl}/${options.orgId}` : `${origin}${firstMount}`,
    requests: app.requests,
    close,
  };
}
