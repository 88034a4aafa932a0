import { validateGraphClientId } from '../validators/graph-client-id';
import type { EndpointsFile } from './endpoints-file-schema';

/**
 * Where the Microsoft sign-in and Microsoft Graph calls go, and which app registration signs in.
 * Production: the multi-tenant work-account authority and Graph v1.0; no client ID built in (each
 * admin uses their own app registration). An endpoints file's `graph` block may replace any of them.
 */
export interface GraphEndpoints {
  /** msal-node authority; https only (msal-node refuses anything else). */
  authority: string;
  graphBaseUrl: string;
  /** The endpoints file's client ID (tests); null in production, where the profile holds it. */
  clientId: string | null;
  /** 'AAD' for Microsoft's own login hosts; 'OIDC' (generic discovery) for any other authority. */
  protocol: 'AAD' | 'OIDC';
  /** msal-node trusts only these hosts besides Microsoft's (empty for a Microsoft authority). */
  knownAuthorities: string[];
}

export const PRODUCTION_GRAPH_ENDPOINTS = {
  // "organizations": any work or school account, no personal accounts (Graph's synchronization APIs need a work account).
  authority: 'https://login.microsoftonline.com/organizations',
  graphBaseUrl: 'https://graph.microsoft.com/v1.0',
} as const;

/** Microsoft's login hosts (public, US Government, China), which msal-node knows how to discover. */
export const MICROSOFT_LOGIN_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
  'login.chinacloudapi.cn',
]);

/**
 * The loopback redirect path. Register `http://127.0.0.1/graph-sign-in` under "Mobile and desktop
 * applications": Entra ignores the port of a loopback redirect URI but matches its path
 * (https://learn.microsoft.com/en-us/entra/identity-platform/reply-url#localhost-exceptions).
 */
export const GRAPH_REDIRECT_PATH = '/graph-sign-in';

/** The endpoints in force: production, with the file's overrides on top. */
export function resolveGraphEndpoints(file: EndpointsFile | null): GraphEndpoints {
  const o = file?.graph;
  const authority = o?.authority ?? PRODUCTION_GRAPH_ENDPOINTS.authority;
  const host = new URL(authority).host;
  const microsoft = MICROSOFT_LOGIN_HOSTS.has(new URL(authority).hostname);
  return {
    authority,
    graphBaseUrl: o?.graphBaseUrl ?? PRODUCTION_GRAPH_ENDPOINTS.graphBaseUrl,
    clientId: o?.clientId ?? null,
    protocol: microsoft ? 'AAD' : 'OIDC',
    knownAuthorities: microsoft ? [] : [host],
  };
}

/** What a sign-in asks for, when a test provider's endpoints file replaces it (absent keys keep the app's defaults). */
export interface GraphSignInRequestOverrides {
  /** Asked instead of the Graph permission scopes (a test provider knows only its own). */
  scopes?: string[];
  /** Sent instead of 'select_account' (oidc-provider issues a refresh token only with 'consent'). */
  prompt?: 'select_account' | 'consent' | 'login';
}

/**
 * The endpoints file's `scopes` and `prompt`. The schema accepts them only beside a test authority, so
 * against Microsoft the sign-in always asks for the Graph permissions and lets the admin pick the account.
 */
export function graphSignInRequestOverrides(file: EndpointsFile | null): GraphSignInRequestOverrides {
  const o = file?.graph;
  return { ...(o?.scopes ? { scopes: [...o.scopes] } : {}), ...(o?.prompt ? { prompt: o.prompt } : {}) };
}

/** An Entra application (client) ID is a GUID (shared/validators/graph-client-id.ts). Null when `value` is one; else why not. */
export function graphClientIdProblem(value: string): 'empty' | 'not-guid' | null {
  const checked = validateGraphClientId(value);
  if (checked.ok) return null;
  return checked.code === 'empty' ? 'empty' : 'not-guid';
}
