import type { ScimOutcome } from '../../../shared/ipc/contract';
import type { ScimTestParams, ScimTestReason, ScimTestWarning } from '../../../shared/ipc/scim-test-result';

/** An i18n key and its t() options: the sentence is written when it is rendered, in the language on screen. */
export type TextRef = readonly [key: string, options: Record<string, string | number>];

interface ResultCodes {
  outcome: ScimOutcome;
  reason?: ScimTestReason | undefined;
  params?: ScimTestParams | undefined;
  warning?: ScimTestWarning | undefined;
}

/**
 * `test.outcome.<outcome>`, or `test.outcome.<outcome>_<reason>` through
 * i18next's context (a pass with a warning uses the warning's code), filled
 * with main's params.
 */
export function outcomeText(result: ResultCodes): TextRef {
  const context = result.reason ?? (result.outcome === 'ok' ? result.warning?.code : undefined);
  return [`test.outcome.${result.outcome}`, { ...result.params, ...(context ? { context } : {}) }];
}

/** `test.warning.<code>`; `count` also picks the plural form. */
export function warningText(warning: ScimTestWarning): TextRef {
  return [`test.warning.${warning.code}`, { count: warning.count }];
}
