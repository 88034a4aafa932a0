import { describe, expect, it } from 'vitest';
import { validateCxoneAccessKeyId, validateCxoneAccessKeySecret, validateCxoneBearerToken } from '../../../shared/validators/cxone-secrets';
import type { ValidationResult } from '../../../shared/validators/result';

/** RFC 4648 base32 with padding: the shape of CXone access keys (32 bytes → 52 characters and "===="). */
function base32(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    for (; bits >= 5; bits -= 5) out += alphabet[(value >>> (bits - 5)) & 31];
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
}

/** Made-up keys of the real shape (not real credentials). */
const KEY_ID = base32(Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 255));
const KEY_SECRET = base32(Uint8Array.from({ length: 32 }, (_, i) => (i * 101 + 7) & 255));
/** Shaped like a JWT; its signature part is made up. */
const TOKEN = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzY29wZSI6InNjaW0ifQ.c2lnbmF0dXJlLW5vdC1yZWFs';

const noteCodes = (result: ValidationResult) => (result.ok ? (result.notes ?? []).map((n) => n.code) : null);
const refusal = (result: ValidationResult) => (result.ok ? { code: 'ok', variant: undefined } : { code: result.code, variant: result.params?.variant });

const FIELDS = [
  ['id', validateCxoneAccessKeyId, KEY_ID],
  ['secret', validateCxoneAccessKeySecret, KEY_SECRET],
] as const;

describe('the made-up keys have the documented shape', () => {
  it('56 characters: 52 of A-Z and 2-7, then ====', () => {
    for (const key of [KEY_ID, KEY_SECRET]) expect(key).toMatch(/^[A-Z2-7]{52}====$/);
  });
});

describe.each(FIELDS)('access key %s', (part, validate, key) => {
  const check = (input: string) => validate(input);

  it('accepts a key unchanged, without notes, and the value is a fixed point', () => {
    expect(check(key)).toEqual({ ok: true, value: key });
  });

  it.each([
    ['spaces and a line break around', `  ${key}\n`, ['trimmed-whitespace']],
    ['Windows line breaks around', `\r\n${key}\r\n`, []],
    ['quotes around', `"${key}"`, ['removed-quotes']],
    ['typographic quotes and spaces', ` \u2018${key}\u2019 `, ['trimmed-whitespace', 'removed-quotes']],
  ])('trims %s', (_label, input, notes) => {
    const result = check(input);
    expect(result).toMatchObject({ ok: true, value: key });
    expect(noteCodes(result)).toEqual(notes);
    if (result.ok) expect(check(result.value)).toEqual({ ok: true, value: key });
  });

  it.each([
    ['nothing', ' \n ', 'empty', part === 'id' ? 'access-key-id' : 'access-key-secret'],
    ['a space inside', `${key.slice(0, 20)} ${key.slice(20)}`, 'cxone-access-key-has-spaces', part],
    ['a line break inside', `${key.slice(0, 30)}\n${key.slice(30)}`, 'cxone-access-key-has-spaces', part],
    ['the ID and the secret pasted together', `${KEY_ID}\n${KEY_SECRET}`, 'cxone-access-key-has-spaces', part],
    ['lower case', key.toLowerCase(), 'cxone-access-key-bad-character', part],
    ['a digit outside base32', `${key.slice(0, 10)}8${key.slice(11)}`, 'cxone-access-key-bad-character', part],
    ['a base64 character', `${key.slice(0, 10)}+${key.slice(11)}`, 'cxone-access-key-bad-character', part],
    ['"=" inside', `${key.slice(0, 10)}=${key.slice(11)}`, 'cxone-access-key-bad-character', part],
    ['padding too early', `${key.slice(0, 50)}======`, 'cxone-access-key-bad-character', part],
    ['the padding lost', key.slice(0, 52), 'cxone-access-key-no-padding', part],
    ['cut off', key.slice(0, 30), 'cxone-access-key-too-short', part],
    ['cut off inside the padding', key.slice(0, 54), 'cxone-access-key-too-short', part],
    ['more copied', `${key.slice(0, 52)}AB====`, 'cxone-access-key-too-long', part],
    ['a JWT', TOKEN, 'cxone-access-key-is-token', part],
    ['a Bearer token', `Bearer ${TOKEN}`, 'cxone-access-key-is-token', part],
    ['a labelled bearer token', `Bearer token: ${TOKEN}`, 'cxone-access-key-is-token', part],
    ['an unlabelled opaque token (lower-case letters)', 'h7Qx2-kLmN0pRs.TuVw~xYz+9aB/cD==', 'cxone-access-key-looks-like-token', part],
    ['a lower-case key without its padding', key.slice(0, 52).toLowerCase(), 'cxone-access-key-bad-character', part],
  ])('refuses %s', (_label, input, code, variant) => {
    expect(refusal(check(input))).toEqual({ code, variant });
  });

  it('names the position of a space, 1-based', () => {
    expect(check(`${key.slice(0, 20)} ${key.slice(20)}`)).toMatchObject({ params: { position: 21 } });
  });

  it('names the bad character and its position', () => {
    expect(check(`${key.slice(0, 10)}8${key.slice(11)}`)).toMatchObject({ params: { char: '8', position: 11 } });
  });

  it('says how long it is and how long a key is', () => {
    expect(check(key.slice(0, 30))).toMatchObject({ params: { length: 30, expected: 56 } });
  });

  it('never puts the value in the message or the params', () => {
    for (const input of [key.slice(0, 30), `${key.slice(0, 52)}AB====`, `${key.slice(0, 20)} ${key.slice(20)}`, key.slice(0, 52), `Label: ${key}`]) {
      const result = check(input);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toContain(key.slice(0, 16));
    }
  });
});

