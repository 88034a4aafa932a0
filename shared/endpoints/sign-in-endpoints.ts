import { webexOffer } from '../integrations/webex-offer';
import { ownValue } from '../own-property';
import type { EndpointsFile } from './endpoints-file-schema';
import { resolveWebexEndpoints, type WebexEndpoints } from './webex-endpoints';

/**
 * Where each integration's capture-token sign-in goes, for the profile's answers (production, or
 * the endpoints file's). Only integrations with a loopback sign-in are listed (today Webex's
 * implicit grant); the others have none.
 */
const SIGN_IN_ENDPOINTS: Readonly<Record<string, (fields: Readonly<Record<string, string>>, file: EndpointsFile | null) => WebexEndpoints>> = {
  'webex-entra': (fields, file) => resolveWebexEndpoints(webexOffer(fields), file),
};

export function signInEndpointsFor(integrationId: string, fields: Readonly<Record<string, string>>, file: EndpointsFile | null): WebexEndpoints | null {
  return ownValue(SIGN_IN_ENDPOINTS, integrationId)?.(fields, file) ?? null;
}
