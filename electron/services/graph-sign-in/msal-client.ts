import { LogLevel, PublicClientApplication, ProtocolMode, type ICachePlugin, type INetworkModule } from '@azure/msal-node';
import type { GraphEndpoints } from '../../../shared/endpoints/graph-endpoints';

/**
 * One msal-node public client (a desktop app holds no secret) for one profile and client ID.
 * Against Microsoft's login hosts msal-node runs in its AAD mode; any other authority (a test
 * provider from the endpoints file) is a generic OpenID provider: `protocolMode: OIDC` with the
 * host in `knownAuthorities`, so msal-node reads its discovery document instead of Microsoft's
 * instance discovery (https://learn.microsoft.com/en-us/entra/msal/javascript/node/configuration).
 */
export interface MsalClientOptions {
  endpoints: GraphEndpoints;
  clientId: string;
  cachePlugin: ICachePlugin;
  /** Tests only (a provider with a self-signed certificate); production uses msal-node's own client. */
  networkClient?: INetworkModule;
  log?: (line: string) => void;
}

export function createMsalClient(options: MsalClientOptions): PublicClientApplication {
  const { endpoints } = options;
  const log = options.log ?? (() => {});
  return new PublicClientApplication({
    auth: {
      clientId: options.clientId,
      authority: endpoints.authority,
      knownAuthorities: endpoints.knownAuthorities,
    },
    cache: { cachePlugin: options.cachePlugin },
    system: {
      protocolMode: endpoints.protocol === 'AAD' ? ProtocolMode.AAD : ProtocolMode.OIDC,
      ...(options.networkClient ? { networkClient: options.networkClient } : {}),
      loggerOptions: {
        // Never personal data or tokens in the log: msal-node marks such lines, and they are dropped.
        piiLoggingEnabled: false,
        logLevel: LogLevel.Warning,
        loggerCallback: (_level, message, containsPii) => {
          if (!containsPii) log(`msal: ${message}`);
        },
      },
    },
  });
}
