import { readFileSync } from 'node:fs';
import type { Notice } from '../../shared/ipc/contract';
import { resolveWebexEndpoints, type WebexEndpoints, type WebexOffer } from '../../shared/endpoints/webex-endpoints';
import { endpointFactsByIntegration } from '../../shared/endpoints/endpoint-facts';
import { signInEndpointsFor } from '../../shared/endpoints/sign-in-endpoints';
import type { EndpointFacts } from '../../shared/integrations/types';
import type { Locale } from '../../shared/settings/locales';
import { ownValue } from '../../shared/own-property';
import { createTokenCaptureSessions } from './token-capture/capture-session';
import { createSignIns, type SignIns } from './token-capture/sign-ins';
import { stderrHostLog, type HostLog } from './host-log';
import { loadEndpointsFile, type LoadedEndpoints } from './endpoints-file';
import type { HostCapabilities } from './host-capabilities';
import { createGraphSignInService, type GraphSignInService, type GraphSignInTestOptions } from './graph-sign-in/graph-sign-in-service';
import { createLegacySecretMover, type LegacyMoveReport } from './legacy-secrets';
import { createNamespacedSecretStore } from './namespaced-secret-store';
import { createKeytarKeychain, type Keychain, type SecretStore } from './secret-store';
import { openSettingsStore, type ConfLikeFactory, type SettingsStore } from './settings-store';

/** Everything a handler may use; built once per launch by either host. */
export interface AppServices {
  appName: string;
  appVersion: string;
  settings: SettingsStore;
  /** The keychain bound to this data folder's namespace. */
  secrets: SecretStore;
  /** This data folder's keychain namespace (for diagnostics); null while the settings file is refused. */
  keychainNamespace(): string | null;
  /**
   * Moves tokens a schema-1 settings file left under the old shared account into the namespace.
   * Hosts start it at launch; every secret call also waits for it; after a failure it runs again.
   */
  moveLegacySecrets(): Promise<LegacyMoveReport>;
  capabilities: HostCapabilities;
  endpoints: LoadedEndpoints | null;
  captures: ReturnType<typeof createTokenCaptureSessions>;
  /** Long actions under way, by request id, so `actions.cancel` can stop them. */
  running: Map<string, AbortController>;
  /** The sign-in under way, its profile and its outcome (a reloaded page attaches to it again). */
  signIns: SignIns;
  /** Support's trail of sign-ins and other events (never a secret). */
  log: HostLog;
  now: () => Date;
  webexEndpoints(offer: WebexOffer): WebexEndpoints;
  /** The endpoint facts in force per integration (what its pure data and validators read). */
  endpointFacts(integrationId: string): EndpointFacts;
  allEndpointFacts(): Record<string, EndpointFacts>;
  /** Where an integration's capture-token sign-in goes, for the profile's answers; null when it has none. */
  signInEndpoints(integrationId: string, fields: Readonly<Record<string, string>>): WebexEndpoints | null;
  notices(): Notice[];
  /** Presenting mode (a customer watches the screen): main refuses to reveal or copy a secret while it is on. */
  presenting(): boolean;
  setPresenting(on: boolean): void;
  /** The UI language fixed at start (`--locale`), or null when the page picks it. */
  fixedLocale: Locale | null;
  /** Microsoft sign-in for Graph (electron/services/graph-sign-in), with the endpoints file's `graph` block in force. */
  graphSignIn: GraphSignInService;
}

export interface AppServicesOptions {
  dataDir: string;
  endpointsFile?: string | undefined;
  capabilities: HostCapabilities;
  /** The keychain by account; default: the OS keychain through keytar. */
  keychain?: Keychain;
  /** electron-store in Electron; conf (its engine) everywhere else. */
  settingsEngine?: ConfLikeFactory;
  captureTimeoutMs?: number;
  log?: HostLog;
  now?: () => Date;
  /** `--presenting`: start in presenting mode. */
  presenting?: boolean;
  /** `--locale`: the UI language for this launch. */
  fixedLocale?: Locale | null;
  /** Tests only: the Microsoft sign-in against a local https provider (scopes it knows, its certificate, a short timeout). */
  graphSignInTest?: GraphSignInTestOptions;
}

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; productName: string };

export function createAppServices(options: AppServicesOptions): AppServices {
  const now = options.now ?? (() => new Date());
  const endpoints = options.endpointsFile ? loadEndpointsFile(options.endpointsFile) : null;
  const settings = openSettingsStore({
    dataDir: options.dataDir,
    now,
    appVersion: packageJson.version,
    ...(options.settingsEngine ? { engine: options.settingsEngine } : {}),
  });
  const keychain = options.keychain ?? createKeytarKeychain();
  const moveLegacySecrets = createLegacySecretMover(settings, keychain);
  const facts = endpointFactsByIntegration(endpoints?.data ?? null);
  // Per launch, not saved: a restart without --presenting starts unmasked.
  let presenting = options.presenting ?? false;
  const log = options.log ?? stderrHostLog;
  return {
    appName: packageJson.productName,
    appVersion: packageJson.version,
    settings,
    secrets: createNamespacedSecretStore({ keychain, namespace: () => settings.read().keychainNamespace, beforeUse: moveLegacySecrets }),
    keychainNamespace: () => (settings.refusal ? null : settings.read().keychainNamespace),
    moveLegacySecrets,
    capabilities: options.capabilities,
    endpoints,
    captures: createTokenCaptureSessions({ now, ...(options.captureTimeoutMs ? { timeoutMs: options.captureTimeoutMs } : {}) }),
    running: new Map(),
    signIns: createSignIns(),
    log,
    now,
    webexEndpoints: (offer) => resolveWebexEndpoints(offer, endpoints?.data ?? null),
    endpointFacts: (integrationId) => ownValue(facts, integrationId) ?? {},
    allEndpointFacts: () => facts,
    signInEndpoints: (integrationId, fields) => signInEndpointsFor(integrationId, fields, endpoints?.data ?? null),
    notices: () => {
      const list = [...settings.notices];
      if (endpoints) list.push({ code: 'endpoints-file-loaded', message: `Test endpoints loaded from ${endpoints.file}.`, params: { file: endpoints.file } });
      return list;
    },
    presenting: () => presenting,
    setPresenting: (on) => {
      presenting = on;
    },
    fixedLocale: options.fixedLocale ?? null,
    graphSignIn: createGraphSignInService({
      endpointsFile: endpoints?.data ?? null,
      keychain,
      namespace: () => settings.read().keychainNamespace,
      beforeUse: moveLegacySecrets,
      opener: options.capabilities.signInOpener,
      now,
      log: (line) => log.info(line),
      ...(options.graphSignInTest ? { test: options.graphSignInTest } : {}),
    }),
  };
}
