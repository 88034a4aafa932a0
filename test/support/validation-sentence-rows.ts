import { validationEn, type ValidationTexts } from '../../shared/i18n/validation-en';
import { validationKo } from '../../shared/i18n/validation-ko';
import { validateCxoneBaseUrl } from '../../shared/validators/cxone-base-url';
import { validateCxoneRegion } from '../../shared/validators/cxone-region';
import { validateCxoneAccessKeyId, validateCxoneAccessKeySecret, validateCxoneBearerToken } from '../../shared/validators/cxone-secrets';
import type { ValidationResult } from '../../shared/validators/result';
import { formatValidationMessage, type ValidationParams } from '../../shared/validators/validation-message';

/**
 * The README's "The CXone codes in both languages" table (issue 8: new codes go in the README with their
 * Korean and English sentences): one row per CXone validator code and per `variant` the README's
 * "Validator codes" table documents, each sentence rendered from shared/i18n/validation-en.ts and
 * validation-ko.ts by formatValidationMessage, as the app renders them.
 *
 * Each example names the validator and the value typed into it: `params` is exactly what that validator
 * returns for that value (test/unit/readme/cxone-validation-sentences.test.ts checks it), so every
 * sentence in the README is one an admin can really see.
 */

export const README_SECTION_HEADING = '### The CXone codes in both languages';

export const CXONE_VALIDATORS = {
  'cxone-base-url': validateCxoneBaseUrl,
  'cxone-region': validateCxoneRegion,
  'cxone-access-key-id': validateCxoneAccessKeyId,
  'cxone-access-key-secret': validateCxoneAccessKeySecret,
  'cxone-bearer-token': validateCxoneBearerToken,
} as const satisfies Readonly<Record<string, (value: string) => ValidationResult>>;

export type CxoneValidatorId = keyof typeof CXONE_VALIDATORS;

export interface SentenceExample {
  validator: CxoneValidatorId;
  /** The value typed or pasted into the field. */
  input: string;
  code: string;
  /** What the validator returns with the code, `variant` included; `{}` when it returns none. */
  params: ValidationParams;
}

/** A made-up access key of the one shape seen (56 characters: 52 of RFC 4648 base32, then "===="). */
const KEY = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSW====';
const BASE = 'https://na1.nice-incontact.com';

