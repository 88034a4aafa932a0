import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel } from '../../../shared/ipc/contract';
import type { SecretId } from '../../../shared/secrets';
import type { Profile } from '../../../shared/settings/schema';
import { browserModeCapabilities } from '../../../electron/browser-mode/browser-capabilities';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import { dispatch, type HandlerTable } from '../../../electron/services/dispatch';
import { createHandlerTable } from '../../../electron/services/handlers';
import { storeSecret } from '../../../electron/services/secret-writes';
import { envelopeCalls, type EnvelopeCalls } from '../../support/envelope-calls';
import { startGraphServer, type GraphServer, type GraphServerOptions } from '../../support/graph-server';
import { createMemoryKeychain } from '../../support/memory-keychain';
import { startScimServer, type ScimServer } from '../../support/scim-server';

/**
 * The Graph channels through dispatch on real services (conf settings in a temp folder, the endpoints
 * file's `graph.graphBaseUrl` pointing at B's local Graph), with the real SCIM peer behind it. Only the
 * keychain is the in-memory double, and the Microsoft sign-in is a stand-in that hands out a token the
 * local Graph accepts (the sign-in itself has its own tests in test/unit/graph-sign-in).
 */

export const PROFILE = 'default';
export const GRAPH_TOKEN = 'graph-access-token-for-graph-tests-5a1b2c3d4e5f60718293';
/** The Webex bearer token the SCIM peer takes (a test value, shaped like Webex's). */
export const WEBEX_TOKEN = 'NWEzYjZkZjAtYWU4Ni00YzE5LWIxYjctdGVzdHRva2Vu_PF84_7f9a2a3e-0d1c-4b7e-9a55-1f2e3d4c5b6a';
export const ORG_ID = '6f1c9a0e-3b2d-4e5f-8a7b-0c1d2e3f4a5b';
export const TEST_USER = { userPrincipalName: 'alex.wilber@contoso.example', displayName: 'Alex Wilber', givenName: 'Alex', surname: 'Wilber' };

export interface GraphRig extends EnvelopeCalls {
  services: AppServices;
  table: HandlerTable;
  graph: GraphServer;
  scim: ScimServer;
  logLines: string[];
  /** Every envelope answered, as JSON (what went back to the page). */
  answers: string[];
  settingsFile(): string;
  profile(): Profile;
  setFields(fields: Record<string, string>): void;
  storeToken(secretId: SecretId, value: string): Promise<void>;
  close(): Promise<void>;
}

export interface GraphRigOptions extends Partial<GraphServerOptions> {
  integrationId?: string;
  /** More endpoints-file blocks beside `graph` (e.g. `cxone.apiBaseUrl` of the CXone peers). */
  endpoints?: Record<string, unknown>;
}

export async function startGraphRig(options: GraphRigOptions = {}): Promise<GraphRig> {
  const { integrationId, endpoints, ...graphOptions } = options;
  const cleanups: Array<() => unknown> = [];
  const scim = await startScimServer({ orgId: ORG_ID, bearerToken: WEBEX_TOKEN });
  cleanups.push(() => scim.close());
  const graph = await startGraphServer({
    acceptToken: (token) => Promise.resolve(token === GRAPH_TOKEN),
    users: [TEST_USER, { userPrincipalName: 'adele.vance@contoso.example', displayName: 'Adele Vance' }],
    groups: [{ displayName: 'Webex pilot', members: [TEST_USER.userPrincipalName] }],
    ...graphOptions,
  });
  cleanups.push(() => graph.close());
  const dir = mkdtempSync(join(tmpdir(), 'graph-rig-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const endpointsFile = join(dir, 'endpoints.json');
  writeFileSync(endpointsFile, JSON.stringify({ ...endpoints, graph: { graphBaseUrl: graph.graphBase, clientId: 'test-client' } }));
  const dataDir = join(dir, 'data');
  const logLines: string[] = [];
  const services = createAppServices({
    dataDir,
    keychain: createMemoryKeychain(),
    capabilities: browserModeCapabilities(),
    endpointsFile,
    log: { info: (line) => void logLines.push(line) },
  });
  // The Microsoft sign-in's stand-in: every Graph call of this profile carries GRAPH_TOKEN.
  services.graphSignIn.getAccessToken = () => Promise.resolve({ accessToken: GRAPH_TOKEN, expiresOn: null });
  const table = createHandlerTable(services);
  const answers: string[] = [];
  const call = async (channel: Channel, payload: unknown) => {
    const envelope = await dispatch(table, channel, payload, { host: 'browser' });
    answers.push(JSON.stringify(envelope));
    return envelope;
  };
  const calls = envelopeCalls(call);
  await calls.data('profile.selectIntegration', { profileId: PROFILE, integrationId: integrationId ?? 'webex-entra' });
  const settingsFile = () => readFileSync(join(dataDir, 'settings.json'), 'utf8');
  return {
    services,
    table,
    graph,
    scim,
    logLines,
    answers,
    settingsFile,
    profile: () => services.settings.read().profiles[PROFILE]!,
    setFields: (fields) =>
      services.settings.update((settings) => {
        const profile = settings.profiles[PROFILE]!;
        return { ...settings, profiles: { ...settings.profiles, [PROFILE]: { ...profile, fields: { ...profile.fields, ...fields } } } };
      }),
    storeToken: async (secretId, value) => {
      await storeSecret(services, PROFILE, secretId, value, null);
    },
    close: async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
    },
    ...calls,
  };
}

/** A Webex profile ready for the Graph side: tenant URL answered, token stored. */
export async function readyWebexRig(options: Partial<GraphServerOptions> = {}): Promise<GraphRig> {
  const rig = await startGraphRig(options);
  rig.setFields({ 'webex.tenantUrl': rig.scim.tenantUrl });
  await rig.storeToken('webex-bearer-token', WEBEX_TOKEN);
  return rig;
}
