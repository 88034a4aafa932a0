import { randomUUID } from 'node:crypto';
import type { SecretPair } from './directory-store';

/**
 * The calls Entra's provisioning service makes to the SCIM endpoint, made for real against whatever the
 * credentials name (the test's SCIM server). Bearer token = SecretToken, base = BaseAddress.
 */

export interface ScimCredentials {
  baseAddress: string;
  secretToken: string;
}

export type ScimAnswer = { ok: true; status: number; body: Record<string, unknown> } | { ok: false; status: number | null; detail: string };

const SCIM_JSON = 'application/scim+json';
const TIMEOUT_MS = 10_000;

export function credentialsFrom(pairs: SecretPair[]): Partial<ScimCredentials> {
  const find = (key: string) => pairs.find((pair) => pair.key === key)?.value;
  const baseAddress = find('BaseAddress');
  const secretToken = find('SecretToken');
  return { ...(baseAddress === undefined ? {} : { baseAddress }), ...(secretToken === undefined ? {} : { secretToken }) };
}

/** https anywhere; http only on a loopback host, so tests can use their own SCIM server. */
function baseUrlOf(baseAddress: string): URL | string {
  let url: URL;
  try {
    url = new URL(baseAddress);
  } catch {
    return 'The tenant URL is not a valid URL.';
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return 'The tenant URL must use https.';
  return url;
}

async function scimRequest(credentials: ScimCredentials, method: 'GET' | 'POST', pathAndQuery: string, body?: unknown): Promise<ScimAnswer> {
  const base = baseUrlOf(credentials.baseAddress);
  if (typeof base === 'string') return { ok: false, status: null, detail: base };
  const target = `${base.href.replace(/\/+$/, '')}${pathAndQuery}`;
  let response: Response;
  try {
    response = await fetch(target, {
      method,
      headers: { authorization: `Bearer ${credentials.secretToken}`, accept: SCIM_JSON, ...(body === undefined ? {} : { 'content-type': SCIM_JSON }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return { ok: false, status: null, detail: `The SCIM endpoint could not be reached (${(error as Error).message}).` };
  }
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text === '' ? {} : JSON.parse(text);
  } catch {
    // Not JSON: reported below by status.
  }
  if (!response.ok) {
    const detail =
      parsed && typeof parsed === 'object' && typeof (parsed as { detail?: unknown }).detail === 'string' ? (parsed as { detail: string }).detail : '';
    return { ok: false, status: response.status, detail: `An HTTP/${response.status} response was returned${detail ? `: ${detail}` : ''}.` };
  }
  if (!parsed || typeof parsed !== 'object') return { ok: false, status: response.status, detail: 'The SCIM endpoint did not answer with JSON.' };
  return { ok: true, status: response.status, body: parsed as Record<string, unknown> };
}

const filterQuery = (userName: string) => `/Users?filter=${encodeURIComponent(`userName eq "${userName.replace(/"/g, '\\"')}"`)}`;

/**
 * "Test connection": query a user that cannot exist and expect a SCIM ListResponse. Microsoft describes the
 * check as a GET /Users filtered on a random userName
 * (https://learn.microsoft.com/en-us/entra/identity/app-provisioning/use-scim-to-provision-users-and-groups).
 */
export async function testScimConnection(credentials: ScimCredentials): Promise<ScimAnswer> {
  const answer = await scimRequest(credentials, 'GET', filterQuery(randomUUID()));
  if (answer.ok && !Array.isArray(answer.body.Resources) && typeof answer.body.totalResults !== 'number')
    return { ok: false, status: answer.status, detail: 'The answer is not a SCIM ListResponse.' };
  return answer;
}

export function findScimUser(credentials: ScimCredentials, userName: string): Promise<ScimAnswer> {
  return scimRequest(credentials, 'GET', filterQuery(userName));
}

export function createScimUser(credentials: ScimCredentials, user: Record<string, unknown>): Promise<ScimAnswer> {
  return scimRequest(credentials, 'POST', '/Users', user);
}
