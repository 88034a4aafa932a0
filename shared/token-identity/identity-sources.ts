import { WEBEX_FIELDS } from '../integrations/webex-entra';
import type { SecretId } from '../secrets';

/**
 * Which stored secrets can say whose they are, and where: integrations differ in the API
 * that answers (Webex: People API `people/me`) and in the answer that holds the
 * organisation (Webex: the Org ID field, saved as the tenant URL).
 */
export interface IdentitySource {
  kind: 'webex-people';
  /** The field whose answer names the organisation; filled from the token when empty. */
  orgAnswerFieldId: string;
}

const SOURCES: Partial<Record<SecretId, IdentitySource>> = {
  'webex-bearer-token': { kind: 'webex-people', orgAnswerFieldId: WEBEX_FIELDS.tenantUrl },
};

export function identitySourceOf(secretId: SecretId): IdentitySource | undefined {
  return Object.hasOwn(SOURCES, secretId) ? SOURCES[secretId] : undefined;
}