export const CXONE_EXAMPLES: readonly SentenceExample[] = [
  // CXone base URL (shared/validators/cxone-base-url.ts).
  { validator: 'cxone-base-url', input: '  ', code: 'empty', params: { variant: 'cxone-base-url' } },
  { validator: 'cxone-base-url', input: 'https//na1.nice-incontact.com/scim/v2', code: 'cxone-base-url-not-a-url', params: {} },
  {
    validator: 'cxone-base-url',
    input: 'https://na1.nice-incontact.com/scim/v2 https://na1.nice-incontact.com/oauth/scim/v2',
    code: 'cxone-base-url-not-a-url',
    params: { variant: 'blank', char: ' ', position: 39 },
  },
  { validator: 'cxone-base-url', input: 'https:\\\\na1.nice-incontact.com\\scim\\v2', code: 'cxone-base-url-not-a-url', params: { variant: 'backslash' } },
  { validator: 'cxone-base-url', input: 'https:///scim/v2', code: 'cxone-base-url-not-a-url', params: { variant: 'no-host' } },
  { validator: 'cxone-base-url', input: 'ftp://na1.nice-incontact.com/scim/v2', code: 'cxone-base-url-scheme', params: { scheme: 'ftp' } },
  { validator: 'cxone-base-url', input: 'http://na1.nice-incontact.com/scim/v2', code: 'cxone-base-url-scheme', params: { scheme: 'http', variant: 'http' } },
  { validator: 'cxone-base-url', input: 'na1.nice-incontact.com/scim/v2', code: 'cxone-base-url-scheme', params: { variant: 'missing' } },
  {
    validator: 'cxone-base-url',
    input: 'https://na1.nice-incontact.com:secret@evil.example/scim/v2',
    code: 'cxone-base-url-userinfo',
    params: { host: 'evil.example' },
  },
  { validator: 'cxone-base-url', input: 'https://user:pw@/scim/v2', code: 'cxone-base-url-userinfo', params: { variant: 'no-host' } },
  { validator: 'cxone-base-url', input: 'https://scim.example.com/scim/v2', code: 'cxone-base-url-host', params: { host: 'scim.example.com' } },
  {
    validator: 'cxone-base-url',
    input: 'https://nice-incontact.com/scim/v2',
    code: 'cxone-base-url-host',
    params: { variant: 'no-area', host: 'nice-incontact.com' },
  },
  {
    validator: 'cxone-base-url',
    input: 'https://api-na1.nice-incontact.com/scim/v2',
    code: 'cxone-base-url-host',
    params: { variant: 'area', host: 'api-na1.nice-incontact.com', area: 'api-na1' },
  },
  {
    validator: 'cxone-base-url',
    input: 'https://na1.evil.nice-incontact.com/scim/v2',
    code: 'cxone-base-url-host',
    params: { variant: 'extra-labels', host: 'na1.evil.nice-incontact.com' },
  },
  {
    validator: 'cxone-base-url',
    input: 'https://na1.niceincontact.com/scim/v2',
    code: 'cxone-base-url-oauth-host',
    params: { host: 'na1.niceincontact.com', expected: 'na1.nice-incontact.com' },
  },
  {
    validator: 'cxone-base-url',
    input: 'https://na1.nice-incontact.co/scim/v2',
    code: 'cxone-base-url-lookalike-host',
    params: { host: 'na1.nice-incontact.co', expected: 'na1.nice-incontact.com', reason: 'typo-one', genuine: 'na1.nice-incontact.com', distance: 1 },
  },
  { validator: 'cxone-base-url', input: `${BASE}:443/scim/v2`, code: 'cxone-base-url-port', params: { port: '443' } },
  { validator: 'cxone-base-url', input: `${BASE}/api/scim/v2`, code: 'cxone-base-url-path', params: { path: '/api/scim/v2' } },
  { validator: 'cxone-base-url', input: BASE, code: 'cxone-base-url-path', params: { path: '', variant: 'no-path' } },
  { validator: 'cxone-base-url', input: `${BASE}/SCIM/v2`, code: 'cxone-base-url-path', params: { path: '/SCIM/v2', variant: 'case' } },
  { validator: 'cxone-base-url', input: `${BASE}/scim/oauth/v2`, code: 'cxone-base-url-path', params: { path: '/scim/oauth/v2', variant: 'order' } },
  { validator: 'cxone-base-url', input: `${BASE}/scim%2Fv2`, code: 'cxone-base-url-path', params: { path: '/scim%2Fv2', variant: 'percent' } },
  {
    validator: 'cxone-base-url',
    input: `${BASE}/oauth/../scim/v2`,
    code: 'cxone-base-url-path',
    params: { path: '/oauth/../scim/v2', variant: 'dot-segments' },
  },
  { validator: 'cxone-base-url', input: `${BASE}/scim//v2`, code: 'cxone-base-url-path', params: { path: '/scim//v2', variant: 'empty-segment' } },
  { validator: 'cxone-base-url', input: `${BASE}/scim/v2/Groups`, code: 'cxone-base-url-path', params: { variant: 'extra', extra: '/Groups' } },
  { validator: 'cxone-base-url', input: `${BASE}/scim/v2?filter=userName`, code: 'cxone-base-url-query', params: {} },
  { validator: 'cxone-base-url', input: `${BASE}/scim/v2#Users`, code: 'cxone-base-url-fragment', params: {} },

  // CXone area code (shared/validators/cxone-region.ts).
  { validator: 'cxone-region', input: '', code: 'empty', params: { variant: 'cxone-region' } },
  { validator: 'cxone-region', input: '1na', code: 'cxone-region-digits-first', params: { value: '1na' } },
  { validator: 'cxone-region', input: 'na-1', code: 'cxone-region-bad-character', params: { char: '-', position: 3 } },
  {
    validator: 'cxone-region',
    input: 'na1234',
    code: 'cxone-region-shape',
    params: { value: 'na1234', minLetters: 2, maxLetters: 10, minDigits: 1, maxDigits: 3 },
  },
  { validator: 'cxone-region', input: 'na', code: 'cxone-region-shape', params: { variant: 'no-digits', value: 'na' } },
  { validator: 'cxone-region', input: 'na1.nice-incontact.com', code: 'cxone-region-host', params: { area: 'na1' } },
  { validator: 'cxone-region', input: 'cxone.niceincontact.com', code: 'cxone-region-host', params: { variant: 'other' } },

  // Access key ID and secret access key (shared/validators/cxone-secrets.ts).
  { validator: 'cxone-access-key-id', input: '', code: 'empty', params: { variant: 'access-key-id' } },
  { validator: 'cxone-access-key-secret', input: '', code: 'empty', params: { variant: 'access-key-secret' } },
  { validator: 'cxone-access-key-id', input: `JBSW ${KEY.slice(4)}`, code: 'cxone-access-key-has-spaces', params: { variant: 'id', position: 5 } },
  { validator: 'cxone-access-key-secret', input: `JBSW ${KEY.slice(4)}`, code: 'cxone-access-key-has-spaces', params: { variant: 'secret', position: 5 } },
  {
    validator: 'cxone-access-key-id',
    input: `JBSW1${KEY.slice(5)}`,
    code: 'cxone-access-key-bad-character',
    params: { variant: 'id', char: '1', position: 5 },
  },
  {
    validator: 'cxone-access-key-secret',
    input: `JBSW1${KEY.slice(5)}`,
    code: 'cxone-access-key-bad-character',
    params: { variant: 'secret', char: '1', position: 5 },
  },
  { validator: 'cxone-access-key-id', input: KEY.slice(0, 52), code: 'cxone-access-key-no-padding', params: { variant: 'id' } },
  { validator: 'cxone-access-key-secret', input: KEY.slice(0, 52), code: 'cxone-access-key-no-padding', params: { variant: 'secret' } },
  { validator: 'cxone-access-key-id', input: KEY.slice(0, 30), code: 'cxone-access-key-too-short', params: { variant: 'id', length: 30, expected: 56 } },
  {
    validator: 'cxone-access-key-secret',
    input: KEY.slice(0, 30),
    code: 'cxone-access-key-too-short',
    params: { variant: 'secret', length: 30, expected: 56 },
  },
  { validator: 'cxone-access-key-id', input: `${KEY}=`, code: 'cxone-access-key-too-long', params: { variant: 'id', length: 57, expected: 56 } },
  { validator: 'cxone-access-key-secret', input: `${KEY}=`, code: 'cxone-access-key-too-long', params: { variant: 'secret', length: 57, expected: 56 } },
  { validator: 'cxone-access-key-id', input: `Access key ID: ${KEY}`, code: 'cxone-access-key-has-label', params: { variant: 'id' } },
  { validator: 'cxone-access-key-secret', input: `Secret access key: ${KEY}`, code: 'cxone-access-key-has-label', params: { variant: 'secret' } },
  { validator: 'cxone-access-key-id', input: `Secret access key: ${KEY}`, code: 'cxone-access-key-swapped', params: { variant: 'id' } },
  { validator: 'cxone-access-key-secret', input: `"accessKeyId": "${KEY}"`, code: 'cxone-access-key-swapped', params: { variant: 'secret' } },
  { validator: 'cxone-access-key-id', input: 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln', code: 'cxone-access-key-is-token', params: { variant: 'id' } },
  {
    validator: 'cxone-access-key-secret',
    input: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln',
    code: 'cxone-access-key-is-token',
    params: { variant: 'secret' },
  },

  { validator: 'cxone-access-key-id', input: 'h7Qx2-kLmN0pRs.TuVw~xYz+9aB/cD==', code: 'cxone-access-key-looks-like-token', params: { variant: 'id' } },
  { validator: 'cxone-access-key-secret', input: 'h7Qx2-kLmN0pRs.TuVw~xYz+9aB/cD==', code: 'cxone-access-key-looks-like-token', params: { variant: 'secret' } },

  // SCIM bearer token (shared/validators/cxone-secrets.ts; its token-* codes are the Webex token's, listed there).
  { validator: 'cxone-bearer-token', input: '', code: 'empty', params: { variant: 'token' } },
  { validator: 'cxone-bearer-token', input: 'SCIM token: 3f9a1c7e5b2d48a6b0c4e8f1a7d3b5c9', code: 'cxone-bearer-token-has-label', params: {} },
  { validator: 'cxone-bearer-token', input: `Access key ID: ${KEY}`, code: 'cxone-bearer-token-is-access-key', params: { variant: 'id' } },
  { validator: 'cxone-bearer-token', input: `Secret access key: ${KEY}`, code: 'cxone-bearer-token-is-access-key', params: { variant: 'secret' } },
  { validator: 'cxone-bearer-token', input: `${BASE}/oauth/scim/v2`, code: 'cxone-bearer-token-is-url', params: {} },
];

/**
 * Sentences in the texts with no row: the README's code table does not document these variants yet.
 * Give one a row (and the README's code table a mention) to list it.
 */
export const UNDOCUMENTED_CXONE_KEYS: readonly string[] = [];

/** The `empty` variants the CXone validators return (README: `empty`, "CXone: ..."). */
export const CXONE_EMPTY_VARIANTS: readonly string[] = ['cxone-base-url', 'cxone-region', 'access-key-id', 'access-key-secret', 'token'];

/** The texts' key an example renders: `code` or `code_<variant>`. */
export function textKey(example: SentenceExample): string {
  const { variant } = example.params;
  return variant === undefined ? example.code : `${example.code}_${variant}`;
}

/** Every CXone sentence of a texts table: `cxone-*` keys and the CXone `empty_*` ones. */
export function cxoneTextKeys(texts: ValidationTexts): string[] {
  const emptyKeys = new Set(CXONE_EMPTY_VARIANTS.map((variant) => `empty_${variant}`));
  return Object.keys(texts).filter((key) => key.startsWith('cxone-') || emptyKeys.has(key));
}

export interface SentenceRow {
  code: string;
  variant: string | undefined;
  en: string;
  ko: string;
}

export function render(texts: ValidationTexts, example: SentenceExample): string {
  const sentence = formatValidationMessage(texts, example.code, example.params);
  if (sentence === null) throw new Error(`No sentence for ${textKey(example)}`);
  return sentence;
}

export function buildRows(examples: readonly SentenceExample[] = CXONE_EXAMPLES): SentenceRow[] {
  return examples.map((example) => ({
    code: example.code,
    variant: example.params.variant === undefined ? undefined : String(example.params.variant),
    en: render(validationEn, example),
    ko: render(validationKo, example),
  }));
}

/**
 * A sentence as Markdown cell text that renders as the sentence itself: `|` would end the cell, `\` would
 * escape the next character, `<area>` would be read as an HTML tag, `*`, `_` and backquotes as emphasis or code.
 */
export function markdownCell(text: string): string {
  return text.replace(/[\\|<*_`[\]]/g, (c) => `\\${c}`);
}

function codeCell(row: SentenceRow): string {
  return row.variant === undefined ? `\`${row.code}\`` : `\`${row.code}\` (\`${row.variant}\`)`;
}

/** The table alone, one line per row (what the test compares with the README). */
export function buildTable(rows: readonly SentenceRow[] = buildRows()): string {
  const lines = ['| code (`variant`) | English | Korean |', '| --- | --- | --- |'];
  for (const row of rows) lines.push(`| ${codeCell(row)} | ${markdownCell(row.en)} | ${markdownCell(row.ko)} |`);
  return lines.join('\n');
}

/** The whole sub-section, to put right after the README's "Validator codes" table. */
export function buildSection(rows: readonly SentenceRow[] = buildRows()): string {
  return [
    README_SECTION_HEADING,
    '',
    'Every CXone refusal as the wizard shows it, in English (the CLI and main use the same sentence) and in Korean.',
    'Each is rendered from [`shared/i18n/validation-en.ts`](shared/i18n/validation-en.ts) and',
    '[`validation-ko.ts`](shared/i18n/validation-ko.ts) with the params its validator returns for an example',
    'value (e.g. `https://na1.nice-incontact.co/scim/v2`, a space at position 5 of an access key).',
    '[`test/unit/readme/cxone-validation-sentences.test.ts`](test/unit/readme/cxone-validation-sentences.test.ts)',
    'fails when this table and the texts differ; `PRINT_TABLE=1` prints the table to paste.',
    '',
    buildTable(rows),
    '',
  ].join('\n');
}
