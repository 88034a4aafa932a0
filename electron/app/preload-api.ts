import type { ScimWizardBridge } from '../../shared/ipc/bridge-types';
import { CHANNEL_NAMES, IPC_PREFIX } from '../../shared/ipc/channel-names';

export type Invoke = (fullChannel: string, payload: unknown) => Promise<unknown>;

/**
 * The whole surface the page gets: one function per channel that forwards a
 * single request argument. No ipcRenderer, no generic send/on, no channel
 * chosen by the page.
 */
export function buildPreloadApi(invoke: Invoke): ScimWizardBridge {
  const api: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNEL_NAMES) {
    const fullChannel = IPC_PREFIX + channel;
    api[channel] = (request) => invoke(fullChannel, request);
  }
  return Object.freeze(api) as unknown as ScimWizardBridge;
}
