import { startGraphServer, type GraphServer, type GraphServerOptions } from '../../support/graph-server';

/** Plain fetch calls against the local Graph peer: the tests check the peer, not the app's client. */

export const GRAPH_TOKEN = 'graph-access-token-for-tests-0123456789';

export function startPeer(options: Partial<GraphServerOptions> = {}): Promise<GraphServer> {
  return startGraphServer({ acceptToken: (token) => Promise.resolve(token === GRAPH_TOKEN), ...options });
}

export interface GraphAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON body; undefined for an empty body. */
  json: Record<string, unknown> | undefined;
}

export async function graphCall(
  server: GraphServer,
  method: string,
  path: string,
  options: { body?: unknown; rawBody?: string; headers?: Record<string, string>; token?: string | null } = {},
): Promise<GraphAnswer> {
  const token = options.token === undefined ? GRAPH_TOKEN : options.token;
  const hasBody = options.body !== undefined || options.rawBody !== undefined;
  const response = await fetch(`${server.graphBase}${path}`, {
    method,
    headers: {
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    ...(hasBody ? { body: options.rawBody ?? JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>) };
}

/** The `error` member of a Graph error body. */
export function errorOf(answer: GraphAnswer): { code: string; message: string; innerError: Record<string, string> } {
  return (answer.json as { error: { code: string; message: string; innerError: Record<string, string> } }).error;
}

export const valueOf = <T = Record<string, unknown>>(answer: GraphAnswer): T[] => (answer.json as { value: T[] }).value;

/** Finds Cisco Webex's template the documented way and instantiates it. */
export async function instantiateWebex(server: GraphServer, displayName = 'Cisco Webex'): Promise<{ servicePrincipalId: string; appRoleId: string }> {
  const templates = await graphCall(server, 'GET', `/applicationTemplates?$filter=${encodeURIComponent("displayName eq 'Cisco Webex'")}`);
  const templateId = valueOf<{ id: string }>(templates)[0]!.id;
  const created = await graphCall(server, 'POST', `/applicationTemplates/${templateId}/instantiate`, { body: { displayName } });
  const servicePrincipal = (created.json as { servicePrincipal: { id: string; appRoles: Array<{ id: string; displayName: string }> } }).servicePrincipal;
  return { servicePrincipalId: servicePrincipal.id, appRoleId: servicePrincipal.appRoles.find((role) => role.displayName === 'User')!.id };
}
