import { describe, expect, it } from 'vitest';
import { parseWebexPeopleMe } from '../../../shared/token-identity/webex-people-me';
import { decodeWebexRoleId, isWebexFullAdmin } from '../../../shared/token-identity/webex-roles';
import { compareOrgAnswer, orgIdOfAnswer } from '../../../shared/token-identity/org-answer';
import { identitySourceOf } from '../../../shared/token-identity/identity-sources';
import { cxoneIntegration } from '../../../shared/integrations/cxone';
import { webexEntraIntegration } from '../../../shared/integrations/webex-entra';
import { tokenIdentitySchema } from '../../../shared/token-identity/identity-record';

/** The organisation of Webex's documented people/me example. */
const ORG = '96abc2aa-3dcc-11e5-a152-fe34819cdc9a';
const b64 = (text: string) => Buffer.from(text).toString('base64').replace(/=+$/, '');
const role = (name: string, cluster = 'us') => b64(`ciscospark://${cluster}/ROLE/${name}`);

/** Webex's documented example answer (developer.webex.com, Get My Own Details), trimmed to the fields it documents. */
function documented(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'Y2lzY29zcGFyazovL3VzL1BFT1BMRS9mNWIzNjE4Ny1jOGRkLTQ3MjctOGIyZi1mOWM0NDdmMjkwNDY',
    emails: ['john.andersen@example.com'],
    displayName: 'John Andersen',
    nickName: 'John',
    firstName: 'John',
    lastName: 'Andersen',
    orgId: 'Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi85NmFiYzJhYS0zZGNjLTExZTUtYTE1Mi1mZTM0ODE5Y2RjOWE',
    roles: ['Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfZnVsbF9hZG1pbg'],
    licenses: ['Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvOTZhYmMyYWEtM2RjYy0xMWU1LWExNTItZmUzNDgxOWNkYzlh'],
    created: '2015-10-18T14:26:16.000Z',
    status: 'active',
    invitePending: false,
    loginEnabled: true,
    type: 'person',
    ...overrides,
  };
}

describe('decodeWebexRoleId', () => {
  it.each([
    ['Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfZnVsbF9hZG1pbg', 'id_full_admin'],
    ['Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfcmVhZG9ubHlfYWRtaW4', 'id_readonly_admin'],
    ['Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfdXNlcl9hZG1pbg', 'id_user_admin'],
    ['Y2lzY29zcGFyazovL3VzL1JPTEUvYXRsYXMtcG9ydGFsLnN1cHBvcnQ', 'atlas-portal.support'],
    // The documented example's custom role: a UUID in place of a name.
    ['Y2lzY29zcGFyazovL3VzL1JPTEUvOTZhYmMyYWEtM2RjYy0xMWU1LWExNTItZmUzNDgxOWNkYzlh', '96abc2aa-3dcc-11e5-a152-fe34819cdc9a'],
  ])('reads %s as %s (the ids Webex documents)', (id, name) => {
    expect(decodeWebexRoleId(id)).toBe(name);
  });

  it('reads padded base64 and other clusters', () => {
    expect(decodeWebexRoleId(Buffer.from('ciscospark://urn:TEAM:us-east-2_a/ROLE/id_full_admin').toString('base64'))).toBe('id_full_admin');
  });

  it.each([
    ['an organisation id', 'Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi85NmFiYzJhYS0zZGNjLTExZTUtYTE1Mi1mZTM0ODE5Y2RjOWE'],
    ['a bare name', 'id_full_admin'],
    ['another scheme', b64('https://us/ROLE/id_full_admin')],
    ['an empty name', b64('ciscospark://us/ROLE/')],
    ['a name with spaces', b64('ciscospark://us/ROLE/full admin')],
    ['not base64', '***'],
    ['empty', ''],
  ])('refuses %s', (_label, id) => {
    expect(decodeWebexRoleId(id)).toBeNull();
  });
});

describe('isWebexFullAdmin: only the Full Administrator role counts', () => {
  it.each([
    [['id_full_admin'], true],
    [['id_readonly_admin', 'id_full_admin'], true],
    [['id_readonly_admin'], false],
    [['id_user_admin'], false],
    [['atlas-portal.support', 'id_device_admin'], false],
    [[], false],
  ])('%j -> %s', (roles, expected) => {
    expect(isWebexFullAdmin(roles)).toBe(expected);
  });
});

