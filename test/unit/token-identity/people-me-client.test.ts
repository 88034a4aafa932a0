import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchWebexPeopleMe } from '../../../electron/services/token-identity/people-me-client';
import { freePort } from '../../support/free-port';
import { ORG_ID, OTHER_ORG_ID, personaToken, startWebexPeopleServer, type WebexPeopleServerHandle } from '../../support/webex-people-server';

let peer: WebexPeopleServerHandle;

beforeAll(async () => {
  peer = await startWebexPeopleServer();
});
afterAll(() => peer.close());

const ask = (token: string, extra: { timeoutMs?: number; baseUrl?: string } = {}) => fetchWebexPeopleMe({ baseUrl: peer.baseUrl, token, ...extra });
const host = () => new URL(peer.baseUrl).host;

describe('GET <base>/people/me against the local Webex People peer', () => {
  it('sends one GET with the bearer token to /v1/people/me and reads a full administrator', async () => {
    const before = peer.requests.length;
    const outcome = await ask(personaToken('full-admin'));
    expect(outcome).toEqual({
      ok: true,
      person: { displayName: 'John Andersen', emails: ['john.andersen@example.com'], orgId: ORG_ID, roles: ['id_full_admin'], isFullAdmin: true },
    });
    expect(peer.requests.slice(before)).toEqual([{ method: 'GET', path: '/v1/people/me', authorization: `Bearer ${personaToken('full-admin')}` }]);
  });

  it('a trailing slash on the base does not double the slash', async () => {
    const before = peer.requests.length;
    await ask(personaToken('full-admin'), { baseUrl: `${peer.baseUrl}/` });
    expect(peer.requests[before]?.path).toBe('/v1/people/me');
  });

  it.each([
    ['readonly-admin', ORG_ID, ['id_readonly_admin'], false],
    ['plain-user', ORG_ID, [], false],
    ['other-org', OTHER_ORG_ID, ['id_full_admin'], true],
  ] as const)('%s: its organisation and rights', async (persona, orgId, roles, isFullAdmin) => {
    expect(await ask(personaToken(persona))).toMatchObject({ ok: true, person: { orgId, roles, isFullAdmin } });
  });

  it.each([
    ['unauthorized', 'IDENTITY_UNAUTHORIZED', { status: 401 }],
    ['forbidden', 'IDENTITY_FORBIDDEN', { status: 403 }],
    ['server-error', 'IDENTITY_BAD_RESPONSE', { status: 500, reason: 'status' }],
    ['garbage', 'IDENTITY_BAD_RESPONSE', { status: 200, reason: 'not-json' }],
    ['not-a-person', 'IDENTITY_BAD_RESPONSE', { status: 200, reason: 'shape', field: 'id' }],
    ['redirect', 'IDENTITY_BAD_RESPONSE', { status: 302, reason: 'redirect' }],
  ] as const)('%s -> %s', async (persona, code, params) => {
    expect(await ask(personaToken(persona))).toEqual({ ok: false, code, params: { host: host(), ...params } });
  });

  it('an unknown token gets the 401 Webex answers for a wrong token', async () => {
    expect(await ask('an-unknown-token-of-twenty-chars')).toMatchObject({ ok: false, code: 'IDENTITY_UNAUTHORIZED' });
  });

  it('a redirect is refused, never followed: the token goes nowhere else', async () => {
    const before = peer.requests.length;
    await ask(personaToken('redirect'));
    expect(peer.requests.slice(before).map((r) => r.path)).toEqual(['/v1/people/me']);
  });

  it('no secret in any outcome', async () => {
    for (const persona of ['unauthorized', 'forbidden', 'server-error', 'garbage', 'not-a-person', 'redirect'] as const) {
      expect(JSON.stringify(await ask(personaToken(persona)))).not.toContain(personaToken(persona));
    }
  });

  it('a closed port is unreachable, named by its network outcome', async () => {
    const port = await freePort();
    const outcome = await fetchWebexPeopleMe({ baseUrl: `http://127.0.0.1:${port}/v1`, token: personaToken('full-admin') });
    expect(outcome).toEqual({
      ok: false,
      code: 'IDENTITY_UNREACHABLE',
      params: { host: `127.0.0.1:${port}`, outcome: 'connection-refused', networkCode: 'ECONNREFUSED' },
    });
  });

  it('a server that never answers is cut at the deadline', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const outcome = await fetchWebexPeopleMe({ baseUrl: `http://127.0.0.1:${port}/v1`, token: personaToken('full-admin'), timeoutMs: 200 });
      expect(outcome).toMatchObject({ ok: false, code: 'IDENTITY_UNREACHABLE', params: { outcome: 'timeout' } });
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('a body far larger than a person is not read to its end', async () => {
    const big = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(`{"id":"x","pad":"${'a'.repeat(512 * 1024)}"}`);
    });
    await new Promise<void>((resolve) => big.listen(0, '127.0.0.1', resolve));
    const { port } = big.address() as AddressInfo;
    try {
      const outcome = await fetchWebexPeopleMe({ baseUrl: `http://127.0.0.1:${port}/v1`, token: personaToken('full-admin') });
      expect(outcome).toMatchObject({ ok: false, code: 'IDENTITY_BAD_RESPONSE', params: { reason: 'too-large' } });
    } finally {
      big.closeAllConnections();
      await new Promise<void>((resolve) => big.close(() => resolve()));
    }
  });
});

describe('the peer itself is strict', () => {
  const raw = (init: RequestInit & { path?: string } = {}) => fetch(`${peer.baseUrl.replace(/\/v1$/, '')}${init.path ?? '/v1/people/me'}`, init);

  it('no Authorization, or not a Bearer one, is a 401 with Webex’s body', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { Authorization: personaToken('full-admin') },
      { Authorization: `Basic ${personaToken('full-admin')}` },
    ]) {
      const response = await raw({ headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({
        message: 'The request requires a valid access token set in the Authorization request header.',
        errors: [{ description: 'The request requires a valid access token set in the Authorization request header.' }],
        trackingId: expect.stringMatching(/^ROUTER_/),
      });
    }
  });

  it('only GET, only /v1/people/me', async () => {
    const auth = { Authorization: `Bearer ${personaToken('full-admin')}` };
    expect((await raw({ method: 'POST', headers: auth })).status).toBe(405);
    expect((await raw({ method: 'DELETE', headers: auth })).status).toBe(405);
    expect((await raw({ headers: auth, path: '/v1/people/me/' })).status).toBe(404);
    expect((await raw({ headers: auth, path: '/v1/people' })).status).toBe(404);
    expect((await raw({ headers: auth })).status).toBe(200);
  });
});
