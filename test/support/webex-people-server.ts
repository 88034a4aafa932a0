import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Webex's People API, answering `GET /v1/people/me` exactly as Webex
 * documents it (https://developer.webex.com/docs/api/v1/people/get-my-own-details): the
 * documented example person (John Andersen), with base64 `ciscospark://us/...` ids for the
 * person, the organisation and the roles. Strict like the real API: a missing or malformed
 * `Authorization: Bearer <token>`, or a token it does not know, gets Webex's 401 body
 * (`message`, `errors[].description`, `trackingId`); only GET is served; any other path is
 * Webex's 404. Each known token answers as one persona. On 127.0.0.1 and a random port.
 */

export const PEOPLE_PERSONAS = [
  /** A full administrator of ORG_ID (`ciscospark://us/ROLE/id_full_admin`). */
  'full-admin',
  /** A read-only administrator of ORG_ID (`id_readonly_admin`): cannot create users. */
  'readonly-admin',
  /** A user of ORG_ID with no admin role (`roles: []`). */
  'plain-user',
  /** A full administrator of OTHER_ORG_ID. */
  'other-org',
  /** Webex's 401 (expired or revoked token). */
  'unauthorized',
  /** Webex's 403. */
  'forbidden',
  /** Webex's 500. */
  'server-error',
  /** A 200 whose body is cut-off JSON. */
  'garbage',
  /** A 200 with JSON that is not a person (a list). */
  'not-a-person',
  /** A 302 to another path of this server (an API must not be followed there with the token). */
  'redirect',
] as const;
export type PeoplePersona = (typeof PEOPLE_PERSONAS)[number];

/** The organisation of the documented example (`orgId` decodes to `ciscospark://us/ORGANIZATION/<this>`). */
export const ORG_ID = '96abc2aa-3dcc-11e5-a152-fe34819cdc9a';
export const OTHER_ORG_ID = '5c1d8b2e-7f3a-4e19-9b6d-2a0c4e8f1d37';

/** The token that answers as each persona by default: `wizard-test-persona-<name>` (long enough to pass as a pasted token). */
export function personaToken(persona: PeoplePersona): string {
  return `wizard-test-persona-${persona}`;
}

export const webexId = (cluster: string, kind: string, id: string): string =>
  Buffer.from(`ciscospark://${cluster}/${kind}/${id}`).toString('base64').replace(/=+$/, '');

export interface WebexPeopleServerOptions {
  /** Known tokens and their persona; default: `personaToken(p)` for every persona. */
  tokens?: Readonly<Record<string, PeoplePersona>>;
  /** For any other token: its persona, or null for Webex's 401 (e.g. accept what a real test provider issued). */
  resolveToken?: (token: string) => PeoplePersona | null | Promise<PeoplePersona | null>;
  /** The organisation of every persona but `other-org` (default ORG_ID, the documented example's). */
  orgId?: string;
}

export interface RecordedPeopleRequest {
  method: string;
  path: string;
  /** The Authorization header as sent (a test token; tests check what the app sent). */
  authorization: string | null;
}

export interface WebexPeopleServerHandle {
  /** The People API base, `http://127.0.0.1:<port>/v1`: what `webex.peopleApiBaseUrl` takes. */
  baseUrl: string;
  requests: RecordedPeopleRequest[];
  close(): Promise<void>;
}

const UNAUTHORIZED = 'The request requires a valid access token set in the Authorization request header.';
const FORBIDDEN =
  'The server understood the request, but refused to fulfill it because the access token is missing required scopes or the user is missing required roles or licenses.';
const NOT_FOUND = 'The requested resource could not be found.';
const SERVER_ERROR = 'An unexpected error occurred. Please try again later.';

/**
 * Webex's error body: `message`, `errors[].description`, `trackingId`. The 401's words are those
 * Webex answers a missing or wrong token with; the 403, 404 and 500 wordings here are ours, in
 * the same shape.
 */
function webexError(message: string): Record<string, unknown> {
  return { message, errors: [{ description: message }], trackingId: `ROUTER_${randomUUID().toUpperCase()}` };
}

/** The documented "Get My Own Details" example, with this persona's organisation and roles. */
function documentedPerson(orgId: string, roles: string[]): Record<string, unknown> {
  return {
    id: 'Y2lzY29zcGFyazovL3VzL1BFT1BMRS9mNWIzNjE4Ny1jOGRkLTQ3MjctOGIyZi1mOWM0NDdmMjkwNDY',
    emails: ['john.andersen@example.com'],
    phoneNumbers: [{ type: 'work', value: '+1 408 526 7209', primary: true }],
    displayName: 'John Andersen',
    nickName: 'John',
    firstName: 'John',
    lastName: 'Andersen',
    avatar:
      'https://1efa7a94ed21783e352-c62266528714497a17239ececf39e9e2.ssl.cf1.rackcdn.com/V1~54c844c89e678e5a7b16a306bc2897b9~wx29yGtlTpilEFlYzqPKag==~1600',
    orgId: webexId('us', 'ORGANIZATION', orgId),
    roles: roles.map((role) => webexId('us', 'ROLE', role)),
    licenses: [webexId('us', 'LICENSE', `${orgId}:MS_0304c093-1c3c-44e0-bb0a-e5d164366d59`)],
    created: '2015-10-18T14:26:16.000Z',
    lastModified: '2015-10-18T14:26:16.000Z',
    timezone: 'America/Denver',
    lastActivity: '2015-10-18T14:26:16.028Z',
    status: 'active',
    invitePending: false,
    loginEnabled: true,
    type: 'person',
  };
}

type Answer = { status: number; body: string; headers?: Record<string, string> };

const json = (status: number, value: unknown): Answer => ({ status, body: JSON.stringify(value) });

function personaAnswer(persona: PeoplePersona, port: number, orgId: string): Answer {
  switch (persona) {
    case 'full-admin':
      return json(200, documentedPerson(orgId, ['id_full_admin']));
    case 'readonly-admin':
      return json(200, documentedPerson(orgId, ['id_readonly_admin']));
    case 'plain-user':
      return json(200, documentedPerson(orgId, []));
    case 'other-org':
      return json(200, documentedPerson(OTHER_ORG_ID, ['id_full_admin']));
    case 'unauthorized':
      return json(401, webexError(UNAUTHORIZED));
    case 'forbidden':
      return json(403, webexError(FORBIDDEN));
    case 'server-error':
      return json(500, webexError(SERVER_ERROR));
    case 'garbage':
      return { status: 200, body: '{"id": "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9m", "emails": [' };
    case 'not-a-person':
      return json(200, { items: [] });
    case 'redirect':
      return { status: 302, body: '', headers: { Location: `http://127.0.0.1:${port}/elsewhere/people/me` } };
  }
}

const DEFAULT_TOKENS: Readonly<Record<string, PeoplePersona>> = Object.fromEntries(PEOPLE_PERSONAS.map((p) => [personaToken(p), p]));

export async function startWebexPeopleServer(options: WebexPeopleServerOptions = {}): Promise<WebexPeopleServerHandle> {
  const tokens = options.tokens ?? DEFAULT_TOKENS;
  const requests: RecordedPeopleRequest[] = [];
  let port = 0;

  const personaOf = async (authorization: string | undefined): Promise<PeoplePersona | null> => {
    const match = /^Bearer ([^\s]+)$/.exec(authorization ?? '');
    const token = match?.[1];
    if (!token) return null;
    if (Object.hasOwn(tokens, token)) return tokens[token] ?? null;
    return (await options.resolveToken?.(token)) ?? null;
  };

  const answer = async (req: IncomingMessage): Promise<Answer> => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path !== '/v1/people/me') return json(404, webexError(NOT_FOUND));
    if (req.method !== 'GET') return { ...json(405, webexError(`Method ${req.method ?? ''} is not allowed.`)), headers: { Allow: 'GET' } };
    const persona = await personaOf(req.headers.authorization);
    return persona ? personaAnswer(persona, port, options.orgId ?? ORG_ID) : json(401, webexError(UNAUTHORIZED));
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization ?? null });
    req.resume();
    answer(req)
      .then(({ status, body, headers }) => {
        res.writeHead(status, {
          'Content-Type': 'application/json;charset=UTF-8',
          'Content-Length': Buffer.byteLength(body),
          TrackingID: `ROUTER_${randomUUID().toUpperCase()}`,
          ...headers,
        });
        res.end(body);
      })
      .catch(() => {
        res.writeHead(500).end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
