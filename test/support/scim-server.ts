import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQueryString } from 'node:querystring';
// @ts-expect-error -- express 5 ships no .d.ts and @types/express is not a dependency; the few calls used are typed below.
import expressUntyped from 'express';
import SCIMMY from 'scimmy';
import SCIMMYRouters from 'scimmy-routers';

/**
 * A real SCIM 2.0 service provider for tests: SCIMMY's User resource behind
 * scimmy-routers on express 5, mounted like Webex at `/v1/scim/<orgId>`, on
 * 127.0.0.1 and a random port. A wrong Org ID in the path is a 404, a wrong
 * bearer token a 401 (scimmy-routers' auth handler), and `forbiddenToken`
 * authenticates but is refused with 403 by the resource, as Webex does for an
 * account that is not a full administrator.
 *
 * SCIMMY keeps declarations in a process-wide singleton, so the User handlers
 * are declared once and find each server's own store through the request
 * context.
 */

export interface ScimServerOptions {
  /** The one token accepted, for tests that make their own token... */
  bearerToken?: string;
  /** ...or a check against the token's issuer (e.g. its userinfo endpoint), for tokens a real provider issued. */
  acceptToken?: (token: string) => Promise<boolean>;
  orgId: string;
  forbiddenToken?: string;
  /** Users present from the start (each gets an id). */
  users?: Array<{ userName: string } & Record<string, unknown>>;
  /** true: a filtered search answers every user, as a server that ignores `filter` does (Entra's test then finds users). */
  ignoreFilter?: boolean;
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
  baseUrl: string;
  tenantUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
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
  listen(port: number, host: string, callback: () => void): Server;
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

export async function startScimServer(options: ScimServerOptions): Promise<ScimServer> {
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
  app.use(
    `/v1/scim/${encodeURIComponent(options.orgId)}`,
    new SCIMMYRouters({
      type: 'bearer',
      handler: async (req) => {
        const token = bearer(req);
        if (token === undefined) throw new Error('Missing bearer token.');
        const accepted = token === options.bearerToken || token === options.forbiddenToken || ((await options.acceptToken?.(token)) ?? false);
        if (!accepted) throw new Error('The bearer token is invalid or expired.');
        return 'test-admin';
      },
      context: (req): ScimContext => ({ ...context, forbidden: options.forbiddenToken !== undefined && bearer(req) === options.forbiddenToken }),
    }),
  );
  // Anything outside the mounted organization (a wrong Org ID): a SCIM 404.
  app.use((_req, res) => {
    res
      .status(404)
      .type('application/scim+json')
      .send(JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404', detail: 'Organization not found.' }));
  });

  const server = await new Promise<Server>((resolve) => {
    const listening: Server = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/v1/scim`;
  return {
    baseUrl,
    tenantUrl: `${baseUrl}/${options.orgId}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
