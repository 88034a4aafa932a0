import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeExpiry } from '../../../electron/services/token-capture/expiry';
import { parseLsofOwner, parseNetstatPid, parseSsOwner, parseTasklistName } from '../../../electron/services/token-capture/port-owner';
import { judgeRedirectParams } from '../../../electron/services/token-capture/redirect-params';
import { isAllowedHost, isAllowedOrigin } from '../../../electron/services/token-capture/request-guards';
import { bearerTokenArb, disguisedHost, hostileText, RUNS } from './arbitraries';

/**
 * The loopback listener's pure parts (electron/services/token-capture): the redirect's parameters
 * are judged against the sign-in's state, never trusted without it; only this listener's own
 * loopback authorities pass the Host and Origin checks; provider text shown to the admin is
 * cleaned; `expires_in` gives a plausible date or none; port-owner tool output never throws.
 */

const STATE = 'Zq3v-state-0123456789abcdef';
const PORT = 3000;
// eslint-disable-next-line no-control-regex -- what cleaned provider text must not hold
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/** A query or fragment string: real parameter names with hostile values, or any text. */
const paramText = fc.oneof(
  hostileText,
  fc
    .array(fc.tuple(fc.constantFrom('state', 'access_token', 'error', 'error_description', 'token_type', 'expires_in', 'scope', '__proto__'), hostileText), {
      maxLength: 6,
    })
    .map((pairs) => new URLSearchParams(pairs).toString()),
);

describe('redirect parameters: properties', () => {
  it('never throws, and without the exact state neither a token nor an error is believed', () => {
    fc.assert(
      fc.property(paramText, hostileText, (text, wrongState) => {
        fc.pre(wrongState !== STATE);
        const params = new URLSearchParams(text);
        params.delete('state');
        if (wrongState !== '') params.append('state', wrongState);
        expect(judgeRedirectParams(params, STATE).kind).toBe('bad-state');
      }),
      RUNS,
    );
  });

  it('with the state, a visible-ASCII token is captured exactly, and provider text is cleaned and bounded', () => {
    fc.assert(
      fc.property(bearerTokenArb, hostileText, hostileText, hostileText, (token, tokenType, scope, expiresIn) => {
        const params = new URLSearchParams({ state: STATE, access_token: token, token_type: tokenType, scope, expires_in: expiresIn });
        const verdict = judgeRedirectParams(params, STATE);
        expect(verdict).toMatchObject({ kind: 'token', token: { accessToken: token } });
        if (verdict.kind !== 'token') return;
        for (const text of [verdict.token.tokenType ?? '', verdict.token.scope ?? '']) expect(text).not.toMatch(UNSAFE);
        expect([...(verdict.token.tokenType ?? '')].length).toBeLessThanOrEqual(32);
        if (verdict.token.expiresIn !== null) expect(Number.isSafeInteger(verdict.token.expiresIn)).toBe(true);
      }),
      RUNS,
    );
  });

  it('with the state, a provider error is reported cleaned and bounded, whatever it says', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (error, description) => {
        fc.pre(error !== '' || description !== '');
        const verdict = judgeRedirectParams(new URLSearchParams({ state: STATE, error, error_description: description }), STATE);
        expect(verdict.kind).toBe('provider-error');
        if (verdict.kind !== 'provider-error') return;
        expect(verdict.error + verdict.description).not.toMatch(UNSAFE);
        expect([...verdict.error].length).toBeLessThanOrEqual(64);
        expect([...verdict.description].length).toBeLessThanOrEqual(300);
      }),
      RUNS,
    );
  });

  it('refuses a token repeated or holding anything but visible ASCII', () => {
    fc.assert(
      fc.property(bearerTokenArb, fc.constantFrom(' ', '\u0000', '\u00e9', '\u0430', '\u200b', '\n'), fc.boolean(), (token, bad, repeat) => {
        const params = new URLSearchParams({ state: STATE });
        params.append('access_token', repeat ? token : `${token}${bad}`);
        if (repeat) params.append('access_token', token);
        expect(judgeRedirectParams(params, STATE)).toMatchObject({ kind: 'no-token', reason: repeat ? 'repeated' : 'malformed' });
      }),
      RUNS,
    );
  });
});

describe('Host and Origin checks: properties', () => {
  const authorities = ['localhost', '127.0.0.1', '[::1]'];

  it('let through exactly this listener on loopback, in any case, and nothing else', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 65535 }), (text, port) => {
        const allowed = authorities.map((a) => `${a}:${port}`);
        expect(isAllowedHost(text, port)).toBe(allowed.includes(text.toLowerCase()));
        expect(isAllowedOrigin(text, port)).toBe(allowed.map((a) => `http://${a}`).includes(text.toLowerCase()));
      }),
      RUNS,
    );
  });

  it('refuse look-alikes of the loopback names: fullwidth, Cyrillic, percent-encoded, trailing dot, punycode, another port, user info', () => {
    const disguised = fc.oneof(
      disguisedHost('localhost').map((d) => `${d.host}:${PORT}`),
      disguisedHost('127.0.0.1').map((d) => `${d.host}:${PORT}`),
      fc.constantFrom(
        `localhost:${PORT + 1}`,
        `localhost`,
        `user@localhost:${PORT}`,
        `localhost:0${PORT}`,
        `127.1:${PORT}`,
        `[::ffff:127.0.0.1]:${PORT}`,
        `0.0.0.0:${PORT}`,
      ),
    );
    fc.assert(
      fc.property(disguised, fc.mixedCase(fc.constant('http://')), (host, scheme) => {
        expect(isAllowedHost(host, PORT)).toBe(false);
        expect(isAllowedOrigin(`${scheme}${host}`, PORT)).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('expires_in and port-owner output: properties', () => {
  it('an expiry is a date within ten years after now, or unknown', () => {
    const seconds = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308));
    fc.assert(
      fc.property(fc.option(seconds, { nil: null }), fc.date({ noInvalidDate: true, min: new Date(0), max: new Date('2200-01-01') }), (expiresIn, now) => {
        const at = computeExpiry(expiresIn, now);
        if (at === null) return;
        expect(at.getTime()).toBeGreaterThanOrEqual(now.getTime());
        expect(at.getTime() - now.getTime()).toBeLessThanOrEqual(10 * 366 * 24 * 60 * 60 * 1000);
      }),
      RUNS,
    );
  });

  it('port-owner parsers never throw, and name a process only in printable ASCII with a numeric pid', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 0, max: 70000 }), (output, port) => {
        for (const owner of [parseSsOwner(output), parseLsofOwner(output)]) if (owner !== null) expect(owner).toMatch(/^[\x20-\x7e]{1,64} \(pid \d{1,10}\)$/);
        const pid = parseNetstatPid(output, port);
        if (pid !== null) expect(pid).toMatch(/^\d+$/);
        parseTasklistName(output);
      }),
      RUNS,
    );
  });
});
