import { readFileSync } from 'node:fs';
import type { Notice } from '../../shared/ipc/contract';
import { resolveWebexEndpoints, type WebexOffer } from '../../shared/endpoints/webex-endpoints';
import { createTokenCaptureSessions } from './token-capture/capture-session';
import { loadEndpointsFile, type LoadedEndpoints } from './endpoints-file';
import type { HostCapabilities } from './host-capabilities';
import { createKeytarSecretStore, type SecretStore } from './secret-store';
import { openSettingsStore, type ConfLikeFactory, type SettingsStore } from './settings-store';

/** Everything a handler may use; built once per launch by either host. */
export interface AppServices {
  appName: string;
  appVersion: string;
  settings: SettingsStore;
  secrets: SecretStore;
  capabilities: HostCapabilities;
  endpoints: LoadedEndpoints | null;
  captures: ReturnType<typeof createTokenCaptureSessions>;
  /** Long actions under way, by request id, so `actions.cancel` can stop them. */
  running: Map<string, AbortController>;
  /** Which profile each pending token capture belongs to. */
  captureOwners: Map<string, string>;
  now: () => Date;
  webexEndpoints(offer: WebexOffer): ReturnType<typeof resolveWebexEndpoints>;
  notices(): Notice[];
}

export interface AppServicesOptions {
  dataDir: string;
  endpointsFile?: string | undefined;
  capabilities: HostCapabilities;
  secrets?: SecretStore;
  /** electron-store in Electron; conf (its engine) everywhere else. */
  settingsEngine?: ConfLikeFactory;
  captureTimeoutMs?: number;
  now?: () => Date;
}

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; productName: string };

export function createAppServices(options: AppServicesOptions): AppServices {
  const now = options.now ?? (() => new Date());
  const endpoints = options.endpointsFile ? loadEndpointsFile(options.endpointsFile) : null;
  const settings = openSettingsStore({ dataDir: options.dataDir, now, ...(options.settingsEngine ? { engine: options.settingsEngine } : {}) });
  return {
    appName: packageJson.productName,
    appVersion: packageJson.version,
    settings,
    secrets: options.secrets ?? createKeytarSecretStore(),
    capabilities: options.capabilities,
    endpoints,
    captures: createTokenCaptureSessions({ now, ...(options.captureTimeoutMs ? { timeoutMs: options.captureTimeoutMs } : {}) }),
    running: new Map(),
    captureOwners: new Map(),
    now,
    webexEndpoints: (offer) => resolveWebexEndpoints(offer, endpoints?.data ?? null),
    notices: () => {
      const list = [...settings.notices];
      if (endpoints) list.push({ code: 'endpoints-file-loaded', message: `Test endpoints loaded from ${endpoints.file}.`, params: { file: endpoints.file } });
      return list;
    },
  };
}
