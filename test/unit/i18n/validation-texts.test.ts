import { describe, expect, it } from 'vitest';
import { validationEn } from '../../../shared/i18n/validation-en';
import { validationKo } from '../../../shared/i18n/validation-ko';
import { VALIDATORS } from '../../../shared/validators';
import { validateBearerToken } from '../../../shared/validators/bearer-token';
import { validateEmail } from '../../../shared/validators/email';
import { validateExpiryDate } from '../../../shared/validators/secret-expiry';
import type { ValidationResult } from '../../../shared/validators/result';
import { formatValidationMessage } from '../../../shared/validators/validation-message';
import { validateWebexOrgId } from '../../../shared/validators/webex-org-id';
import { validateWebexTenantUrl } from '../../../shared/validators/webex-tenant-url';
import { validateFieldValue } from '../../../electron/services/handlers/field-validation';

const ID = 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c';
const SEED = 'a35bfbc6-ccbd-4a17-a488-72gf46c5420c';
const HANGUL = /[\uAC00-\uD7A3]/;
const TOKEN = 'MzQ5YjA2ZTEtMGY3Ni00YmQ5LWE0ZWQtZmFrZXRva2Vu';
const NOW = new Date('2026-03-01T00:00:00Z');
const b64 = (text: string) => Buffer.from(text).toString('base64');
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((m) => m[1]))].sort();

const commercial = (v: string) => validateWebexTenantUrl(v, { offer: 'commercial' });
const onTestBase = (v: string) => validateWebexTenantUrl(v, { offer: 'commercial', scimBaseUrl: 'http://127.0.0.1:4000/scim/v2' });

