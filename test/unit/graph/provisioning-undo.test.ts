import { afterEach, describe, expect, it } from 'vitest';
import { PROFILE, readyWebexRig, type GraphRig } from './graph-rig';

/**
 * Undoing provisioning: pause (https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-pause)
 * undoes start; deleting the job (https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-delete)
 * undoes the set-up.
 */

let rig: GraphRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const p = { profileId: PROFILE };

async function startedJob(r: GraphRig) {
  const { app } = await r.data('graph.createApp', { ...p, displayName: 'Cisco Webex' });
  const { jobId } = await r.data('graph.setUpProvisioning', { ...p, notificationEmail: null });
  await r.data('graph.startProvisioning', p);
  return { app, jobId };
}

describe('provisioning undo', () => {
  it('pause: the job is paused in the tenant and the profile no longer says started; start resumes it', async () => {
    rig = await readyWebexRig();
    const { app, jobId } = await startedJob(rig);
    const answer = await rig.data('graph.pauseProvisioning', p);
    expect(answer.profile.graphProgress?.startedAt).toBeNull();
    const job = rig.graph.store.instances.get(app.servicePrincipalId)!.jobs.get(jobId)!.job;
    expect(job.schedule.state).toBe('Paused');
    await rig.data('graph.startProvisioning', p);
    expect(job.schedule.state).toBe('Active');
  });

  it('remove: the job is deleted in the tenant and the profile forgets it; a second removal finds it gone', async () => {
    rig = await readyWebexRig();
    const { app, jobId } = await startedJob(rig);
    const answer = await rig.data('graph.removeProvisioning', p);
    expect(answer.removed).toBe(true);
    expect(answer.profile.graphProgress).toMatchObject({ jobId: null, credentialsSavedAt: null, startedAt: null });
    expect(rig.graph.store.instances.get(app.servicePrincipalId)!.jobs.has(jobId)).toBe(false);
    // Nothing to pause or remove any more: the order refusal names what is missing.
    expect((await rig.error('graph.pauseProvisioning', p)).params).toMatchObject({ reason: 'graph-no-job' });
  });
});
