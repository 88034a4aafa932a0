import { describe, expect, it } from 'vitest';
import { cxoneIntegration } from '../../../shared/integrations/cxone';
import { webexEntraIntegration } from '../../../shared/integrations/webex-entra';
import { buildReportModel } from '../../../shared/report/report-model';
import { reportFileName } from '../../../shared/report/report-file-name';
import { emptyProfile } from '../../../shared/settings/schema';
import { close, cxoneProfile, input, markdown, NOW, ORG_ID, webexProfile } from './report-fixtures';

describe('step closing times (profile.stepsClosedAt)', () => {
  it('records when a step is completed or skipped, and a later close replaces the time', () => {
    const start = { ...emptyProfile('p', 'P', NOW), integrationId: 'webex-entra', fields: { 'webex.offer': 'commercial' } };
    const done = close(webexEntraIntegration, start, 'before-you-start', '2026-01-01T00:00:00.000Z');
    expect(done.stepsClosedAt).toEqual({ 'before-you-start': '2026-01-01T00:00:00.000Z' });
    const skipped = close(webexEntraIntegration, done, 'add-gallery-app', '2026-01-02T00:00:00.000Z', true);
    expect(skipped.stepsClosedAt['add-gallery-app']).toBe('2026-01-02T00:00:00.000Z');
    const redone = close(
      webexEntraIntegration,
      { ...skipped, fields: { ...skipped.fields, 'webex.galleryAdded': 'true' } },
      'add-gallery-app',
      '2026-01-03T00:00:00.000Z',
    );
    expect(redone.stepsClosedAt['add-gallery-app']).toBe('2026-01-03T00:00:00.000Z');
    expect(redone.stepsClosedAt['before-you-start']).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('buildReportModel', () => {
  it('Webex: app, offer, every step in order with its state and closing time, tenant URL, check, token and reminder', () => {
    const model = buildReportModel(input(webexProfile()));
    expect(model.generatedAt).toBe(NOW.toISOString());
    expect(model.profile).toEqual({ id: 'acme', name: 'Acme | Corp *HQ*' });
    expect(model.app).toEqual({ name: 'SCIM Setup Wizard', version: '1.2.3', host: 'electron', platform: 'linux', arch: 'x64' });
    expect(model.integration).toEqual({ id: 'webex-entra', titleKey: webexEntraIntegration.titleKey });
    expect(model.facts).toEqual([{ id: 'offer', value: { kind: 'option', labelKey: 'integrations.webex-entra.fields.offer.commercial' } }]);
    expect(model.steps.map((s) => s.id)).toEqual(webexEntraIntegration.steps.map((s) => s.id));
    expect(model.steps.map((s) => [s.state, s.closedAt])).toEqual([
      ['done', '2026-03-01T10:00:00.000Z'],
      ['skipped', '2026-03-01T10:05:00.000Z'],
      ['done', '2026-03-01T10:10:00.000Z'],
      ['done', '2026-03-01T10:15:00.000Z'],
      ['done', '2026-03-01T10:21:00.000Z'],
      ['done', '2026-03-01T10:26:00.000Z'],
      ['current', null],
      ['todo', null],
      ['todo', null],
    ]);
    expect(model.urls).toEqual([{ id: 'tenantUrl', url: `https://webexapis.com/v1/scim/${ORG_ID}` }]);
    expect(model.checks).toEqual([
      {
        actionId: 'test-connection',
        labelKey: 'integrations.webex-entra.actions.testConnection',
        last: { ok: true, at: '2026-03-01T10:25:00.000Z', code: 'ok' },
      },
    ]);
    expect(model.secrets).toEqual([
      {
        secretId: 'webex-bearer-token',
        savedAt: '2026-03-01T10:20:00.000Z',
        expiresAt: '2026-03-30T10:20:00.000Z',
        keychain: 'present',
        reminder: { state: 'soon', expiresAt: '2026-03-30T10:20:00.000Z', daysLeft: 21, today: false },
        identity: null,
      },
    ]);
  });

  it('says whose a token is when its vendor answered (no identity, no line), in both languages', () => {
    const profile = webexProfile();
    const meta = profile.secrets['webex-bearer-token']!;
    const who = { displayName: 'John Andersen', email: 'john@example.com', orgId: ORG_ID, roles: ['id_readonly_admin'] };
    profile.secrets['webex-bearer-token'] = { ...meta, identity: { ...who, isFullAdmin: false, checkedAt: '2026-03-01T10:21:00.000Z' } };
    expect(buildReportModel(input(profile)).secrets[0]?.identity).toEqual({
      displayName: 'John Andersen',
      email: 'john@example.com',
      orgId: ORG_ID,
      isFullAdmin: false,
    });
    expect(markdown(input(profile))).toContain(`It belongs to John Andersen <john@example.com> of organization ${ORG_ID}, who is not a full administrator`);
    expect(markdown(input(profile), 'ko')).toContain(`${ORG_ID} 조직의 John Andersen <john@example.com>의 토큰이며`);
    expect(markdown(input(webexProfile()))).not.toContain('It belongs to');
  });

  it('a step closed and then changed is "needs attention" and keeps its closing time', () => {
    const profile = webexProfile();
    const changed = { ...profile, fields: { ...profile.fields, 'webex.testUserAssigned': 'false' } };
    const step = buildReportModel(input(changed)).steps.find((s) => s.id === 'assign-users');
    expect(step).toEqual(expect.objectContaining({ state: 'attention', closedAt: '2026-03-01T10:10:00.000Z' }));
  });

  it('CXone: IdP, environment and region, both SCIM base URLs, the token endpoints, the failed check with its code', () => {
    const model = buildReportModel(input(cxoneProfile()));
    expect(model.facts).toEqual([
      { id: 'idp', value: { kind: 'option', labelKey: 'integrations.cxone.fields.idp.okta' } },
      { id: 'environment', value: { kind: 'option', labelKey: 'integrations.cxone.fields.environment.standard' } },
      { id: 'region', value: { kind: 'option', labelKey: 'integrations.cxone.fields.region.na1' } },
    ]);
    const computed = cxoneIntegration.computed!(cxoneProfile().fields, input(cxoneProfile()).app.endpointFacts.cxone!);
    expect(model.urls).toEqual([
      { id: 'scimBaseUrl', url: computed.scimBaseUrl },
      { id: 'oauthScimBaseUrl', url: computed.oauthScimBaseUrl },
      { id: 'accessKeyTokenUrl', url: computed.accessKeyTokenUrl },
      { id: 'oauthTokenUrl', url: computed.oauthTokenUrl },
      { id: 'oauthAuthorizeUrl', url: computed.oauthAuthorizeUrl },
    ]);
    expect(model.urls.every((u) => u.url.startsWith('https://'))).toBe(true);
    // The bearer check does not apply (no bearer token) and has no outcome: not listed.
    expect(model.checks).toEqual([
      {
        actionId: 'check-access-key',
        labelKey: 'integrations.cxone.actions.checkAccessKey',
        last: { ok: false, at: '2026-03-02T08:05:00.000Z', code: 'unauthorized' },
      },
    ]);
    expect(model.steps.find((s) => s.id === 'bearer-token')).toEqual(expect.objectContaining({ state: 'skipped', closedAt: '2026-03-02T08:04:00.000Z' }));
    expect(model.steps.find((s) => s.id === 'region-check')?.state).toBe('current');
    expect(model.secrets.map((s) => [s.secretId, s.keychain, s.reminder.state])).toEqual([
      ['cxone-access-key-id', 'present', 'none'],
      ['cxone-access-key-secret', 'present', 'none'],
    ]);
  });

  it('CXone "another code": the typed area code is the region', () => {
    const profile = cxoneProfile();
    const other = { ...profile, fields: { ...profile.fields, 'cxone.region': 'other', 'cxone.regionCode': 'ap2' } };
    expect(buildReportModel(input(other)).facts.at(-1)).toEqual({ id: 'region', value: { kind: 'text', text: 'ap2' } });
  });

  it('a profile with nothing done: no integration, no steps, URLs, checks or secrets', () => {
    const model = buildReportModel(input(emptyProfile('new', 'New', NOW)));
    expect(model).toMatchObject({ integration: null, facts: [], steps: [], urls: [], checks: [], secrets: [] });
  });

  it('an integration chosen but nothing answered: every step listed, the first current, no URL, the check not run', () => {
    const profile = { ...emptyProfile('new', 'New', NOW), integrationId: 'webex-entra', currentStepId: 'before-you-start' };
    const model = buildReportModel(input(profile));
    expect(model.steps.map((s) => s.state)).toEqual(['current', ...Array(webexEntraIntegration.steps.length - 1).fill('todo')]);
    expect(model.urls).toEqual([]);
    expect(model.checks).toEqual([{ actionId: 'test-connection', labelKey: 'integrations.webex-entra.actions.testConnection', last: null }]);
  });

  it('a secret the keychain no longer holds is "missing"; an unanswered status is "unchecked"', () => {
    const profile = cxoneProfile();
    const missing = buildReportModel(input(profile, { secretPresence: { 'cxone-access-key-id': true, 'cxone-access-key-secret': false } }));
    expect(missing.secrets.map((s) => s.keychain)).toEqual(['present', 'missing']);
    const unchecked = buildReportModel(input(profile, { secretPresence: null }));
    expect(unchecked.secrets.map((s) => s.keychain)).toEqual(['unchecked', 'unchecked']);
  });

  it('closing times missing from an older file read as unknown', () => {
    const profile = webexProfile();
    const older = { ...profile, stepsClosedAt: {} };
    expect(buildReportModel(input(older)).steps[0]).toEqual(expect.objectContaining({ state: 'done', closedAt: null }));
  });

  it('file names carry the profile id and the local day', () => {
    expect(reportFileName('acme', new Date(2026, 0, 5, 23, 59), 'md')).toBe('scim-setup-report-acme-2026-01-05.md');
    expect(reportFileName('acme', new Date(2026, 11, 31), 'pdf')).toBe('scim-setup-report-acme-2026-12-31.pdf');
  });
});
