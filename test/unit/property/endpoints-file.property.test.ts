import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endpointsFileSchema } from '../../../shared/endpoints/endpoints-file-schema';
import { resolveScimBase } from '../../../shared/validators/scim-base';
import { validateWebexTenantUrl } from '../../../shared/validators/webex-tenant-url';
import { hostileJson, hostileText, RUNS } from './arbitraries';
import { codeOf } from './result-shape';

/**
 * The test endpoints file (README, "Test endpoints file"): whatever JSON it holds, the schema
 * answers (never throws); CXone URLs are https, or http only on a loopback host; and a Webex
 * `scimBaseUrl` the file accepts is either a usable SCIM base, whose tenant URLs validate to
 * themselves, or refused by every tenant URL as `invalid-scim-base` (README: "only with a test
 * endpoints file whose scimBaseUrl is unusable").
 */

/** URL-ish text: real-looking URLs with odd parts, and anything at all. */
const urlish = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true, authoritySettings: { withUserInfo: true, withPort: true, withIPv6: true } }),
  fc
    .tuple(
      fc.constantFrom('http', 'https', 'HTTP', 'ftp', 'file', 'javascript'),
      fc.constantFrom('127.0.0.1', 'localhost', '[::1]', 'LOCALHOST', 'example.com', '127.0.0.1.', 'evil.example'),
      fc.constantFrom('', ':5000', ':0', ':99999'),
      fc.constantFrom('', '/v1/scim', '/{area}', '/a/../b', '/%2e%2e/x', '//x', '/x?y=1', '/x#f'),
    )
    .map(([scheme, host, port, path]) => `${scheme}://${host}${port}${path}`),
  hostileText,
);

/** The schema's answer, or null when it threw (see the skipped property below). */
function accepts(file: unknown): boolean | null {
  try {
    return endpointsFileSchema.safeParse(file).success;
  } catch {
    return null;
  }
}

describe('endpoints file: properties', () => {
  it('never throws on any JSON value, nor on any text where a CXone URL goes', () => {
    fc.assert(
      fc.property(hostileJson, urlish, urlish, (json, a, b) => {
        endpointsFileSchema.safeParse(json);
        endpointsFileSchema.safeParse({ cxone: { apiBaseUrl: a, accessKeyTokenUrl: b, oauthTokenUrl: a, oauthAuthorizeUrl: b } });
      }),
      RUNS,
    );
  });

  // Found a crash once: the refine called `new URL()` after `.url()` had failed, so the app stopped without naming the key.
  it('never throws on any text where a Webex URL goes', () => {
    fc.assert(
      fc.property(urlish, urlish, (a, b) => {
        endpointsFileSchema.safeParse({ webex: { authorizeUrl: a, scimBaseUrl: b } });
      }),
      RUNS,
    );
  });

  it('accepts a CXone URL only over https, or http on 127.0.0.1, localhost or [::1], without user or fragment', () => {
    fc.assert(
      fc.property(urlish, (url) => {
        if (accepts({ cxone: { oauthTokenUrl: url } }) !== true) return;
        const real = new URL(url.split('{area}').join('na1'));
        expect(real.protocol === 'https:' || (real.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(real.hostname))).toBe(true);
        expect(real.username + real.password + real.hash).toBe('');
      }),
      RUNS,
    );
  });

  it('a Webex scimBaseUrl it accepts is a usable base whose tenant URLs validate to themselves, or unusable for every tenant URL', () => {
    fc.assert(
      fc.property(urlish, fc.uuid(), (scimBaseUrl, orgId) => {
        if (accepts({ webex: { scimBaseUrl } }) !== true) return;
        const options = { offer: 'commercial' as const, scimBaseUrl };
        const base = resolveScimBase(options);
        const result = validateWebexTenantUrl(`${base?.canonical ?? scimBaseUrl}/${orgId}`, options);
        if (base === null) {
          expect(codeOf(result)).toBe('invalid-scim-base');
          return;
        }
        if (result.ok) expect(validateWebexTenantUrl(result.value, options)).toEqual({ ok: true, value: result.value });
      }),
      RUNS,
    );
  });
});
