import { readOrgId } from '../validators/webex-org-id';
import type { OrgIdComparison } from './identity-record';

/**
 * The Org ID inside a saved answer: the Webex field keeps the normalised tenant URL
 * `<scim base>/<orgId>` (shared/validators/webex-org-input.ts), so the id is its last
 * path segment. Null when nothing (or nothing readable) is saved.
 */
export function orgIdOfAnswer(answer: string | undefined): string | null {
  const text = (answer ?? '').trim();
  if (text === '') return null;
  const last = text.split('/').pop() ?? '';
  const read = readOrgId(last);
  return read.ok ? read.orgId : null;
}

/** The token's organisation against the answer: a typed Org ID that differs is never overwritten, only reported. */
export function compareOrgAnswer(answer: string | undefined, tokenOrgId: string): OrgIdComparison {
  const answered = orgIdOfAnswer(answer);
  if (answered === null) return 'no-answer';
  return answered === tokenOrgId.toLowerCase() ? 'match' : 'differs';
}
