import type { SecretId } from './secrets';
import type { ValidatorId } from './validators';

/**
 * How the admin may enter each secret by hand, and how long it lives when the
 * admin does not know: data, so each integration states its vendor's facts.
 */
export interface SecretEntryRule {
  validator: ValidatorId;
  /** Absent when the vendor states no lifetime: no expiry is recorded and none may be given. */
  lifetime?: {
    /** The lifetime the vendor states, used when the admin does not give a date. */
    defaultDays: number;
    /** A date further away than this cannot be right. */
    maxDays: number;
  };
  /** A secret that must not hold the same value: the two halves of a pair have one shape, so the same value pasted twice is a paste mistake. */
  differsFrom?: SecretId;
}

export const SECRET_ENTRY_RULES: Readonly<Record<SecretId, SecretEntryRule>> = {
  // Seed 002, step 5: "이 토큰은 365일 동안 유효합니다" (the token is valid for 365 days).
  'webex-bearer-token': { validator: 'bearer-token', lifetime: { defaultDays: 365, maxDays: 365 } },
  // Seed 000 states no lifetime for CXone's access keys or SCIM bearer tokens (they last until removed in CXone).
  'cxone-access-key-id': { validator: 'cxone-access-key-id', differsFrom: 'cxone-access-key-secret' },
  'cxone-access-key-secret': { validator: 'cxone-access-key-secret', differsFrom: 'cxone-access-key-id' },
  'cxone-bearer-token': { validator: 'cxone-bearer-token' },
};
