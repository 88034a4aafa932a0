import type { SecretId } from './secrets';
import type { ValidatorId } from './validators';

/**
 * How the admin may enter each secret by hand, and how long it lives when the
 * admin does not know: data, so each integration states its vendor's facts.
 */
export interface SecretEntryRule {
  validator: ValidatorId;
  /** The lifetime the vendor states, used when the admin does not give a date. */
  defaultLifetimeDays: number;
  /** A date further away than this cannot be right. */
  maxLifetimeDays: number;
}

export const SECRET_ENTRY_RULES: Readonly<Record<SecretId, SecretEntryRule>> = {
  // Seed 002, step 5: "이 토큰은 365일 동안 유효합니다" (the token is valid for 365 days).
  'webex-bearer-token': { validator: 'bearer-token', defaultLifetimeDays: 365, maxLifetimeDays: 365 },
};
