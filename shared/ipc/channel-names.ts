import type { Channel } from './contract';

/**
 * The contract's channel names and prefix as plain data, for the sandboxed
 * preload: importing contract.ts would bundle zod and every schema into it.
 * `satisfies` refuses a name the contract lacks, the type below refuses a
 * missing one, and a unit test compares both with the contract at run time.
 */
export const CHANNEL_NAMES = [
  'app.getInfo',
  'diagnostics.probeKeychain',
  'settings.get',
  'settings.setLocale',
  'profile.selectIntegration',
  'profile.saveField',
  'profile.goToStep',
  'profile.completeStep',
  'profile.reset',
  'secrets.status',
  'secrets.save',
  'secrets.remove',
  'secrets.copyToClipboard',
  'secrets.reveal',
  'signIn.start',
  'signIn.await',
  'signIn.cancel',
  'signIn.pending',
  'checks.run',
  'actions.cancel',
  'mapping.analyzeEntraSchema',
  'profiles.create',
  'profiles.rename',
  'profiles.duplicate',
  'profiles.delete',
  'profiles.setActive',
  'handoff.export',
  'handoff.import',
  'files.saveText',
  'report.savePdf',
  'app.setPresenting',
  'shell.openExternal',
  'tokenIdentity.check',
  'graph.setClientId',
  'graph.signIn',
  'graph.signIn.await',
  'graph.signIn.cancel',
  'graph.signOut',
  'graph.status',
  'graph.findApp',
  'graph.createApp',
  'graph.deleteApp',
  'graph.useExistingApp',
  'graph.setHidden',
  'graph.searchPrincipals',
  'graph.assign',
  'graph.unassign',
  'graph.setUpProvisioning',
  'graph.startProvisioning',
  'graph.pauseProvisioning',
  'graph.removeProvisioning',
  'graph.provisionOnDemand',
  'graph.readSchema',
] as const satisfies readonly Channel[];

type MustBeNever<T extends never> = T;
/** Fails to compile when the contract gains a channel this list lacks. */
export type UnlistedChannels = MustBeNever<Exclude<Channel, (typeof CHANNEL_NAMES)[number]>>;

/** Same value as IPC_PREFIX in contract.ts (checked by a unit test). */
export const IPC_PREFIX = 'wizard:';