/** One bad input per sentence of the tables: every refusal an admin can meet. */
const CORPUS: Array<[string, ValidationResult]> = [
  ['empty', VALIDATORS['non-empty'](' ', { fields: {} })],
  ['empty_org-id', validateWebexOrgId('')],
  ['empty_org-input', VALIDATORS['webex-org-input']('""', { fields: {} })],
  ['empty_tenant-url', commercial(' ')],
  ['empty_email', validateEmail('')],
  ['email-invalid', validateEmail('admin@')],
  ['not-an-option', validateFieldValue({ id: 'x', kind: 'choice', labelKey: 'x', options: [{ value: 'a', labelKey: 'a' }] } as never, 'zz', {}, '')],
  ['not-a-boolean', validateFieldValue({ id: 'x', kind: 'checkbox', labelKey: 'x' } as never, 'yes', {}, '')],
  ['org-id-bad-character', validateWebexOrgId(SEED)],
  ['org-id-bad-character_lookalike', validateWebexOrgId(`${ID.slice(0, 35)}O`)],
  ['org-id-group-length', validateWebexOrgId('a35bfbc6-ccb-4a17-a488-72ef46c5420c')],
  ['org-id-group-length_one', validateWebexOrgId('a35bfbc6-c-4a17-a488-72ef46c5420c')],
  ['org-id-group-count', validateWebexOrgId('a35bfbc6-ccbd')],
  ['org-id-group-count_no-dashes', validateWebexOrgId('a35bfbc6ccbd')],
  ['org-id-too-long', validateWebexOrgId(`${ID}${ID}`)],
  ['org-id-base64-not-organization', validateWebexOrgId(b64('hello world, this is plain text'))],
  ['org-id-base64-not-organization_typed', validateWebexOrgId(b64(`ciscospark://us/PEOPLE/${ID}`))],
  ['org-id-base64-not-organization_undecodable', validateWebexOrgId(`Y2lzY29zcGFyazov${'/w'.repeat(10)}`)],
  ['org-id-is-url', validateWebexOrgId(`https://api.ciscospark.com/v1/scim/${ID}`)],
  ['invalid-scim-base', validateWebexTenantUrl(`https://api.ciscospark.com/v1/scim/${ID}`, { offer: 'commercial', scimBaseUrl: 'ftp://x' })],
  ['not-a-url', commercial('api')],
  ['not-a-url_blank', commercial(`https://api.ciscospark.com/v1/scim/${ID} x`)],
  ['not-a-url_backslash', commercial(`https:\\\\api.ciscospark.com\\v1\\scim\\${ID}`)],
  ['not-a-url_no-host', commercial(`https:///v1/scim/${ID}`)],
  ['not-https', commercial(`ftp://api.ciscospark.com/v1/scim/${ID}`)],
  ['not-https_http', commercial(`http://api.ciscospark.com/v1/scim/${ID}`)],
  ['wrong-scheme', onTestBase(`https://127.0.0.1:4000/scim/v2/${ID}`)],
  ['userinfo', commercial(`https://api.ciscospark.com@evil.example/v1/scim/${ID}`)],
  ['userinfo_no-host', commercial(`https://api.ciscospark.com@/v1/scim/${ID}`)],
  ['port', commercial(`https://api.ciscospark.com:443/v1/scim/${ID}`)],
  ['port_test', onTestBase(`http://127.0.0.1:4001/scim/v2/${ID}`)],
  ['port_test-none', onTestBase(`http://127.0.0.1/scim/v2/${ID}`)],
  ['query', commercial(`https://api.ciscospark.com/v1/scim/${ID}?a=b`)],
  ['fragment', commercial(`https://api.ciscospark.com/v1/scim/${ID}#x`)],
  ['wrong-offer', commercial(`https://api-usgov.webex.com/v1/scim/${ID}`)],
  [
    'wrong-offer_test',
    validateWebexTenantUrl(`https://api-usgov.webex.com/v1/scim/${ID}`, { offer: 'commercial', scimBaseUrl: 'https://127.0.0.1:4000/scim/v2' }),
  ],
  ['lookalike-host', commercial(`https://api.ciscospark.com.evil.example/v1/scim/${ID}`)],
  ['wrong-host', commercial(`https://evil.example/v1/scim/${ID}`)],
  ['wrong-host_test', onTestBase(`http://localhost:4000/scim/v2/${ID}`)],
  ['wrong-path', commercial(`https://api.ciscospark.com/v2/scim/${ID}`)],
  ['wrong-path_case', commercial(`https://api.ciscospark.com/V1/SCIM/${ID}`)],
  ['wrong-path_no-path', commercial('https://api.ciscospark.com')],
  ['wrong-path_percent', commercial(`https://api.ciscospark.com/v1/%73cim/${ID}`)],
  ['wrong-path_dot-segments', commercial(`https://api.ciscospark.com/v1/x/../scim/${ID}`)],
  ['wrong-path_empty-segment', commercial(`https://api.ciscospark.com/v1//scim/${ID}`)],
  ['missing-org-id', commercial('https://api.ciscospark.com/v1/scim/')],
  ['extra-path-segments', commercial(`https://api.ciscospark.com/v1/scim/${ID}/Users`)],
  ['empty_token', validateBearerToken(' \n')],
  ['token-has-url-parts', validateBearerToken(`access_token=${TOKEN}&token_type=Bearer`)],
  ['token-has-bearer-prefix', validateBearerToken(`Bearer ${TOKEN}`)],
  ['token-has-spaces', validateBearerToken(`${TOKEN.slice(0, 9)} ${TOKEN.slice(9)}`)],
  ['token-bad-character', validateBearerToken(`${TOKEN}"x`)],
  ['token-too-short', validateBearerToken('abc123')],
  ['token-too-long', validateBearerToken('a'.repeat(5000))],
  ['empty_expiry', validateExpiryDate('', NOW, 365)],
  ['expiry-not-a-date', validateExpiryDate('2026-02-30', NOW, 365)],
  ['expiry-in-past', validateExpiryDate('2026-01-01', NOW, 365)],
  ['expiry-too-far', validateExpiryDate('2028-01-01', NOW, 365)],
];

const sentenceKey = (r: ValidationResult) => (r.ok ? 'ok' : r.params?.variant === undefined ? r.code : `${r.code}_${r.params.variant}`);

