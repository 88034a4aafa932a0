import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ACCESS_ROLE_ID } from '../../support/graph-server';
import { GRAPH_TOKEN, PROFILE, TEST_USER, WEBEX_TOKEN, readyWebexRig, type GraphRig } from './graph-rig';

/**
 * The whole Entra ID side for Webex through the Graph channels, against B's local Graph (written from
 * Microsoft's documented examples) and the real SCIM peer the test started: what each action does in the
 * tenant, what the profile records, and that neither token shows up in an answer, a log line or the file.
 */

let rig: GraphRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const p = { profileId: PROFILE };

describe('Webex with Entra ID, done through Microsoft Graph', () => {
  it('creates the gallery app, hides it, assigns the test user, sets up, starts and provisions on demand, and checks the schema', async () => {
    rig = await readyWebexRig();
    const r = rig;

    const found = await r.data('graph.findApp', { ...p, nameStartsWith: '' });
    expect(found.template.displayName).toBe('Cisco Webex');
    expect(found.existing).toEqual([]);

    const created = await r.data('graph.createApp', { ...p, displayName: 'Cisco Webex (wizard)' });
    const sp = r.graph.store.servicePrincipals.get(created.app.servicePrincipalId);
    expect(sp?.displayName).toBe('Cisco Webex (wizard)');
    expect(sp?.applicationTemplateId).toBe(found.template.id);
    expect(created.profile.graphProgress).toMatchObject({ servicePrincipalId: sp?.id, appId: sp?.appId, createdByWizard: true, hidden: false, jobId: null });

    // An instance now exists: "use the one I have" lists it.
    const again = await r.data('graph.findApp', { ...p, nameStartsWith: 'Cisco' });
    expect(again.existing.map((app) => app.servicePrincipalId)).toEqual([sp?.id]);

    const hidden = await r.data('graph.setHidden', { ...p, hidden: true });
    expect(hidden.profile.graphProgress?.hidden).toBe(true);
    expect(sp?.tags).toEqual(['WindowsAzureActiveDirectoryIntegratedApp', 'HideApp']);
    await r.data('graph.setHidden', { ...p, hidden: false });
    expect(sp?.tags).toEqual(['WindowsAzureActiveDirectoryIntegratedApp']);
    expect(r.profile().graphProgress?.hidden).toBe(false);

    const users = await r.data('graph.searchPrincipals', { ...p, query: 'alex' });
    const alex = users.principals.find((principal) => principal.displayName === TEST_USER.displayName);
    expect(alex).toMatchObject({ type: 'User', detail: TEST_USER.userPrincipalName });
    const groups = await r.data('graph.searchPrincipals', { ...p, query: 'webex' });
    expect(groups.principals).toEqual([expect.objectContaining({ type: 'Group', displayName: 'Webex pilot' })]);

    const assigned = await r.data('graph.assign', { ...p, principalId: alex!.id, principalType: 'User' });
    const stored = r.graph.store.appRoleAssignments.find((a) => a.id === assigned.assignment.id);
    // The app's User role, not Default Access: Entra does not provision Default Access assignments.
    expect(stored?.appRoleId).toBe(sp?.appRoles.find((role) => role.displayName === 'User')?.id);
    expect(stored?.appRoleId).not.toBe(DEFAULT_ACCESS_ROLE_ID);
    expect(assigned.profile.graphProgress?.assignments).toEqual([
      { id: assigned.assignment.id, principalId: alex!.id, principalType: 'User', displayName: TEST_USER.displayName, appRoleId: stored?.appRoleId },
    ]);

    const setUp = await r.data('graph.setUpProvisioning', { ...p, notificationEmail: 'admin@contoso.example' });
    const instance = r.graph.store.instances.get(sp!.id)!;
    expect(instance.jobs.has(setUp.jobId)).toBe(true);
    expect(Object.fromEntries(instance.secrets.map((pair) => [pair.key, pair.value]))).toEqual({
      BaseAddress: r.scim.tenantUrl,
      SecretToken: WEBEX_TOKEN,
      SyncNotificationSettings: JSON.stringify({ Enabled: true, Recipients: 'admin@contoso.example', DeleteThresholdEnabled: false }),
    });
    expect(setUp.profile.graphProgress).toMatchObject({ jobId: setUp.jobId, notificationEmail: 'admin@contoso.example' });
    expect(setUp.profile.graphProgress?.credentialsSavedAt).toEqual(expect.any(String));
    // validateCredentials reached the SCIM peer with the token (Entra's Test Connection query).
    expect(r.scim.requests.some((request) => request.path.endsWith('/Users') && request.query.filter?.startsWith('userName eq'))).toBe(true);

    const started = await r.data('graph.startProvisioning', p);
    expect(instance.jobs.get(setUp.jobId)?.job.status.code).toBe('Active');
    expect(started.profile.graphProgress?.startedAt).toBe(started.startedAt);

    const onDemand = await r.data('graph.provisionOnDemand', { ...p, userId: null });
    expect(onDemand.userId).toBe(alex!.id);
    expect(onDemand.result.status).toBe('success');
    expect(onDemand.result.steps.at(-1)).toMatchObject({ name: 'EntryExportAdd', status: 'Success' });
    expect(onDemand.logEntries).toEqual([expect.objectContaining({ action: 'create', status: 'success' })]);
    expect(onDemand.profile.graphProgress?.lastProvisioning).toMatchObject({ userId: alex!.id, status: 'success' });
    expect(r.scim.requests.some((request) => request.method === 'POST' && request.path.endsWith('/Users'))).toBe(true);

    const schema = await r.data('graph.readSchema', p);
    expect(schema.findings?.length).toBeGreaterThan(0);
    expect(schema.profile.graphProgress?.mapping).toMatchObject({ objectMappingName: schema.objectMappingName });

    // The profile on disk keeps what was done, and never a token.
    expect(JSON.parse(r.settingsFile()).profiles[PROFILE].graphProgress.jobId).toBe(setUp.jobId);
    for (const secret of [WEBEX_TOKEN, GRAPH_TOKEN]) {
      expect(r.answers.join('\n')).not.toContain(secret);
      expect(r.logLines.join('\n')).not.toContain(secret);
      expect(r.settingsFile()).not.toContain(secret);
    }
    // Support can follow each call by its client-request-id.
    expect(r.logLines.some((line) => /graph createJob: ok after \d+ ms, client-request-id [0-9a-f-]{36}/.test(line))).toBe(true);
  });

  it('picks an app the tenant already has instead of creating one', async () => {
    rig = await readyWebexRig({ instances: [{ templateDisplayName: 'Cisco Webex', displayName: 'Webex (by hand)' }] });
    const found = await rig.data('graph.findApp', { ...p, nameStartsWith: 'Webex' });
    expect(found.existing).toEqual([expect.objectContaining({ displayName: 'Webex (by hand)', hidden: false })]);
    const used = await rig.data('graph.useExistingApp', { ...p, servicePrincipalId: found.existing[0]!.servicePrincipalId });
    expect(used.profile.graphProgress).toMatchObject({ displayName: 'Webex (by hand)', createdByWizard: false });
    expect(rig.graph.store.servicePrincipals.size).toBe(1);
  });

  it('provisioning a user who is not assigned is reported as skipped, with the log entry', async () => {
    rig = await readyWebexRig();
    await rig.data('graph.createApp', { ...p, displayName: 'Cisco Webex' });
    const group = (await rig.data('graph.searchPrincipals', { ...p, query: 'webex' })).principals[0]!;
    await rig.data('graph.assign', { ...p, principalId: group.id, principalType: 'Group' });
    await rig.data('graph.setUpProvisioning', { ...p, notificationEmail: null });
    const adele = [...rig.graph.store.users.values()].find((user) => user.displayName === 'Adele Vance')!;
    const onDemand = await rig.data('graph.provisionOnDemand', { ...p, userId: adele.id });
    expect(onDemand.result).toMatchObject({ status: 'skipped', errorCode: 'NotEffectivelyEntitled' });
    expect(onDemand.logEntries).toEqual([expect.objectContaining({ status: 'skipped', errorCode: 'NotEffectivelyEntitled' })]);
    // Without a test user of its own, the call asks for one rather than guessing.
    expect(await rig.error('graph.provisionOnDemand', { ...p, userId: null })).toMatchObject({
      code: 'VALIDATION_FAILED',
      params: { reason: 'graph-no-user' },
    });
  });
});
