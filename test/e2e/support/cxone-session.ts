import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from '@playwright/test';
import { KEYCHAIN_SERVICE, type SecretId } from '../../../shared/secrets';
import { cxoneEndpointsBlock, startCxonePeers, type CxonePeers, type CxonePeersOptions } from '../../support/cxone-peers';
import { keychainAccountIn } from '../../support/keychain-account';
import { newDataDir, startBrowserHost, type RunningHost } from './browser-host';
import { startGraphPeers, type GraphPeers, type GraphPeersOptions } from './graph-peers';
import { describeLeak, findLeaks } from './leak-scan';

const keytar = createRequire(import.meta.url)('@github/keytar') as {
  getPassword(service: string, account: string): Promise<string | null>;
  deletePassword(service: string, account: string): Promise<boolean>;
};

/** The three CXone secrets a test pastes, fresh for every session. */
export interface CxoneSecrets {
  accessKeyId: string;
  accessKeySecret: string;
  bearerToken: string;
}

/** The test endpoints file's `cxone` block (README, "Test endpoints file"). */
export interface CxoneEndpointsOverrides {
  apiBaseUrl?: string;
  accessKeyTokenUrl?: string;
  oauthTokenUrl?: string;
  oauthAuthorizeUrl?: string;
}

/** A browser-mode host pointed at the local CXone peers (token endpoint + scimmy) through an endpoints file. */
export interface CxoneSession {
  peers: CxonePeers;
  host: RunningHost;
  dataDir: string;
  endpointsFile: string;
  /** What the peers accept: paste these for a passing check. */
  secrets: CxoneSecrets;
  /** The Microsoft sign-in and Graph peers (option `graph`), else null. */
  graph: GraphPeers | null;
}

export interface CxoneSessionOptions {
  dataDir?: string;
  /** Areas the peers serve (default: na1). */
  areas?: string[];
  /** What the peers accept, when a test wants the pasted values to differ (wrong pair, refused token). */
  accepted?: Partial<CxoneSecrets>;
  peers?: Pick<CxonePeersOptions, 'tokenEndpoint' | 'users' | 'ignoreFilter' | 'forbiddenBearerToken'>;
  /**
   * Replaces the endpoints block. Default: only `apiBaseUrl` at the peers, so the OAuth endpoints
   * shown to the IdP stay production's and differ between standard and FedRAMP.
   */
  endpoints?: (peers: CxonePeers) => CxoneEndpointsOverrides;
  env?: NodeJS.ProcessEnv;
  /**
   * Also start the Microsoft sign-in and Graph peers (issue 11 §2: Entra as the IdP, set up through Graph) and add
   * their `graph` block to the endpoints file. Graph's provisioning calls reach the CXone peers' `/oauth/scim/v2`
   * with the bearer token the test stored.
   */
  graph?: boolean | GraphPeersOptions;
}

/** 56 characters of base32 (32 random bytes, then "===="): the only access-key shape seen (shared/validators/cxone-secrets.ts). */
export function randomAccessKey(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of randomBytes(32)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return `${out}====`;
}

/** A bearer token shaped as RFC 6750's b64token (CXone documents no format). */
export function randomBearerToken(): string {
  return `cxs_${randomBytes(30).toString('base64url')}`;
}

export function randomSecrets(): CxoneSecrets {
  return { accessKeyId: randomAccessKey(), accessKeySecret: randomAccessKey(), bearerToken: randomBearerToken() };
}

/** The value the real keychain holds for a secret of the data folder's default profile. */
export async function keychainValue(dataDir: string, secretId: SecretId): Promise<string | null> {
  return keytar.getPassword(KEYCHAIN_SERVICE, keychainAccountIn(dataDir, 'default', secretId));
}

/** Removes a secret of the default profile behind the app's back, as another program could. */
export async function removeFromKeychain(dataDir: string, secretId: SecretId): Promise<void> {
  if (!(await keytar.deletePassword(KEYCHAIN_SERVICE, keychainAccountIn(dataDir, 'default', secretId)))) throw new Error(`${secretId} was not in the keychain`);
}

/**
 * Call once at the top of a spec file: `start()` brings up peers and a host, and an
 * afterEach stops every session the test started, even when it failed.
 */
export function cxoneSessions() {
  const running: Array<Partial<CxoneSession>> = [];
  test.afterEach(async () => {
    for (const session of running.splice(0)) {
      await session.host?.stop();
      await session.peers?.close();
      await session.graph?.close();
    }
  });
  return {
    async start(options: CxoneSessionOptions = {}): Promise<CxoneSession> {
      const secrets = randomSecrets();
      const accepted = { ...secrets, ...options.accepted };
      const endpointsFile = join(newDataDir(), 'endpoints.json');
      const session: Partial<CxoneSession> = { dataDir: options.dataDir ?? newDataDir(), secrets, endpointsFile, graph: null };
      running.push(session);
      const peers = await startCxonePeers({ areas: options.areas ?? ['na1'], ...accepted, ...options.peers });
      session.peers = peers;
      const graph = options.graph ? await startGraphPeers(dirname(endpointsFile), options.graph === true ? {} : options.graph) : null;
      session.graph = graph;
      const block = options.endpoints ? { cxone: options.endpoints(peers) } : cxoneEndpointsBlock(peers);
      writeFileSync(endpointsFile, JSON.stringify({ ...block, ...(graph ? { graph: graph.endpointsBlock } : {}) }, null, 2));
      // The Graph peers' provider has a self-signed certificate the host must trust.
      session.host = await startBrowserHost({ dataDir: session.dataDir!, endpointsFile, env: { ...options.env, ...graph?.env } });
      return session as CxoneSession;
    },
  };
}

/** The leak scan (test/e2e/support/leak-scan.ts), as `<text>: <secret name> (<forms>)` lines; never the value itself. */
export function leaksIn(texts: Record<string, string | Buffer>, secrets: Record<string, string>): string[] {
  return findLeaks(texts, secrets).map(describeLeak);
}
