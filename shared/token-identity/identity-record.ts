import { z } from 'zod';
import type { ErrorCode } from '../errors';

/**
 * What the app records about the person behind a stored token (non-secret facts only), kept
 * beside the token's dates in the profile's `secrets.<secretId>` record. It lives and dies with
 * that record: a new token, a removed one, a duplicated profile (which copies no secret) or a
 * hand-off file (which carries none) never shows an identity the token did not prove.
 */

/** Failure codes of an identity check (also in ERROR_CODES, with a sentence under `errors.`). */
export const IDENTITY_ERROR_CODES = [
  /** 401: the token has expired or was revoked. */
  'IDENTITY_UNAUTHORIZED',
  /** 403: the token may not read its own person (a scope or licence is missing). */
  'IDENTITY_FORBIDDEN',
  /** No answer: DNS, TLS, refused connection, timeout. */
  'IDENTITY_UNREACHABLE',
  /** An answer that is not the documented person: an HTTP error, a redirect, not JSON, a wrong shape. */
  'IDENTITY_BAD_RESPONSE',
  /** No People API for this token: test endpoints replace the sign-in but name no `peopleApiBaseUrl`. */
  'IDENTITY_NOT_AVAILABLE',
] as const satisfies readonly ErrorCode[];
export type IdentityErrorCode = (typeof IDENTITY_ERROR_CODES)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const MAX_DISPLAY_NAME_CHARS = 256;
export const MAX_EMAIL_CHARS = 320;
export const MAX_ROLES = 100;

export const tokenIdentitySchema = z.object({
  displayName: z.string().max(MAX_DISPLAY_NAME_CHARS),
  /** The first of the person's e-mail addresses; null when the answer lists none. */
  email: z.string().max(MAX_EMAIL_CHARS).nullable(),
  /** The organisation's UUID, decoded from the base64 `ciscospark://<cluster>/ORGANIZATION/<uuid>`. */
  orgId: z.string().regex(UUID),
  /** Decoded role names (`id_full_admin`, `id_readonly_admin`, ...); unknown forms are left out. */
  roles: z.array(z.string().max(128)).max(MAX_ROLES),
  isFullAdmin: z.boolean(),
  checkedAt: z.string(),
});
export type TokenIdentity = z.infer<typeof tokenIdentitySchema>;

/** The last check that failed (kept beside the last identity that succeeded, which it does not erase). */
export const tokenIdentityFailureSchema = z.object({
  code: z.enum(IDENTITY_ERROR_CODES),
  at: z.string(),
});
export type TokenIdentityFailure = z.infer<typeof tokenIdentityFailureSchema>;

/** How the token's organisation compares with the Org ID answered in the wizard. */
export const ORG_ID_COMPARISONS = ['match', 'differs', 'no-answer'] as const;
export type OrgIdComparison = (typeof ORG_ID_COMPARISONS)[number];
