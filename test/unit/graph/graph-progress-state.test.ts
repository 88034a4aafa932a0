import { afterEach, describe, expect, it } from 'vitest';
import { graphProgressSchema, newGraphProgress } from '../../../shared/settings/graph-progress';
import { profileSchema } from '../../../shared/settings/schema';
import { PROFILE, readyWebexRig, type GraphRig } from './graph-rig';

/**
 * graphProgress describes one tenant's objects: it stays with the profile that made them, and neither a
 * hand-off file nor a duplicated profile carries it (the copy would point at another admin's app).
 */

let rig: GraphRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const p = { profileId: PROFILE };

describe("the profile's Graph progress", () => {
  it('is optional: a profile written before issue 11 still reads', () => {
    const old = {
      id: 'default',
      name: 'Default',
      integrationId: null,
      currentStepId: null,
      completedStepIds: [],
      skippedStepIds: [],
      fields: {},
      secrets: {},
      actions: {},
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(profileSchema.parse(old).graphProgress).toBeUndefined();
  });

  it('holds ids and dates only, in the shape the schema checks', () => {
    const fresh = newGraphProgress({ servicePrincipalId: 'a1', appId: 'b2', displayName: 'Cisco Webex', createdByWizard: true, hidden: false });
    expect(graphProgressSchema.parse(fresh)).toEqual(fresh);
    expect(graphProgressSchema.safeParse({ ...fresh, servicePrincipalId: 'has spaces' }).success).toBe(false);
  });

  it('is not in the hand-off file', async () => {
    rig = await readyWebexRig();
    const { app } = await rig.data('graph.createApp', { ...p, displayName: 'Cisco Webex' });
    const { text } = await rig.data('handoff.export', p);
    expect(text).not.toContain(app.servicePrincipalId);
    expect(text).not.toContain('graphProgress');
  });

  it('is not copied by profiles.duplicate (it describes the source tenant’s objects)', async () => {
    rig = await readyWebexRig();
    await rig.data('graph.createApp', { ...p, displayName: 'Cisco Webex' });
    const duplicated = await rig.data('profiles.duplicate', { ...p, name: 'Copy' });
    if (!duplicated.ok) throw new Error(duplicated.code);
    const copy = duplicated.settings.profiles[duplicated.settings.activeProfileId]!;
    expect(copy.graphProgress).toBeUndefined();
    expect(rig.profile().graphProgress).toBeDefined();
  });
});
