import type { ScimOutcome } from '../../../shared/ipc/contract';
import type { ScimTestParams, ScimTestReasonOf, ScimTestWarning } from '../../../shared/ipc/scim-test-result';

/**
 * What one live check found, as codes and values (shared/ipc/scim-test-result.ts): the
 * SCIM probe and the access-key exchange both answer in this shape, the renderer writes
 * the sentence.
 */
export interface CheckVerdict {
  ok: boolean;
  outcome: ScimOutcome;
  status?: number;
  reason?: ScimTestReasonOf<ScimOutcome>;
  params?: ScimTestParams;
  /** The server's own words (a SCIM or OAuth error), secrets removed: shown verbatim as the server's. */
  serverDetail?: string;
  warning?: ScimTestWarning;
}

/** A failed check; the type keeps each reason to the outcomes that can have it. */
export function failure<O extends ScimOutcome>(
  outcome: O,
  extra: { status?: number; reason?: ScimTestReasonOf<O>; params?: ScimTestParams; serverDetail?: string } = {},
): CheckVerdict {
  return { ok: false, outcome, ...extra };
}
