import { PRODUCTION_WEBEX_ENDPOINTS } from './endpoints/webex-endpoints';
import { INTEGRATIONS } from './integrations';
import type { ActionDefinition } from './integrations/types';

/**
 * The only hosts the app will hand to the system browser (shell.openExternal)
 * or link to: the hosts of the integrations' own open-external actions (their data
 * names every portal page), plus the documentation sites the texts refer to.
 */
const DOCUMENTATION_HOSTS = ['learn.microsoft.com', 'entra.microsoft.com', 'help.webex.com', 'help.nicecxone.com'] as const;
/** Vendor sign-in pages a capture-token action opens in the system browser. */
const SIGN_IN_HOSTS = Object.values(PRODUCTION_WEBEX_ENDPOINTS).map((endpoints) => new URL(endpoints.authorizeUrl).hostname);

function actionHosts(action: ActionDefinition): string[] {
  if (action.kind !== 'open-external') return [];
  return [action.url, ...Object.values(action.urlByField?.urls ?? {})].map((url) => new URL(url).hostname);
}

export const EXTERNAL_HOST_ALLOW_LIST: ReadonlySet<string> = new Set([
  ...DOCUMENTATION_HOSTS,
  ...SIGN_IN_HOSTS,
  ...INTEGRATIONS.flatMap((integration) => integration.steps.flatMap((step) => step.actions.flatMap(actionHosts))),
]);

/** True only for plain https URLs on an allow-listed host: no userinfo, no port, no other scheme. */
export function isAllowedExternalUrl(raw: string, extraOrigins: readonly string[] = []): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (extraOrigins.includes(url.origin)) return true;
  if (url.protocol !== 'https:' || url.port !== '') return false;
  return EXTERNAL_HOST_ALLOW_LIST.has(url.hostname);
}
