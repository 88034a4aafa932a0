import type { ScimOutcome } from '../../../shared/ipc/contract';
import type { ScimTestParams, ScimTestReason, ScimTestWarning } from '../../../shared/ipc/scim-test-result';

/** i18n keys (tried in order) and their t() options: the sentence is written when it is rendered, in the language on screen. */
export type TextRef = readonly [keys: string[], options: Record<string, string | number>];

interface ResultCodes {
  outcome: ScimOutcome;
  stage?: 'token-exchange' | 'scim' | undefined;
  reason?: ScimTestReason | undefined;
  params?: ScimTestParams | undefined;
  warning?: ScimTestWarning | undefined;
}

/**
 * `test.outcome.<outcome>` (the SCIM server's answer) or `test.exchange.<outcome>` (the
 * access-key token endpoint's), with `_<reason>` through i18next's context (a pass with a
 * warning uses the warning's code), filled with main's params. An integration may word an
 * outcome in its vendor's terms under `integrations.<id>.test.*`, tried first.
 */
export function outcomeText(result: ResultCodes, integrationId: string | null): TextRef {
  const context = result.reason ?? (result.outcome === 'ok' ? result.warning?.code : undefined);
  const family = result.stage === 'token-exchange' ? 'exchange' : 'outcome';
  const generic = `test.${family}.${result.outcome}`;
  const keys = integrationId ? [`integrations.${integrationId}.${generic}`, generic] : [generic];
  return [keys, { ...result.params, ...(context ? { context } : {}) }];
}

/** `test.warning.<code>`; `count` also picks the plural form. */
export function warningText(warning: ScimTestWarning): readonly [key: string, options: Record<string, string | number>] {
  return [`test.warning.${warning.code}`, { count: warning.count }];
}
