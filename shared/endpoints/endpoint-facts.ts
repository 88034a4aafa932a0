import type { EndpointFacts } from '../integrations/types';
import { cxoneEndpointFacts, resolveCxoneEndpoints } from './cxone-endpoints';
import type { EndpointsFile } from './endpoints-file-schema';
import { resolveWebexEndpoints } from './webex-endpoints';

/**
 * The endpoint facts each integration's pure data reads (validators, derived and computed
 * values), in force for this launch: production, or the endpoints file's. Main sends them
 * to the page in the app info, so both sides compute the same values.
 */
export function endpointFactsByIntegration(file: EndpointsFile | null): Record<string, EndpointFacts> {
  return {
    'webex-entra': {
      'scimBaseUrl.commercial': resolveWebexEndpoints('commercial', file).scimBaseUrl,
      'scimBaseUrl.government': resolveWebexEndpoints('government', file).scimBaseUrl,
    },
    cxone: cxoneEndpointFacts(resolveCxoneEndpoints(file)),
  };
}
