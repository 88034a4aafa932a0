import type { WebexOffer } from '../endpoints/webex-endpoints';

/** The field holding the Webex offer, and the one reading of it: commercial until the admin says otherwise. */
export const WEBEX_OFFER_FIELD = 'webex.offer';

export function webexOffer(fields: Readonly<Record<string, string>>): WebexOffer {
  return Object.hasOwn(fields, WEBEX_OFFER_FIELD) && fields[WEBEX_OFFER_FIELD] === 'government' ? 'government' : 'commercial';
}
