import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exchangeAccessKey } from '../../../electron/services/checks/access-key-exchange';
import { testScimConnection } from '../../../electron/services/checks/scim-connection-test';
import { sanitizeServerText } from '../../../electron/services/checks/secret-scrub';
import { accessKeyArb, bearerTokenArb, FEW_RUNS, hostileText, RUNS } from './arbitraries';

/**
 * What a SCIM server or CXone's token endpoint answers is hostile input too
 * (electron/services/checks): whatever the status, headers and body, the check resolves (never
 * throws or rejects) to a known outcome, and the credential sent never comes back in the result,
 * even when the server echoes it raw, percent-encoded or form-encoded in its body or Location.
 */

const TENANT_URL = 'https://api.ciscospark.com/v1/scim/a35bfbc6-ccbd-4a17-a488-72ef46c5420c';
const OUTCOMES = ['ok', 'unauthorized', 'forbidden', 'not-found', 'http-error', 'not-scim', 'network', 'timeout', 'cancelled', 'bad-token-response'];

/** The forms a server may echo a secret in. */
function echoes(secret: string): fc.Arbitrary<string> {
  return fc.constantFrom(secret, encodeURIComponent(secret), new URLSearchParams({ v: secret }).toString().slice(2));
}

/** A server answer: any status, a Location and content type, and a body that is JSON, SCIM-ish, HTML or noise, echoing `secret` somewhere. */
function answer(secret: string) {
  const scimError = (detail: string) => JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], scimType: 'invalidValue', detail });
  const body = fc.oneof(
    hostileText,
    echoes(secret).map((s) => scimError(`bad token ${s}`)),
    echoes(secret).map((s) => JSON.stringify({ error: 'invalid_client', error_description: `key ${s} refused` })),
    fc.integer({ min: -5, max: 10 }).map((n) => JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: n })),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.constant('<html><body>Sign in</body></html>'),
  );
  const location = fc.option(
    fc.oneof(
      hostileText,
      echoes(secret).map((s) => `https://evil.example/?t=${s}`),
    ),
    { nil: null },
  );
  const contentType = fc.option(fc.oneof(hostileText, fc.constantFrom('application/scim+json', 'text/html', 'application/json; charset=utf-8')), { nil: null });
  return fc.record({ status: fc.integer({ min: 200, max: 599 }), body, location, contentType });
}

function fakeFetch(a: { status: number; body: string; location: string | null; contentType: string | null }): typeof fetch {
  return () => {
    const headers = new Headers();
    try {
      if (a.location !== null) headers.set('location', a.location);
      if (a.contentType !== null) headers.set('content-type', a.contentType);
    } catch {
      // A header value fetch itself refuses (a line break) cannot arrive.
    }
    const noBody = a.status === 204 || a.status === 205 || a.status === 304;
    return Promise.resolve(new Response(noBody ? null : a.body, { status: a.status, headers }));
  };
}

describe('SCIM connection test: properties', () => {
  it('resolves to a known outcome for any answer, and never returns the token', async () => {
    await fc.assert(
      fc.asyncProperty(
        bearerTokenArb.chain((token) => answer(token).map((a) => ({ token, a }))),
        async ({ token, a }) => {
          const result = await testScimConnection({ tenantUrl: TENANT_URL, token, fetchImpl: fakeFetch(a), randomUuid: () => 'guid' });
          expect(OUTCOMES).toContain(result.outcome);
          expect(result.ok).toBe(result.outcome === 'ok');
          const shown = JSON.stringify(result);
          expect(shown).not.toContain(token);
          expect(shown).not.toContain(encodeURIComponent(token));
        },
      ),
      RUNS,
    );
  });
});

describe('SCIM connection test: a redirect to the token', () => {
  // Found a leak once: the Location was parsed (lower-casing the host) before secrets were removed.
  it('never returns the token in a redirect host, in any case', async () => {
    const hostSafe = bearerTokenArb.map((t) => t.replace(/[^A-Za-z0-9-]/g, 'x').slice(0, 60));
    await fc.assert(
      fc.asyncProperty(hostSafe, fc.constantFrom(301, 302, 307, 308), async (token, status) => {
        const a = { status, body: '', location: `https://${token}.evil.example/`, contentType: null };
        const result = await testScimConnection({ tenantUrl: TENANT_URL, token, fetchImpl: fakeFetch(a) });
        expect(JSON.stringify(result).toLowerCase()).not.toContain(token.toLowerCase());
      }),
      FEW_RUNS,
    );
  });
});

describe('CXone access-key exchange: properties', () => {
  it('resolves for any answer, never returns the key pair, and keeps a token out of JSON', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(accessKeyArb, accessKeyArb).chain(([id, secret]) => fc.tuple(fc.constant(id), fc.constant(secret), fc.oneof(answer(secret), answer(id)))),
        async ([id, secret, a]) => {
          const result = await exchangeAccessKey({
            tokenUrl: 'https://na1.nice-incontact.com/authentication/v1/token/access-key',
            accessKeyId: id,
            accessKeySecret: secret,
            fetchImpl: fakeFetch(a),
          });
          const shown = JSON.stringify(result);
          for (const key of [id, secret]) expect(shown).not.toContain(key);
          if (result.ok) expect(Object.keys(result)).not.toContain('accessToken');
          else expect(OUTCOMES).toContain(result.verdict.outcome);
        },
      ),
      FEW_RUNS,
    );
  });
});

describe('server text shown to the admin: properties', () => {
  it('holds no secret, no control or format character, and at most the limit', () => {
    fc.assert(
      fc.property(bearerTokenArb, hostileText, hostileText, fc.integer({ min: 2, max: 400 }), (token, before, after, max) => {
        const clean = sanitizeServerText(`${before}${token}${after}${encodeURIComponent(token)}`, [{ value: token, label: 'token' }], max);
        expect(clean).not.toContain(token);
        expect(clean).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        expect(clean.length).toBeLessThanOrEqual(max);
      }),
      RUNS,
    );
  });
});