describe('parseWebexPeopleMe', () => {
  it("reads Webex's documented example: name, e-mails, the decoded Org ID, roles and full admin", () => {
    expect(parseWebexPeopleMe(documented())).toEqual({
      ok: true,
      person: { displayName: 'John Andersen', emails: ['john.andersen@example.com'], orgId: ORG, roles: ['id_full_admin'], isFullAdmin: true },
    });
  });

  it('a read-only administrator is not a full administrator', () => {
    const parsed = parseWebexPeopleMe(documented({ roles: [role('id_readonly_admin')] }));
    expect(parsed).toMatchObject({ ok: true, person: { roles: ['id_readonly_admin'], isFullAdmin: false } });
  });

  it('a user without roles (the key left out, or empty) has none and is not a full administrator', () => {
    const { roles: _dropped, ...withoutRoles } = documented();
    expect(parseWebexPeopleMe(withoutRoles)).toMatchObject({ ok: true, person: { roles: [], isFullAdmin: false } });
    expect(parseWebexPeopleMe(documented({ roles: [] }))).toMatchObject({ ok: true, person: { roles: [], isFullAdmin: false } });
  });

  it('keeps role names once and leaves out ids that are not roles', () => {
    const parsed = parseWebexPeopleMe(documented({ roles: [role('id_full_admin'), role('id_full_admin'), 'garbage', role('id_user_admin')] }));
    expect(parsed).toMatchObject({ ok: true, person: { roles: ['id_full_admin', 'id_user_admin'], isFullAdmin: true } });
  });

  it('accepts an Org ID given as a plain UUID (upper case lowered) and from another cluster', () => {
    expect(parseWebexPeopleMe(documented({ orgId: ORG.toUpperCase() }))).toMatchObject({ ok: true, person: { orgId: ORG } });
    const otherCluster = Buffer.from(`ciscospark://urn:TEAM:eu-central-1_k/ORGANIZATION/${ORG}`).toString('base64');
    expect(parseWebexPeopleMe(documented({ orgId: otherCluster }))).toMatchObject({ ok: true, person: { orgId: ORG } });
  });

  it('takes a missing display name as empty, and strips control and format characters from what it keeps', () => {
    const { displayName: _dropped, ...withoutName } = documented();
    expect(parseWebexPeopleMe(withoutName)).toMatchObject({ ok: true, person: { displayName: '' } });
    const parsed = parseWebexPeopleMe(documented({ displayName: '  John\u0000 \u202EAndersen\n ', emails: ['\u200Bjohn@example.com', ''] }));
    expect(parsed).toMatchObject({ ok: true, person: { displayName: 'John Andersen', emails: ['john@example.com'] } });
  });

  it('bounds a very long display name', () => {
    const parsed = parseWebexPeopleMe(documented({ displayName: 'x'.repeat(10_000) }));
    expect(parsed.ok && parsed.person.displayName.length).toBe(256);
  });

  it.each([
    ['null', null],
    ['a string', 'John'],
    ['a number', 42],
    ['an array', [documented()]],
  ])('refuses %s as not an object', (_label, value) => {
    expect(parseWebexPeopleMe(value)).toEqual({ ok: false, reason: 'not-an-object' });
  });

  it.each([
    ['no id', { id: undefined }, 'id'],
    ['an empty id', { id: '' }, 'id'],
    ['no emails', { emails: undefined }, 'emails'],
    ['emails as a string', { emails: 'john@example.com' }, 'emails'],
    ['no orgId', { orgId: undefined }, 'orgId'],
    ['roles as a string', { roles: 'id_full_admin' }, 'roles'],
    ['a numeric display name', { displayName: 7 }, 'displayName'],
  ])('refuses an answer with %s, naming the field', (_label, overrides, field) => {
    expect(parseWebexPeopleMe(documented(overrides))).toEqual({ ok: false, reason: 'shape', field });
  });

  it.each([
    ['a person id in orgId', 'Y2lzY29zcGFyazovL3VzL1BFT1BMRS9mNWIzNjE4Ny1jOGRkLTQ3MjctOGIyZi1mOWM0NDdmMjkwNDY'],
    ['an organisation id that is not a UUID', b64('ciscospark://us/ORGANIZATION/not-a-uuid')],
    ['random text', 'acme corporation'],
  ])('refuses %s', (_label, orgId) => {
    expect(parseWebexPeopleMe(documented({ orgId }))).toEqual({ ok: false, reason: 'org-id', field: 'orgId' });
  });

  it('what it reads fits the record kept in the settings file', () => {
    const parsed = parseWebexPeopleMe(documented());
    if (!parsed.ok) throw new Error('expected the documented example to parse');
    const { emails, ...rest } = parsed.person;
    expect(tokenIdentitySchema.safeParse({ ...rest, email: emails[0] ?? null, checkedAt: '2025-03-04T05:06:07.000Z' }).success).toBe(true);
  });
});

describe('the Org ID answer against the token', () => {
  const tenantUrl = (orgId: string) => `https://api.ciscospark.com/v1/scim/${orgId}`;

  it('reads the Org ID out of the saved tenant URL', () => {
    expect(orgIdOfAnswer(tenantUrl(ORG))).toBe(ORG);
    expect(orgIdOfAnswer(`http://127.0.0.1:5000/v1/scim/${ORG}`)).toBe(ORG);
    expect(orgIdOfAnswer(ORG.toUpperCase())).toBe(ORG);
    expect(orgIdOfAnswer('')).toBeNull();
    expect(orgIdOfAnswer(undefined)).toBeNull();
    expect(orgIdOfAnswer('https://api.ciscospark.com/v1/scim/')).toBeNull();
  });

  it('match, differs, or no answer', () => {
    expect(compareOrgAnswer(tenantUrl(ORG), ORG)).toBe('match');
    expect(compareOrgAnswer(tenantUrl(ORG), ORG.toUpperCase())).toBe('match');
    expect(compareOrgAnswer(tenantUrl('a35bfbc6-ccbd-4a17-a488-72ef46c5420c'), ORG)).toBe('differs');
    expect(compareOrgAnswer('', ORG)).toBe('no-answer');
    expect(compareOrgAnswer(undefined, ORG)).toBe('no-answer');
  });

  it('only the Webex token has an identity source, declared by the Webex integration, and it names the Org ID field', () => {
    expect(identitySourceOf(webexEntraIntegration, 'webex-bearer-token')).toEqual({ kind: 'webex-people', orgAnswerFieldId: 'webex.tenantUrl' });
    expect(identitySourceOf(webexEntraIntegration, 'cxone-bearer-token')).toBeUndefined();
    expect(identitySourceOf(webexEntraIntegration, 'constructor' as never)).toBeUndefined();
    // The profile's integration decides: a CXone profile, or none, has no identity to check for any secret.
    expect(identitySourceOf(cxoneIntegration, 'webex-bearer-token')).toBeUndefined();
    expect(identitySourceOf(cxoneIntegration, 'cxone-bearer-token')).toBeUndefined();
    expect(identitySourceOf(undefined, 'webex-bearer-token')).toBeUndefined();
  });
});
