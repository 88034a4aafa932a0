import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DirectoryStore, type GroupSeed, type InstanceSeed, type UserSeed } from './directory-store';
import { Faults, type ThrottleRule } from './faults';
import { GraphError, graphErrorBody, requestIdsFor, type RequestIds } from './graph-error';
import { readBody } from './http-io';
import { decodeSegments, findRoute } from './router';
import type { Route, RouteId } from './route-types';
import { applicationTemplateRoutes } from './routes/application-templates';
import { applicationRoutes } from './routes/applications';
import { directorySearchRoutes } from './routes/directory-search';
import { provisionOnDemandRoutes } from './routes/provision-on-demand';
import { provisioningLogRoutes } from './routes/provisioning-logs';
import { servicePrincipalRoutes } from './routes/service-principals';
import { synchronizationRoutes } from './routes/synchronization';

/**
 * A local Microsoft Graph (v1.0) for tests: the endpoints issue 11 §2 names, written from Microsoft's documented
 * request and response examples (each route cites its page), strict about what it accepts, on 127.0.0.1 and a
 * random port. validateCredentials and provisionOnDemand call the SCIM service the credentials name for real.
 */

export type { RouteId } from './route-types';
export type { ThrottleRule } from './faults';
export { NON_GALLERY_TEMPLATE_ID } from './app-template-catalog';
export type { UserSeed, GroupSeed, InstanceSeed } from './directory-store';
export { DEFAULT_ACCESS_ROLE_ID } from './directory-store';

export interface GraphServerOptions {
  /** Whether a bearer token is valid (e.g. an oidc-provider userinfo check). */
  acceptToken: (token: string) => Promise<boolean>;
  users?: UserSeed[];
  groups?: GroupSeed[];
  /** App instances the tenant already has (to test "pick an existing instance"). */
  instances?: InstanceSeed[];
  /** Routes answered with 403 Authorization_RequestDenied from the start. */
  deny?: RouteId[];
  /** Routes answered with 429 from the start. */
  throttle?: Partial<Record<RouteId, ThrottleRule>>;
}

export interface GraphRequestRecord {
  method: string;
  /** The path as sent, without the query. */
  path: string;
  /** Decoded query parameters. */
  query: Record<string, string>;
  route: RouteId | null;
  status: number;
}

export interface GraphServer {
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  /** `<origin>/v1.0`: the app's "Graph base". */
  graphBase: string;
  /** The tenant's state, for assertions and for seeding after start. */
  store: DirectoryStore;
  faults: Faults;
  /** Every request: method, path, query and answer status, never a header or a body (they hold tokens and secrets). */
  requests: GraphRequestRecord[];
  close(): Promise<void>;
}

const ROUTES: Route[] = [
  ...applicationTemplateRoutes,
  ...applicationRoutes,
  ...servicePrincipalRoutes,
  ...directorySearchRoutes,
  ...synchronizationRoutes,
  ...provisionOnDemandRoutes,
  ...provisioningLogRoutes,
];

const VERSION_PREFIX = '/v1.0';

function bearerOf(req: IncomingMessage): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
}

function sendError(res: ServerResponse, error: GraphError, ids: RequestIds): void {
  res.writeHead(error.status, {
    'content-type': 'application/json',
    'request-id': ids.requestId,
    'client-request-id': ids.clientRequestId,
    ...error.headers,
    // Graph's 401s name the scheme they expect.
    ...(error.status === 401 ? { 'www-authenticate': 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"' } : {}),
  });
  res.end(graphErrorBody(error, ids));
}

export async function startGraphServer(options: GraphServerOptions): Promise<GraphServer> {
  const store = new DirectoryStore({ users: options.users ?? [], groups: options.groups ?? [], instances: options.instances ?? [] });
  const faults = new Faults();
  for (const route of options.deny ?? []) faults.deny(route);
  for (const [route, rule] of Object.entries(options.throttle ?? {})) if (rule) faults.throttle(route as RouteId, rule);
  const requests: GraphRequestRecord[] = [];
  let graphBase = '';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://graph.invalid');
    const clientRequestId = req.headers['client-request-id'];
    const ids = requestIdsFor(typeof clientRequestId === 'string' ? clientRequestId : undefined);
    const entry: GraphRequestRecord = { method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), route: null, status: 0 };
    requests.push(entry);
    res.on('finish', () => {
      entry.status = res.statusCode;
    });
    try {
      const body = await readBody(req);
      const token = bearerOf(req);
      if (token === undefined) throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
      if (!(await options.acceptToken(token))) throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token validation failure.');
      if (!url.pathname.startsWith(`${VERSION_PREFIX}/`)) throw new GraphError(400, 'BadRequest', `Invalid version: ${url.pathname.split('/')[1] ?? ''}`);
      const { route, params } = findRoute(ROUTES, entry.method, decodeSegments(url.pathname.slice(VERSION_PREFIX.length)));
      entry.route = route.id;
      const injected = faults.refusalFor(route.id);
      if (injected) throw injected;
      res.setHeader('request-id', ids.requestId);
      res.setHeader('client-request-id', ids.clientRequestId);
      await route.handle({ req, res, url, params, body, store, graphBase });
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendError(res, error instanceof GraphError ? error : new GraphError(500, 'UnknownError', 'An internal error occurred in the test Graph server.'), ids);
      if (!(error instanceof GraphError)) console.error('graph-server: unexpected error', error);
    }
  }

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  graphBase = `${origin}${VERSION_PREFIX}`;
  return {
    origin,
    graphBase,
    store,
    faults,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
