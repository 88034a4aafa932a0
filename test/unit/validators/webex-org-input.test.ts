import { describe, expect, it } from 'vitest';
import { VALIDATORS } from '../../../shared/validators';
import { normaliseWebexOrgInput } from '../../../shared/validators/webex-org-input';
import { validateWebexTenantUrl } from '../../../shared/validators/webex-tenant-url';

const ID = 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c';
const SEED = 'a35bfbc6-ccbd-4a17-a488-72gf46c5420c';
const COMMERCIAL = `https://api.ciscospark.com/v1/scim/${ID}`;
const GOVERNMENT = `https://api-usgov.webex.com/v1/scim/${ID}`;
const B64 = Buffer.from(`ciscospark://us/ORGANIZATION/${ID}`).toString('base64');
const TEST_BASE = 'http://127.0.0.1:4567/scim/v2';

describe('normaliseWebexOrgInput', () => {
  it.each([
    ['org-id', ID],
    ['org-id', ` '${ID.toUpperCase()}' `],
    ['base64-org-id', B64],
    ['base64-org-id', B64.replace(/=+$/, '')],
    ['tenant-url', COMMERCIAL],
    ['tenant-url', `${COMMERCIAL}/`],
  ] as const)('reads %s input %j into the Org ID and the commercial tenant URL', (kind, input) => {
    expect(normaliseWebexOrgInput(input, { offer: 'commercial' })).toMatchObject({ ok: true, orgId: ID, tenantUrl: COMMERCIAL, inputKind: kind });
  });

  it('builds the tenant URL for the chosen offer', () => {
    expect(normaliseWebexOrgInput(ID, { offer: 'government' })).toMatchObject({ ok: true, tenantUrl: GOVERNMENT });
    expect(normaliseWebexOrgInput(GOVERNMENT, { offer: 'government' })).toMatchObject({ ok: true, tenantUrl: GOVERNMENT, inputKind: 'tenant-url' });
  });

  it('builds the tenant URL on the test base when one is in force', () => {
    expect(normaliseWebexOrgInput(ID, { offer: 'commercial', scimBaseUrl: TEST_BASE })).toMatchObject({ ok: true, tenantUrl: `${TEST_BASE}/${ID}` });
    expect(normaliseWebexOrgInput(`${TEST_BASE}/${ID}`, { offer: 'commercial', scimBaseUrl: TEST_BASE })).toMatchObject({
      ok: true,
      tenantUrl: `${TEST_BASE}/${ID}`,
      inputKind: 'tenant-url',
    });
  });

  it('keeps the notes of what it normalised', () => {
    const result = normaliseWebexOrgInput(`"${ID.toUpperCase()}"`, { offer: 'commercial' });
    expect(result.ok && result.notes.map((n) => n.code)).toEqual(['removed-quotes', 'lower-cased']);
    const decoded = normaliseWebexOrgInput(B64, { offer: 'commercial' });
    expect(decoded.ok && decoded.notes.map((n) => n.code)).toEqual(['decoded-base64']);
  });

  it('reports URL problems with the tenant URL codes, and Org ID problems with the Org ID codes', () => {
    expect(normaliseWebexOrgInput(GOVERNMENT, { offer: 'commercial' })).toMatchObject({ ok: false, code: 'wrong-offer' });
    expect(normaliseWebexOrgInput(`http://api.ciscospark.com/v1/scim/${ID}`, { offer: 'commercial' })).toMatchObject({ ok: false, code: 'not-https' });
    expect(normaliseWebexOrgInput('https://api.ciscospark.com/v1/scim/', { offer: 'commercial' })).toMatchObject({ ok: false, code: 'missing-org-id' });
    expect(normaliseWebexOrgInput(SEED, { offer: 'commercial' })).toMatchObject({
      ok: false,
      code: 'org-id-bad-character',
      params: { char: 'g', position: 27 },
    });
    const b64People = Buffer.from(`ciscospark://us/PEOPLE/${ID}`).toString('base64');
    expect(normaliseWebexOrgInput(b64People, { offer: 'commercial' })).toMatchObject({ ok: false, code: 'org-id-base64-not-organization' });
  });

  it('treats text with a "/" as a URL, so a missing https:// is named rather than a bad character', () => {
    expect(normaliseWebexOrgInput(`api.ciscospark.com/v1/scim/${ID}`, { offer: 'commercial' })).toMatchObject({ ok: false, code: 'not-a-url' });
    expect(normaliseWebexOrgInput(`HTTPS:api.ciscospark.com`, { offer: 'commercial' })).toMatchObject({ ok: false, code: 'not-a-url' });
  });

  it('gives the result of the tenant URL validator for URL input, code for code', () => {
    for (const input of [
      `https://api.ciscospark.com:443/v1/scim/${ID}`,
      `https://api.ciscospark.com@evil.example/v1/scim/${ID}`,
      `https://apl.ciscospark.com/v1/scim/${ID}`,
    ]) {
      const direct = validateWebexTenantUrl(input, { offer: 'commercial' });
      const viaInput = normaliseWebexOrgInput(input, { offer: 'commercial' });
      expect(viaInput.ok).toBe(false);
      expect(!viaInput.ok && viaInput.code).toBe(!direct.ok && direct.code);
    }
  });

  it('refuses empty input with a message naming both accepted forms', () => {
    expect(normaliseWebexOrgInput(' "" ', { offer: 'commercial' })).toEqual({
      ok: false,
      code: 'empty',
      message: 'Enter the Webex Org ID or the tenant URL.',
      params: { variant: 'org-input' },
    });
  });

  it('refuses to build on an unusable base', () => {
    expect(normaliseWebexOrgInput(ID, { offer: 'commercial', scimBaseUrl: 'http://example.com/scim' })).toMatchObject({ ok: false, code: 'invalid-scim-base' });
  });

  it('is idempotent: its tenant URL read back gives the same tenant URL', () => {
    for (const input of [ID, B64, ` ${COMMERCIAL}/ `, ID.toUpperCase()]) {
      const first = normaliseWebexOrgInput(input, { offer: 'commercial' });
      if (!first.ok) throw new Error(`expected ${input} to be valid`);
      expect(normaliseWebexOrgInput(first.tenantUrl, { offer: 'commercial' })).toEqual({
        ok: true,
        orgId: ID,
        tenantUrl: first.tenantUrl,
        notes: [],
        inputKind: 'tenant-url',
      });
    }
  });
});