describe('a swapped pair, told by the label copied with the value', () => {
  it.each([
    ['Secret access key: …', `Secret access key: ${KEY_SECRET}`],
    ['SecretAccessKey=…', `SecretAccessKey=${KEY_SECRET}`],
    ['"accessKeySecret": "…"', `"accessKeySecret": "${KEY_SECRET}"`],
    ['secret_key …', `secret_key ${KEY_SECRET}`],
    ['비밀 액세스 키: …', `비밀 액세스 키: ${KEY_SECRET}`],
    ['암호 액세스 키 …', `암호 액세스 키 ${KEY_SECRET}`],
  ])('a secret in the ID field: %s', (_label, input) => {
    const result = validateCxoneAccessKeyId(input);
    expect(refusal(result)).toEqual({ code: 'cxone-access-key-swapped', variant: 'id' });
    expect(result.ok ? '' : result.message).toBe(
      'This is labelled as the secret access key: paste it in the secret access key field, and the access key ID here.',
    );
  });

  it.each([
    ['Access Key ID: …', `Access Key ID: ${KEY_ID}`],
    ['access_key_id=…', `access_key_id=${KEY_ID}`],
    ['"accessKeyId":"…"', `"accessKeyId":"${KEY_ID}"`],
    ['액세스 키 ID: …', `액세스 키 ID: ${KEY_ID}`],
  ])('an ID in the secret field: %s', (_label, input) => {
    const result = validateCxoneAccessKeySecret(input);
    expect(refusal(result)).toEqual({ code: 'cxone-access-key-swapped', variant: 'secret' });
    expect(result.ok ? '' : result.message).toBe('This is labelled as the access key ID: paste it in the access key ID field, and the secret access key here.');
  });

  it.each([
    ['id', validateCxoneAccessKeyId, `Access key ID: ${KEY_ID}`],
    ['secret', validateCxoneAccessKeySecret, `Secret access key: ${KEY_SECRET}`],
  ] as const)('its own label in the %s field is refused as a label, not a swap', (part, validate, input) => {
    expect(refusal(validate(input))).toEqual({ code: 'cxone-access-key-has-label', variant: part });
  });

  it('the shapes alone cannot tell: the ID and the secret are both accepted in either field', () => {
    expect(validateCxoneAccessKeyId(KEY_SECRET)).toEqual({ ok: true, value: KEY_SECRET });
    expect(validateCxoneAccessKeySecret(KEY_ID)).toEqual({ ok: true, value: KEY_ID });
  });

  it('a key that merely starts with label-like letters is not a label', () => {
    const key = `SECRETKEY${KEY_ID.slice(9)}`;
    expect(validateCxoneAccessKeyId(key)).toEqual({ ok: true, value: key });
  });
});

