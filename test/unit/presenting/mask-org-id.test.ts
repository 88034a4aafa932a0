import { describe, expect, it } from 'vitest';
import { maskOrgIdInText, shownOrgIdText } from '../../../shared/presenting/mask-org-id';

const ORG_ID = 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c';
const MASKED = 'a35bfbc6-••••-••••-••••-••••••••420c';

describe('maskOrgIdInText', () => {
  it('keeps the first 8 and the last 4 hex digits of an Org ID and the dashes, masking the rest', () => {
    expect(maskOrgIdInText(ORG_ID)).toBe(MASKED);
    // 32 hex digits: 8 + 20 masked + 4.
    expect([...maskOrgIdInText(ORG_ID)].filter((c) => c === '•')).toHaveLength(20);
  });

  it('masks the Org ID inside a tenant URL and leaves the rest of the URL alone', () => {
    expect(maskOrgIdInText(`https://api.ciscospark.com/v1/scim/${ORG_ID}`)).toBe(`https://api.ciscospark.com/v1/scim/${MASKED}`);
    expect(maskOrgIdInText(`https://api-usgov.webex.com/v1/scim/${ORG_ID}/`)).toBe(`https://api-usgov.webex.com/v1/scim/${MASKED}/`);
  });

  it('masks upper-case ids and every id in a sentence', () => {
    const other = '3F2B6C1E-8D4A-4E7B-9C2F-5A1D0E6B7C8D';
    expect(maskOrgIdInText(`Org ID: ${ORG_ID}; old: ${other}.`)).toBe(`Org ID: ${MASKED}; old: 3F2B6C1E-••••-••••-••••-••••••••7C8D.`);
  });

  it('leaves text without a whole UUID untouched (region codes, hosts, a half-typed id)', () => {
    for (const text of ['', 'na1', 'https://na1.nice-incontact.com/scim/v2', 'a35bfbc6-ccbd-4a17', 'a35bfbc6-ccbd-4a17-a488-72gf46c5420c']) {
      expect(maskOrgIdInText(text)).toBe(text);
    }
  });

  it('masks only while presenting', () => {
    expect(shownOrgIdText(ORG_ID, true)).toBe(MASKED);
    expect(shownOrgIdText(ORG_ID, false)).toBe(ORG_ID);
  });
});