describe('VALIDATORS', () => {
  const none = { fields: {}, endpoints: {} };

  it('webex-org-input: the value is the tenant URL, for the offer in the fields', () => {
    expect(VALIDATORS['webex-org-input'](ID, none)).toEqual({ ok: true, value: COMMERCIAL });
    expect(VALIDATORS['webex-org-input'](ID, { fields: { 'webex.offer': 'government' }, endpoints: {} })).toEqual({ ok: true, value: GOVERNMENT });
    expect(VALIDATORS['webex-org-input'](ID, { fields: { 'webex.offer': 'something else' }, endpoints: {} })).toEqual({ ok: true, value: COMMERCIAL });
    expect(VALIDATORS['webex-org-input'](ID, { fields: {}, endpoints: { 'scimBaseUrl.commercial': TEST_BASE } })).toEqual({
      ok: true,
      value: `${TEST_BASE}/${ID}`,
    });
  });

  it('webex-org-input: passes notes and failures through', () => {
    expect(VALIDATORS['webex-org-input'](B64, none)).toMatchObject({ ok: true, value: COMMERCIAL, notes: [{ code: 'decoded-base64' }] });
    expect(VALIDATORS['webex-org-input'](SEED, none)).toMatchObject({ ok: false, code: 'org-id-bad-character', params: { char: 'g', position: 27 } });
    expect(VALIDATORS['webex-org-input'](COMMERCIAL, { fields: { 'webex.offer': 'government' }, endpoints: {} })).toMatchObject({
      ok: false,
      code: 'wrong-offer',
    });
  });

  it.each(['admin@example.com', 'first.last+scim@mail.example.co.uk', ' "ops@example.org" '])('email: accepts %j', (input) => {
    expect(VALIDATORS.email(input, none)).toMatchObject({ ok: true, value: input.trim().replace(/"/g, '') });
  });

  it.each([
    'admin',
    'admin@',
    '@example.com',
    'admin@example',
    'a b@example.com',
    'admin@@example.com',
    'admin@exa_mple.com',
    'admin@-example.com',
    'a..b@example.com',
    `${'a'.repeat(250)}@example.com`,
  ])('email: refuses %j with email-invalid', (input) => {
    expect(VALIDATORS.email(input, none)).toMatchObject({ ok: false, code: 'email-invalid' });
  });

  it('email and non-empty refuse blank input as empty; non-empty trims', () => {
    expect(VALIDATORS.email('  ', none)).toMatchObject({ ok: false, code: 'empty' });
    expect(VALIDATORS['non-empty'](' \t', none)).toMatchObject({ ok: false, code: 'empty' });
    expect(VALIDATORS['non-empty'](' x ', none)).toEqual({ ok: true, value: 'x' });
  });
});
