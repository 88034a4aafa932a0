import type { IntegrationDefinition } from '../integrations/types';
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

/** Where `secretId` says whose it is, as `integration` (the profile's) declares it; undefined when it does not. */
export function identitySourceOf(integration: IntegrationDefinition | undefined, secretId: SecretId): IdentitySource | undefined {
  const found = integration?.tokenIdentity?.find((source) => source.secretId === secretId);
  return found ? { kind: found.kind, orgAnswerFieldId: found.orgAnswerFieldId } : undefined;
}
