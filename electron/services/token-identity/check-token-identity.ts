import { resolveWebexPeopleApiBase } from '../../../shared/endpoints/webex-endpoints';
import { findField } from '../../../shared/engine/step-engine';
import { AppError } from '../../../shared/errors';
import { findIntegration } from '../../../shared/integrations';
import { webexOffer } from '../../../shared/integrations/webex-offer';
import type { SecretId } from '../../../shared/secrets';
import type { Profile } from '../../../shared/settings/schema';
import type { IdentityErrorCode, OrgIdComparison, TokenIdentity } from '../../../shared/token-identity/identity-record';
import { identitySourceOf, type IdentitySource } from '../../../shared/token-identity/identity-sources';
import { compareOrgAnswer, orgIdOfAnswer } from '../../../shared/token-identity/org-answer';
import type { AppServices } from '../app-services';
import { profileHandlers } from '../handlers/profile-handlers';
import { readProfile, updateProfile } from '../handlers/profile-access';
import { fetchWebexPeopleMe, type PeopleMeOutcome } from './people-me-client';

/**
 * Whose stored token is this: asks the vendor, records the answer beside the token's dates,
 * fills an empty Org ID answer from the token's organisation (through profile.saveField, the
 * path every answer takes: its validator, the tenant URL it derives, the checks it invalidates)
 * and compares a typed one. A typed Org ID is never overwritten.
 */

export interface IdentityCheckResult {
  identity: TokenIdentity;
  orgIdMatchesAnswer: OrgIdComparison;
  orgIdFilled: boolean;
  answerOrgId: string | null;
  profile: Profile;
}

export interface IdentityCheckOptions {
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

const FAILURE_MESSAGES: Record<IdentityErrorCode, string> = {
  IDENTITY_UNAUTHORIZED: 'The token was refused (HTTP 401): it has expired or was revoked.',
  IDENTITY_FORBIDDEN: 'The token may not read its own person (HTTP 403).',
  IDENTITY_UNREACHABLE: 'The People API could not be reached.',
  IDENTITY_BAD_RESPONSE: 'The People API did not answer with a person.',
  IDENTITY_NOT_AVAILABLE: 'No People API is configured for this sign-in (test endpoints without webex.peopleApiBaseUrl).',
};

export async function checkTokenIdentity(
  services: AppServices,
  profileId: string,
  secretId: SecretId,
  options: IdentityCheckOptions = {},
): Promise<IdentityCheckResult> {
  const profile = readProfile(services, profileId);
  const source = identitySourceOf(findIntegration(profile.integrationId), secretId);
  if (!source) throw new AppError('VALIDATION_FAILED', `${secretId} has no identity to check.`, { secretId, reason: 'no-identity-source' });
  const savedAt = profile.secrets[secretId]?.savedAt;
  if (savedAt === undefined) throw new AppError('NOT_FOUND', 'This secret is not stored.', { secretId });
  const baseUrl = resolveWebexPeopleApiBase(webexOffer(profile.fields), services.endpoints?.data ?? null);
  if (baseUrl === null) throw new AppError('IDENTITY_NOT_AVAILABLE', FAILURE_MESSAGES.IDENTITY_NOT_AVAILABLE);
  const token = await services.secrets.get(profileId, secretId);
  if (token === null) throw new AppError('NOT_FOUND', 'This secret is not in the keychain.', { secretId });

  const outcome: PeopleMeOutcome = await fetchWebexPeopleMe({ baseUrl, token, ...options });
  // The answer is about this token only: if another one was stored meanwhile, it is dropped (the dates may even be equal).
  if ((await services.secrets.get(profileId, secretId)) !== token) throw tokenReplaced(secretId);
  const at = services.now().toISOString();
  if (!outcome.ok) {
    recordOnToken(services, profileId, secretId, savedAt, (meta) => ({ ...meta, identityFailure: { code: outcome.code, at } }));
    services.log.info(`token identity of ${secretId} for profile ${profileId}: ${outcome.code} (${describeParams(outcome.params)})`);
    throw new AppError(outcome.code, FAILURE_MESSAGES[outcome.code], outcome.params);
  }

  const { person } = outcome;
  const identity: TokenIdentity = {
    displayName: person.displayName,
    email: person.emails[0] ?? null,
    orgId: person.orgId,
    roles: person.roles,
    isFullAdmin: person.isFullAdmin,
    checkedAt: at,
  };
  const orgIdFilled = await fillEmptyOrgAnswer(services, profileId, secretId, savedAt, source, identity.orgId);
  const saved = recordOnToken(services, profileId, secretId, savedAt, (meta) => {
    const { identityFailure: _cleared, ...rest } = meta;
    return { ...rest, identity };
  });
  const answer = saved.fields[source.orgAnswerFieldId];
  const orgIdMatchesAnswer = compareOrgAnswer(answer, identity.orgId);
  services.log.info(
    `token identity of ${secretId} for profile ${profileId}: ${identity.isFullAdmin ? 'full administrator' : 'not a full administrator'}, ` +
      `Org ID ${orgIdFilled ? 'filled from the token' : orgIdMatchesAnswer}`,
  );
  return { identity, orgIdMatchesAnswer, orgIdFilled, answerOrgId: orgIdOfAnswer(answer), profile: saved };
}

type SecretMeta = NonNullable<Profile['secrets'][SecretId]>;

/**
 * Writes on the token's record, unless the token was replaced or removed while its check ran:
 * the answer is about the previous token then and is dropped (CANCELLED).
 */
function recordOnToken(services: AppServices, profileId: string, secretId: SecretId, savedAt: string, change: (meta: SecretMeta) => SecretMeta): Profile {
  let stale = false;
  const saved = updateProfile(services, profileId, (current) => {
    const meta = current.secrets[secretId];
    if (!meta || meta.savedAt !== savedAt) {
      stale = true;
      return current;
    }
    return { ...current, secrets: { ...current.secrets, [secretId]: change(meta) } };
  });
  if (stale) throw tokenReplaced(secretId);
  return saved;
}

function tokenReplaced(secretId: SecretId): AppError {
  return new AppError('CANCELLED', 'The token changed while it was being checked.', { secretId, reason: 'token-replaced' });
}

/** Fills the Org ID answer when it is empty, the profile's integration has that field and the token is still the one checked; true when it did. */
async function fillEmptyOrgAnswer(
  services: AppServices,
  profileId: string,
  secretId: SecretId,
  savedAt: string,
  source: IdentitySource,
  orgId: string,
): Promise<boolean> {
  const current = readProfile(services, profileId);
  if (current.secrets[secretId]?.savedAt !== savedAt) return false;
  const integration = findIntegration(current.integrationId);
  if (!integration || !findField(integration, source.orgAnswerFieldId)) return false;
  if ((current.fields[source.orgAnswerFieldId] ?? '').trim() !== '') return false;
  // No await between the emptiness check and the save (saveField reaches its write synchronously), so no other write slips in.
  const saved = await profileHandlers(services)['profile.saveField'](
    { profileId, fieldId: source.orgAnswerFieldId, value: orgId },
    { host: services.capabilities.host },
  );
  if (!saved.ok) services.log.info(`token identity for profile ${profileId}: the token's Org ID was not saved (${saved.code})`);
  return saved.ok;
}

/** Codes and hosts only, for the log line. */
function describeParams(params: Readonly<Record<string, string | number>>): string {
  return Object.entries(params)
    .map(([key, value]) => `${key} ${String(value)}`)
    .join(', ');
}
