import { INTEGRATIONS } from '../integrations';
import type { SecretId } from '../secrets';

/**
 * Which stored secrets can say whose they are, and where: declared by each integration
 * (`tokenIdentity` in shared/integrations/*), since integrations differ in the API that answers
 * (Webex: People API `people/me`) and in the answer that holds the organisation.
 */
export interface IdentitySource {
  kind: 'webex-people';
  /** The field whose answer names the organisation; filled from the token when empty. */
  orgAnswerFieldId: string;
}

export function identitySourceOf(secretId: SecretId): IdentitySource | undefined {
  for (const integration of INTEGRATIONS) {
    const found = integration.tokenIdentity?.find((source) => source.secretId === secretId);
    if (found) return { kind: found.kind, orgAnswerFieldId: found.orgAnswerFieldId };
  }
  return undefined;
}
