import type { Channel } from './contract';

/**
 * Calls that change a profile and answer at once. The renderer sends those of
 * one profile strictly one after another (renderer/src/api/client.ts):
 * two overlapping saves could otherwise reach main, or come back, in either
 * order, and the value on screen would not be the value saved.
 * Long calls (sign-in, connection test) are not queued, or a save would wait
 * for them; their answers carry the profile's revision and an older one is
 * ignored.
 */
export const PROFILE_WRITE_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'profile.selectIntegration',
  'profile.saveField',
  'profile.goToStep',
  'profile.completeStep',
  'profile.reset',
  'mapping.analyzeEntraSchema',
  'secrets.save',
  'secrets.remove',
  // Profile management: a rename or delete waits for the profile's own saves; create goes with the settings.
  'profiles.create',
  'profiles.rename',
  'profiles.duplicate',
  'profiles.delete',
  'profiles.setActive',
  // A hand-off export waits for the profile's own saves, so the file holds the last value typed; an import goes with the settings.
  'handoff.export',
  'handoff.import',
  // Not a profile's, but two quick language changes must land in the order they were made too.
  'settings.setLocale',
  // Records whose token it is and may fill the empty Org ID answer: after the saves made before it (bounded by its 10 s timeout).
  'tokenIdentity.check',
  // The Microsoft app registration and sign-out change the profile: after the saves made before them.
  'graph.setClientId',
  'graph.signOut',
  // Microsoft Graph actions that record what they did in the profile (each bounded by its 30 s Graph timeout).
  // Not graph.setUpProvisioning and graph.provisionOnDemand: they wait for the SCIM service through Entra, so they
  // are long calls like checks.run, and their answers carry the profile's revision.
  'graph.createApp',
  'graph.deleteApp',
  'graph.useExistingApp',
  'graph.setHidden',
  'graph.assign',
  'graph.unassign',
  'graph.startProvisioning',
  'graph.pauseProvisioning',
  'graph.removeProvisioning',
  'graph.readSchema',
]);

/**
 * The queue a write waits in: its profile's, or the settings' for what all
 * profiles share. A switch goes with the settings, not with the profile it
 * names: quick switches then reach main in the order they were made, and a
 * switch does not wait for that profile's own saves.
 */
export function writeQueueOf(channel: Channel, request: unknown): string {
  const profileId = (request as { profileId?: unknown } | null)?.profileId;
  return channel !== 'profiles.setActive' && typeof profileId === 'string' ? `profile:${profileId}` : 'settings';
}