describe('validateCxoneBearerToken', () => {
  const check = validateCxoneBearerToken;

  it.each([
    ['a JWT', TOKEN],
    ['an opaque base64url token', 'Zm9vYmFyYmF6cXV4LW9wYXF1ZS10b2tlbg'],
    ['a padded base64 token', 'dGhpcyBpcyBhIHRva2VuIHZhbHVl+/x=='],
    ['a value of the access-key shape (the token shape is unknown)', KEY_ID],
  ])('accepts %s unchanged, as a fixed point', (_label, token) => {
    expect(check(token)).toEqual({ ok: true, value: token });
  });

  it.each([
    ['spaces and line breaks around', `\n  ${TOKEN}  \n`, ['trimmed-whitespace']],
    ['quotes around', `'${TOKEN}'`, ['removed-quotes']],
  ])('trims %s', (_label, input, notes) => {
    const result = check(input);
    expect(result).toMatchObject({ ok: true, value: TOKEN });
    expect(noteCodes(result)).toEqual(notes);
  });

  it.each([
    ['nothing', '\r\n', 'empty', 'token'],
    ['a Bearer prefix', `Bearer ${TOKEN}`, 'token-has-bearer-prefix', undefined],
    ['a lower-case bearer prefix', `bearer ${TOKEN}`, 'token-has-bearer-prefix', undefined],
    ['a label', `SCIM token: ${TOKEN}`, 'cxone-bearer-token-has-label', undefined],
    ['a Korean label', `베어러 토큰: ${TOKEN}`, 'cxone-bearer-token-has-label', undefined],
    ['a labelled access key ID', `Access key ID: ${KEY_ID}`, 'cxone-bearer-token-is-access-key', 'id'],
    ['a labelled secret access key', `"accessKeySecret": "${KEY_SECRET}"`, 'cxone-bearer-token-is-access-key', 'secret'],
    ['a URL', 'https://na1.nice-incontact.com/oauth/scim/v2', 'cxone-bearer-token-is-url', undefined],
    ['a space inside', `${TOKEN.slice(0, 12)} ${TOKEN.slice(12)}`, 'token-has-spaces', undefined],
    ['a tab inside', `${TOKEN.slice(0, 12)}\t${TOKEN.slice(12)}`, 'token-has-spaces', undefined],
    ['a quote inside', `${TOKEN}"`, 'token-bad-character', undefined],
    ['"=" in the middle', `${TOKEN.slice(0, 12)}=${TOKEN.slice(12)}`, 'token-bad-character', undefined],
    ['only padding', '====', 'token-bad-character', undefined],
    ['a non-ASCII character', `${TOKEN}\u00E9`, 'token-bad-character', undefined],
    ['cut off', TOKEN.slice(0, 12), 'token-too-short', undefined],
    ['far too long', 'a'.repeat(4097), 'token-too-long', undefined],
  ])('refuses %s', (_label, input, code, variant) => {
    expect(refusal(check(input))).toEqual({ code, variant });
  });

  it('names the position of a space and of a bad character, 1-based', () => {
    expect(check(`${TOKEN.slice(0, 12)} ${TOKEN.slice(12)}`)).toMatchObject({ params: { position: 13 } });
    expect(check(`${TOKEN.slice(0, 12)}=${TOKEN.slice(12)}`)).toMatchObject({ params: { char: TOKEN[12], position: 14 } });
  });

  it('accepts 20 to 4096 characters', () => {
    expect(check('a'.repeat(20)).ok).toBe(true);
    expect(check('a'.repeat(19))).toMatchObject({ code: 'token-too-short', params: { length: 19, min: 20 } });
    expect(check('a'.repeat(4096)).ok).toBe(true);
  });

  it('never puts the token in the message or the params', () => {
    for (const input of [TOKEN.slice(0, 12), `${TOKEN.slice(0, 12)} ${TOKEN.slice(12)}`, `Bearer ${TOKEN}`, `${TOKEN}"`]) {
      expect(JSON.stringify(check(input))).not.toContain(TOKEN.slice(0, 10));
    }
  });
});
