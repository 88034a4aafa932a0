/**
 * What a SCIM connection test says beyond its outcome, as codes and values:
 * main never writes the sentence, the renderer picks `test.outcome.<outcome>_<reason>`
 * and fills it with `params`. Plain data (no zod) so the renderer can use it too.
 */

/** Every outcome of a live check, once (the contract's enum; the report words them too). */
export const SCIM_OUTCOMES = [
  'ok',
  'unauthorized',
  'forbidden',
  'not-found',
  'dns',
  'tls',
  'timeout',
  'connection-refused',
  'not-scim',
  /** The access-key token endpoint answered 200 without a usable `access_token`. */
  'bad-token-response',
  'http-error',
  'network',
  'cancelled',
] as const;
export type ScimOutcome = (typeof SCIM_OUTCOMES)[number];

/** Outcomes only the access-key token endpoint gives (worded under `test.exchange`, the others under `test.outcome`). */
export const TOKEN_EXCHANGE_ONLY_OUTCOMES: readonly ScimOutcome[] = ['bad-token-response'];

/** The causes an outcome can have, where it has more than one. */
export const SCIM_TEST_REASONS = {
  /** `deadline`: our own time limit ({seconds}); `code`: the network stack gave up ({code}). */
  timeout: ['deadline', 'code'],
  /** A 200 answer that is not a SCIM ListResponse. `too-large` {mib}, `content-type` {type}. */
  'not-scim': ['too-large', 'html', 'content-type', 'not-json', 'not-list-response'],
  /** The token endpoint's 200 answer: `html`, `not-json`, `no-access-token`, `too-large` {mib}. */
  'bad-token-response': ['html', 'not-json', 'no-access-token', 'too-large'],
  /** Redirects are never followed (the token would go along). `redirect` {status, host}, the others {status}. */
  'http-error': ['redirect', 'redirect-no-location', 'redirect-unreadable', 'status'],
  /** `bad-url`: nothing was sent; `code` {code}: a system error code; `unknown`: no code at all. */
  network: ['bad-url', 'code', 'unknown'],
} as const satisfies Partial<Record<ScimOutcome, readonly string[]>>;

type ReasonTable = typeof SCIM_TEST_REASONS;
/** The reasons one outcome can carry (never for outcomes outside the table). */
export type ScimTestReasonOf<O extends ScimOutcome> = O extends keyof ReasonTable ? ReasonTable[O][number] : never;
export type ScimTestReason = ReasonTable[keyof ReasonTable][number];

/** Every reason once, for the contract's enum. */
export const SCIM_TEST_REASON_LIST = [...new Set(Object.values(SCIM_TEST_REASONS).flat())] as [ScimTestReason, ...ScimTestReason[]];

/** Values a sentence needs: status, host, type, code (ENOTFOUND, DEPTH_ZERO_SELF_SIGNED_CERT, ...), seconds, mib. */
export type ScimTestParams = Record<string, string | number>;

/** A pass that still deserves attention. `users-found`: the search for a random userName found `count` users. */
export const SCIM_TEST_WARNING_CODES = ['users-found'] as const;
export interface ScimTestWarning {
  code: (typeof SCIM_TEST_WARNING_CODES)[number];
  count: number;
}
