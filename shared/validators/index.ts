import type { EndpointFacts } from '../integrations/types';
import { validateBearerToken } from './bearer-token';
import { validateCxoneBaseUrl } from './cxone-base-url';
import { validateCxoneRegion } from './cxone-region';
import { validateCxoneAccessKeyId, validateCxoneAccessKeySecret, validateCxoneBearerToken } from './cxone-secrets';
import { validateEmail } from './email';
import { validateGraphClientId } from './graph-client-id';
import { validateNonEmpty } from './non-empty';
import { validateProfileName } from './profile-name';
import type { ValidationResult } from './result';
import { normaliseWebexOrgInput } from './webex-org-input';
import { webexOffer } from '../integrations/webex-offer';

/**
 * The validators step definitions name by id (FieldDefinition.validator).
 * The renderer runs them as the admin types and main again before saving,
 * so they are pure and identical on both sides.
 */
export interface ValidatorContext {
  /** The profile's saved fields (e.g. the Webex offer). */
  fields: Readonly<Record<string, string>>;
  /** The endpoint facts in force for the profile's integration (production, or the endpoints file's). */
  endpoints: EndpointFacts;
}

export type Validator = (value: string, ctx: ValidatorContext) => ValidationResult;

export type ValidatorId =
  | 'webex-org-input'
  | 'email'
  | 'non-empty'
  | 'bearer-token'
  | 'cxone-base-url'
  | 'cxone-region'
  | 'cxone-access-key-id'
  | 'cxone-access-key-secret'
  | 'cxone-bearer-token'
  | 'profile-name'
  | 'graph-client-id';

export const VALIDATORS: Readonly<Record<ValidatorId, Validator>> = {
  /** Step 3: Org ID, tenant URL or base64 org id; `value` is the normalised tenant URL. */
  'webex-org-input': (value, ctx) => {
    const offer = webexOffer(ctx.fields);
    const scimBaseUrl = ctx.endpoints[`scimBaseUrl.${offer}`];
    const result = normaliseWebexOrgInput(value, scimBaseUrl === undefined ? { offer } : { offer, scimBaseUrl });
    if (!result.ok) return result;
    return result.notes.length > 0 ? { ok: true, value: result.tenantUrl, notes: result.notes } : { ok: true, value: result.tenantUrl };
  },
  email: (value) => validateEmail(value),
  'non-empty': (value) => validateNonEmpty(value),
  /** A token pasted by hand (the vendor's address-bar method). */
  'bearer-token': (value) => validateBearerToken(value),
  'cxone-base-url': (value) => validateCxoneBaseUrl(value),
  /** A region code, or a base URL pasted whole (its area is kept). */
  'cxone-region': (value) => validateCxoneRegion(value),
  'cxone-access-key-id': (value) => validateCxoneAccessKeyId(value),
  'cxone-access-key-secret': (value) => validateCxoneAccessKeySecret(value),
  'cxone-bearer-token': (value) => validateCxoneBearerToken(value),
  /** A profile's display name (main also refuses a name another profile has: `profile-name-taken`). */
  'profile-name': (value) => validateProfileName(value),
  /** The Microsoft application (client) ID of the admin's app registration (a GUID; saved in lower case). */
  'graph-client-id': (value) => validateGraphClientId(value),
};
