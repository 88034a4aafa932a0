import type { WebexOffer } from '../../../shared/endpoints/webex-endpoints';
import type { DeriveContext } from '../../../shared/integrations/types';
import type { AppServices } from '../app-services';

/** The offer a Webex profile chose; commercial until the admin says otherwise. */
export function webexOffer(fields: Readonly<Record<string, string>>): WebexOffer {
  return fields['webex.offer'] === 'government' ? 'government' : 'commercial';
}

/** Endpoint facts the pure validators and derive hooks need (production, or the endpoints file's). */
export function deriveContext(services: AppServices): DeriveContext {
  return { scimBaseUrl: (offer) => services.webexEndpoints(offer === 'government' ? 'government' : 'commercial').scimBaseUrl };
}
