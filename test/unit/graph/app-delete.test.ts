import { afterEach, describe, expect, it } from 'vitest';
import { PROFILE, readyWebexRig, type GraphRig } from './graph-rig';

/**
 * Undoing "Create the app": DELETE /applications/{id} with the application object id, 204
 * (https://learn.microsoft.com/en-us/graph/api/application-delete). Only for an app the wizard created.
 */

let rig: GraphRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const p = { profileId: PROFILE };

describe('graph.deleteApp: the undo of graph.createApp', () => {
  it('deletes the app the wizard created, with its service principal and assignments, and forgets it', async () => {
    rig = await readyWebexRig();
    const { app } = await rig.data('graph.createApp', { ...p, displayName: 'Cisco Webex' });
    const user = (await rig.data('graph.searchPrincipals', { ...p, query: 'alex' })).principals[0]!;
    await rig.data('graph.assign', { ...p, principalId: user.id, principalType: 'User' });
    expect(rig.profile().graphProgress?.applicationObjectId).toBeTruthy();

    const answer = await rig.data('graph.deleteApp', p);
    expect(answer.deleted).toBe(true);
    expect(answer.profile.graphProgress).toBeUndefined();
    expect(rig.graph.store.servicePrincipals.has(app.servicePrincipalId)).toBe(false);
    expect([...rig.graph.store.applications.values()].some((a) => a.appId === app.appId)).toBe(false);
    expect(rig.graph.store.appRoleAssignments).toEqual([]);
    expect(rig.graph.requests.some((r) => r.method === 'DELETE' && r.path.startsWith('/v1.0/applications/'))).toBe(true);
    // Nothing left to undo.
    expect((await rig.error('graph.deleteApp', p)).params).toMatchObject({ reason: 'graph-no-app' });
  });

  it('an app the admin already had is never deleted by the wizard', async () => {
    rig = await readyWebexRig({ instances: [{ templateDisplayName: 'Cisco Webex', displayName: 'Cisco Webex (ours)' }] });
    const { template, existing } = await rig.data('graph.findApp', { ...p, nameStartsWith: 'Cisco' });
    expect(template.displayName).toBe('Cisco Webex');
    await rig.data('graph.useExistingApp', { ...p, servicePrincipalId: existing[0]!.servicePrincipalId });
    expect((await rig.error('graph.deleteApp', p)).params).toMatchObject({ reason: 'graph-not-created-here' });
    expect(rig.graph.store.servicePrincipals.has(existing[0]!.servicePrincipalId)).toBe(true);
  });

  it('an app already deleted in the portal: the undo still forgets it, and says it was gone', async () => {
    rig = await readyWebexRig();
    const { app } = await rig.data('graph.createApp', { ...p, displayName: 'Cisco Webex' });
    for (const [id, application] of rig.graph.store.applications) if (application.appId === app.appId) rig.graph.store.applications.delete(id);
    const answer = await rig.data('graph.deleteApp', p);
    expect(answer).toMatchObject({ deleted: false });
    expect(answer.profile.graphProgress).toBeUndefined();
  });
});