describe('validator sentences in English and Korean', () => {
  it('Korean has a sentence for every English one, with the same placeholders, in Hangul', () => {
    for (const [key, en] of Object.entries(validationEn)) {
      const ko = (validationKo as Record<string, string>)[key];
      expect(ko, key).toBeTypeOf('string');
      expect(placeholders(ko ?? ''), key).toEqual(placeholders(en));
      if (!key.startsWith('char_') && key !== 'offer_government') expect(ko, key).toMatch(HANGUL);
    }
    expect(Object.keys(validationKo).sort()).toEqual(Object.keys(validationEn).sort());
  });

  it.each(CORPUS)('%s: the corpus reaches this sentence and both languages render it whole', (expected, result) => {
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(sentenceKey(result)).toBe(expected);
    const en = formatValidationMessage(validationEn, result.code, result.params);
    const ko = formatValidationMessage(validationKo, result.code, result.params);
    expect(en).toBe(result.message);
    for (const text of [en, ko]) {
      expect(text).not.toMatch(/\{\{|undefined|null/);
    }
    expect(ko).toMatch(HANGUL);
    for (const value of Object.values(result.params ?? {})) {
      if (typeof value === 'number') expect(ko, `${expected} keeps ${value}`).toContain(String(value));
    }
  });

  it('the corpus covers every sentence (pieces such as reasons and characters are covered below)', () => {
    const reached = new Set(CORPUS.map(([key]) => key));
    const sentences = Object.keys(validationEn).filter((k) => !/^(within|reason|char|offer)_/.test(k));
    expect(sentences.filter((k) => !reached.has(k))).toEqual([]);
  });

  it("names the seed's bad character and its position in Korean, inside a tenant URL too", () => {
    const alone = validateWebexOrgId(SEED);
    const inUrl = commercial(`https://api.ciscospark.com/v1/scim/${SEED}`);
    if (alone.ok || inUrl.ok) throw new Error('expected refusals');
    const rule = '조직 ID에는 16진수 문자(0-9, a-f)와 대시(-)만 쓰세요.';
    // 'g' is read 지: no 받침, so 는.
    expect(formatValidationMessage(validationKo, alone.code, alone.params)).toBe(`27번째 문자 'g'는 쓸 수 없습니다. ${rule}`);
    expect(formatValidationMessage(validationKo, inUrl.code, inUrl.params)).toBe(
      `URL 끝의 조직 ID가 올바르지 않습니다. 27번째 문자 'g'는 쓸 수 없습니다. ${rule}`,
    );
  });

  it('puts nested contexts first, outermost first (a base64 id inside a tenant URL)', () => {
    const inner = b64(`ciscospark://us/ORGANIZATION/${SEED}`);
    const result = commercial(`https://api.ciscospark.com/v1/scim/${inner}`);
    expect(result).toMatchObject({ ok: false, code: 'org-id-bad-character', params: { within: 'tenant-url,base64', decodedId: SEED } });
    if (result.ok) return;
    expect(result.message).toBe(
      `The Org ID at the end of the URL is not valid. The base64 Org ID decodes to "${SEED}", which is not valid. Character 'g' at position 27 is not a hexadecimal digit (0-9, a-f).`,
    );
    expect(formatValidationMessage(validationKo, result.code, result.params)).toMatch(
      /^URL 끝의 조직 ID가 올바르지 않습니다\. base64 조직 ID를 해독한 값\(".+"\)이 올바르지 않습니다\. 27번째/,
    );
  });

  it.each([
    [`https://api.cisc\u043Espark.com/v1/scim/${ID}`, 'non-ascii', /U\+043E/],
    [`https://api.cisco%73park.com/v1/scim/${ID}`, 'percent', /퍼센트/],
    [`https://xn--api-ciscospark-xyz.com/v1/scim/${ID}`, 'punycode', /punycode/],
    [`https://api.ciscospark.com./v1/scim/${ID}`, 'trailing-dot', /점/],
    [`https://apl.ciscospark.com/v1/scim/${ID}`, 'lookalike-characters', /비슷하게/],
    [`https://api.ciscosparc.com/v1/scim/${ID}`, 'typo-one', /1자/],
    [`https://api.ciscosprk.co/v1/scim/${ID}`, 'typo', /2자/],
    [`https://login-ciscospark.net/v1/scim/${ID}`, 'brand', /ciscospark/],
  ])('look-alike host %s: reason %s in both languages', (input, reason, koPattern) => {
    const result = commercial(input);
    expect(result).toMatchObject({ ok: false, code: 'lookalike-host', params: { reason } });
    if (result.ok) return;
    expect(result.message).toContain('only looks like api.ciscospark.com');
    expect(formatValidationMessage(validationKo, result.code, result.params)).toMatch(koPattern);
  });

  it.each([
    [' ', "' ' (a space)", "' '(공백)"],
    ['\u200B', 'U+200B (an invisible character)', 'U+200B(보이지 않는 문자)'],
    ['é', "'é' (U+00E9)", "'é'(U+00E9)"],
  ])('names the character %j by language', (char, en, ko) => {
    const result = validateWebexOrgId(`a35bfbc6${char}ccbd-4a17-a488-72ef46c5420c`);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.message).toContain(en);
    expect(formatValidationMessage(validationKo, result.code, result.params)).toContain(ko);
  });

  it('returns null for a code it does not know, so callers fall back to the message', () => {
    expect(formatValidationMessage(validationKo, 'no-such-code', {})).toBeNull();
  });
});
