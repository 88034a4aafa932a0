import { validateBearerToken } from './bearer-token';
import { validateEmail } from './email';
import { validateNonEmpty } from './non-empty';
import type { ValidationResult } from './result';
import { normaliseWebexOrgInput } from './webex-org-input';

/**
 * The validators step definitions name by id (FieldDefinition.validator).
 * The renderer runs them as the admin types and main again before saving,
 * so they are pure and identical on both sides.
 */
export interface ValidatorContext {
  /** The profile's saved fields (the Webex offer lives in 'webex.offer'). */
  fields: Readonly<Record<string, string>>;
  /** The SCIM base in force for the profile's offer (production, or the endpoints file's). */
  scimBaseUrl?: string;
}

export type Validator = (value: string, ctx: ValidatorContext) => ValidationResult;

export type ValidatorId = 'webex-org-input' | 'email' | 'non-empty' | 'bearer-token';

export const VALIDATORS: Readonly<Record<ValidatorId, Validator>> = {
  /** Step 3: Org ID, tenant URL or base64 org id; `value` is the normalised tenant URL. */
  'webex-org-input': (value, ctx) => {
    const offer = ctx.fields['webex.offer'] === 'government' ? 'government' : 'commercial';
    const result = normaliseWebexOrgInput(value, ctx.scimBaseUrl === undefined ? { offer } : { offer, scimBaseUrl: ctx.scimBaseUrl });
    if (!result.ok) return result;
    return result.notes.length > 0 ? { ok: true, value: result.tenantUrl, notes: result.notes } : { ok: true, value: result.tenantUrl };
  },
  email: (value) => validateEmail(value),
  'non-empty': (value) => validateNonEmpty(value),
  /** A token pasted by hand (the vendor's address-bar method). */
  'bearer-token': (value) => validateBearerToken(value),
};
