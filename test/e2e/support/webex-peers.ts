import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startOidcProvider, type OidcProviderHandle } from '../../support/oidc-provider-server';
import { startScimServer, type ScimServer, type ScimServerOptions } from '../../support/scim-server';
import { freePort } from '../../support/free-port';
import { startWebexPeopleServer, type PeoplePersona, type WebexPeopleServerHandle } from '../../support/webex-people-server';
import { startGraphPeers, type GraphPeers, type GraphPeersOptions } from './graph-peers';
export { freePort };

/** A lower-case UUID, the shape of a real Webex Org ID. */
export const TEST_ORG_ID = '3f2b6c1e-8d4a-4e7b-9c2f-5a1d0e6b7c8d';

export interface WebexPeers {
  provider: OidcProviderHandle;
  scim: ScimServer;
  /** People API `people/me`: whose token it is (issue 11 §1). */
  people: WebexPeopleServerHandle;
  loopbackPort: number;
  endpointsFile: string;
  /** The Microsoft sign-in and Graph peers (option `graph`), else null; start the host with `graph.env`. */
  graph: GraphPeers | null;
  close(): Promise<void>;
}

/**
 * The two independent peers the Webex flow talks to, started on loopback:
 * oidc-provider (native client, implicit `id_token token`) in place of
 * idbroker, and a scimmy SCIM server in place of api.ciscospark.com that
 * accepts exactly the access tokens the provider issued. The endpoints file
 * written into `dir` points the wizard at both.
 */
export interface WebexPeersOptions {
  loopbackPort?: number;
  /** false: the SCIM server refuses every token with 401, as Webex does with an expired one. */
  scimAcceptsTokens?: boolean;
  /** Users already on the SCIM server, and whether it ignores a search filter. */
  scim?: Pick<ScimServerOptions, 'users' | 'ignoreFilter'>;
  /** Who a token the provider issued is, for the People API (default a full administrator of TEST_ORG_ID). */
  peoplePersona?: PeoplePersona;
  /** Also start the Microsoft sign-in and Graph peers (issue 11 §2) and add their `graph` block to the endpoints file. */
  graph?: boolean | GraphPeersOptions;
}

export async function startWebexPeers(dir: string, options: WebexPeersOptions = {}): Promise<WebexPeers> {
  const loopbackPort = options.loopbackPort ?? (await freePort());
  const provider = await startOidcProvider({ redirectUri: `http://localhost:${loopbackPort}/auth/code` });
  const scim = await startScimServer({
    orgId: TEST_ORG_ID,
    acceptToken: async (token) => options.scimAcceptsTokens !== false && (await provider.isValidAccessToken(token)),
    ...options.scim,
  });
  const people = await startWebexPeopleServer({
    orgId: TEST_ORG_ID,
    resolveToken: async (token) => ((await provider.isValidAccessToken(token)) ? (options.peoplePersona ?? 'full-admin') : null),
  });
  const graph = options.graph ? await startGraphPeers(dir, options.graph === true ? {} : options.graph) : null;
  const endpointsFile = join(dir, 'endpoints.json');
  writeFileSync(
    endpointsFile,
    JSON.stringify(
      {
        webex: {
          authorizeUrl: provider.authorizeUrl,
          clientId: provider.clientId,
          scopes: ['openid'],
          responseType: 'id_token token',
          extraParams: { nonce: '{random}' },
          loopbackPort,
          scimBaseUrl: scim.baseUrl,
          peopleApiBaseUrl: people.baseUrl,
        },
        ...(graph ? { graph: graph.endpointsBlock } : {}),
      },
      null,
      2,
    ),
  );
  return {
    provider,
    scim,
    people,
    loopbackPort,
    endpointsFile,
    graph,
    close: async () => {
      await graph?.close();
      await scim.close();
      await people.close();
      await provider.close();
    },
  };
}
