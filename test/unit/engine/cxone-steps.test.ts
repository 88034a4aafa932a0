import { describe, expect, it } from 'vitest';
import { endpointFactsByIntegration } from '../../../shared/endpoints/endpoint-facts';
import { signInEndpointsFor } from '../../../shared/endpoints/sign-in-endpoints';
import { conditionsHold } from '../../../shared/engine/conditions';
import { canSkip, completeStep, invalidateActions, unmetRequirements } from '../../../shared/engine/step-engine';
import { plainValue } from '../../../shared/engine/value-source';
import { CXONE_ACTIONS, CXONE_FIELDS, cxoneIntegration as cxone } from '../../../shared/integrations/cxone';
import { emptyProfile, type Profile } from '../../../shared/settings/schema';

const now = new Date('2026-11-25T10:00:00Z');
const PRODUCTION = endpointFactsByIntegration(null).cxone!;
const step = (id: string) => cxone.steps.find((s) => s.id === id)!;
const stored = { savedAt: now.toISOString(), expiresAt: null };

function profile(fields: Record<string, string>, secrets: Profile['secrets'] = {}, actions: Profile['actions'] = {}): Profile {
  return { ...emptyProfile('default', 'Default', now), integrationId: 'cxone', fields, secrets, actions };
}

describe('CXone steps on the engine', () => {
  it('has the procedure steps 0 to 7 in order', () => {
    expect(cxone.steps.map((s) => s.id)).toEqual([
      'before-you-start',
      'access-key-role',
      'access-key-employee',
      'access-key',
      'bearer-token',
      'region-check',
      'idp-settings',
      'done',
    ]);
  });

  it('computes the base URLs of the chosen area and the OAuth endpoints of the environment, never stored', () => {
    const fields = { [CXONE_FIELDS.region]: 'eu1', [CXONE_FIELDS.environment]: 'fedramp' };
    expect(cxone.computed?.(fields, PRODUCTION)).toEqual({
      area: 'eu1',
      scimBaseUrl: 'https://eu1.nice-incontact.com/scim/v2',
      oauthScimBaseUrl: 'https://eu1.nice-incontact.com/oauth/scim/v2',
      accessKeyTokenUrl: 'https://eu1.nice-incontact.com/authentication/v1/token/access-key',
      oauthTokenUrl: 'https://cxone-gov.niceincontact.com/auth/token',
      oauthAuthorizeUrl: 'https://cxone-gov.niceincontact.com/auth/authorize?scope=openid',
    });
    const standard = cxone.computed?.({ [CXONE_FIELDS.region]: 'na1', [CXONE_FIELDS.environment]: 'standard' }, PRODUCTION);
    expect(standard?.oauthTokenUrl).toBe('https://cxone.niceincontact.com/auth/token');
    expect(standard?.oauthAuthorizeUrl).toBe('https://cxone.niceincontact.com/auth/authorize?scope=openid');
  });

  it('takes "another area code" only while the region says other, and nothing before a region is chosen', () => {
    const other = { [CXONE_FIELDS.region]: 'other', [CXONE_FIELDS.regionCode]: 'na2' };
    expect(plainValue(cxone, { computed: 'scimBaseUrl' }, other, PRODUCTION)).toBe('https://na2.nice-incontact.com/scim/v2');
    expect(plainValue(cxone, { computed: 'scimBaseUrl' }, { ...other, [CXONE_FIELDS.region]: 'au1' }, PRODUCTION)).toBe(
      'https://au1.nice-incontact.com/scim/v2',
    );
    expect(plainValue(cxone, { computed: 'scimBaseUrl' }, { [CXONE_FIELDS.region]: 'other' }, PRODUCTION)).toBeUndefined();
    expect(plainValue(cxone, { computed: 'scimBaseUrl' }, {}, PRODUCTION)).toBeUndefined();
  });

  it('points every computed URL at the endpoints file, with {area} filled in', () => {
    const facts = endpointFactsByIntegration({ cxone: { apiBaseUrl: 'http://127.0.0.1:5100/{area}' } }).cxone!;
    const values = cxone.computed?.({ [CXONE_FIELDS.region]: 'na1' }, facts);
    expect(values?.scimBaseUrl).toBe('http://127.0.0.1:5100/na1/scim/v2');
    expect(values?.oauthScimBaseUrl).toBe('http://127.0.0.1:5100/na1/oauth/scim/v2');
    expect(values?.accessKeyTokenUrl).toBe('http://127.0.0.1:5100/na1/authentication/v1/token/access-key');
    // The OAuth endpoints are only shown to the IdP; without an override they stay the vendor's.
    expect(values?.oauthTokenUrl).toBe('https://cxone.niceincontact.com/auth/token');
  });

  it('requires the access key for Okta and other, the bearer token for Entra', () => {
    const accessKey = step('access-key');
    const bearer = step('bearer-token');
    const okta = profile({ [CXONE_FIELDS.idp]: 'okta', 'cxone.accessKey.activated': 'true' });
    expect(unmetRequirements(accessKey, okta).map((r) => r.kind === 'secret' && r.secretId)).toEqual(['cxone-access-key-id', 'cxone-access-key-secret']);
    expect(unmetRequirements(bearer, okta)).toEqual([]);
    const entra = profile({ [CXONE_FIELDS.idp]: 'entra', 'cxone.accessKey.activated': 'true' });
    expect(unmetRequirements(accessKey, entra)).toEqual([]);
    expect(unmetRequirements(bearer, entra).map((r) => r.kind === 'secret' && r.secretId)).toEqual(['cxone-bearer-token']);
  });

  it('lets Entra skip the access-key steps, and no one else', () => {
    for (const id of ['access-key-role', 'access-key-employee', 'access-key']) {
      expect(canSkip(step(id), profile({ [CXONE_FIELDS.idp]: 'entra' })), id).toBe(true);
      expect(canSkip(step(id), profile({ [CXONE_FIELDS.idp]: 'okta' })), id).toBe(false);
      expect(canSkip(step(id), profile({})), id).toBe(false);
    }
    const okta = {
      ...profile({ [CXONE_FIELDS.idp]: 'okta', [CXONE_FIELDS.environment]: 'standard' }),
      completedStepIds: ['before-you-start'],
      currentStepId: 'access-key-role',
    };
    expect(() => completeStep(cxone, okta, 'access-key-role', true, now)).toThrow(/cannot be skipped/);
  });

  it('needs a passing check for every credential the IdP uses (other: the bearer token too once stored)', () => {
    const region = step('region-check');
    const unmetActions = (p: Profile) => unmetRequirements(region, p).flatMap((r) => (r.kind === 'action' ? [r.actionId] : []));
    const fields = { [CXONE_FIELDS.region]: 'na1' };
    expect(unmetActions(profile({ ...fields, [CXONE_FIELDS.idp]: 'okta' }))).toEqual([CXONE_ACTIONS.checkAccessKey]);
    expect(unmetActions(profile({ ...fields, [CXONE_FIELDS.idp]: 'entra' }))).toEqual([CXONE_ACTIONS.checkBearerToken]);
    expect(unmetActions(profile({ ...fields, [CXONE_FIELDS.idp]: 'other' }))).toEqual([CXONE_ACTIONS.checkAccessKey]);
    expect(unmetActions(profile({ ...fields, [CXONE_FIELDS.idp]: 'other' }, { 'cxone-bearer-token': stored }))).toEqual([
      CXONE_ACTIONS.checkAccessKey,
      CXONE_ACTIONS.checkBearerToken,
    ]);
    const passed = { ok: true, at: now.toISOString() };
    expect(unmetActions(profile({ ...fields, [CXONE_FIELDS.idp]: 'okta' }, {}, { [CXONE_ACTIONS.checkAccessKey]: passed }))).toEqual([]);
  });

  it('drops a check result when the region, the IdP or its credential changes, and keeps the other one', () => {
    const passed = { ok: true, at: now.toISOString() };
    const p = profile({}, {}, { [CXONE_ACTIONS.checkAccessKey]: passed, [CXONE_ACTIONS.checkBearerToken]: passed });
    expect(Object.keys(invalidateActions(cxone, p, [CXONE_FIELDS.region]).actions)).toEqual([]);
    expect(Object.keys(invalidateActions(cxone, p, [CXONE_FIELDS.idp]).actions)).toEqual([]);
    expect(Object.keys(invalidateActions(cxone, p, ['secret:cxone-bearer-token']).actions)).toEqual([CXONE_ACTIONS.checkAccessKey]);
    expect(Object.keys(invalidateActions(cxone, p, ['secret:cxone-access-key-secret']).actions)).toEqual([CXONE_ACTIONS.checkBearerToken]);
    expect(invalidateActions(cxone, p, [CXONE_FIELDS.environment]).actions).toEqual(p.actions);
  });

  it('reads conditions from own answers only, and from stored secrets', () => {
    expect(conditionsHold([{ fieldId: 'x', in: ['a'] }], { fields: { x: 'a' }, secrets: {} })).toBe(true);
    expect(conditionsHold([{ fieldId: 'constructor', in: ['function Object() { [native code] }'] }], { fields: {}, secrets: {} })).toBe(false);
    expect(conditionsHold([{ secretStored: 'cxone-bearer-token' }], { fields: {}, secrets: { 'cxone-bearer-token': stored } })).toBe(true);
    expect(conditionsHold([{ fieldId: 'x', in: ['a'] }, { secretStored: 'cxone-bearer-token' }], { fields: { x: 'a' }, secrets: {} })).toBe(false);
    expect(conditionsHold(undefined, { fields: {}, secrets: {} })).toBe(true);
  });

  it('has a sign-in only where an integration declares one', () => {
    expect(signInEndpointsFor('webex-entra', { 'webex.offer': 'government' }, null)?.authorizeUrl).toBe('https://idbroker-f.webex.com/idb/oauth2/v1/authorize');
    expect(signInEndpointsFor('cxone', {}, null)).toBeNull();
    expect(signInEndpointsFor('__proto__', {}, null)).toBeNull();
  });
});
