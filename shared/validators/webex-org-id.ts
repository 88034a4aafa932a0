import { cleanPastedText } from './pasted-text';
import type { ValidationFailure, ValidationNote, ValidationResult } from './result';
import { fail } from './result';
import { hasUrlScheme } from './url-like';
import { looksLikeBase64OrgId, readBase64OrgId } from './webex-org-id-base64';

/**
 * The Webex Org ID: a lower-case UUID (8-4-4-4-12 hex), as Control Hub shows
 * it, or the base64 form Webex APIs return. Codes are stable (README,
 * "Validator codes"); messages say exactly what to fix.
 */

const ORG_ID_GROUP_LENGTHS = [8, 4, 4, 4, 12] as const;
const ORG_ID_LENGTH = 36;
/** Far above any real form (UUID 36, base64 about 90): longer is a wrong paste, not worth dissecting. */
const MAX_INPUT_LENGTH = 256;
const EXAMPLE = 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c';

/** Letters admins commonly type for digits. */
const DIGIT_LOOKALIKES: Record<string, string> = { o: '0', O: '0', l: '1', I: '1', i: '1' };

export type OrgIdFailure = ValidationFailure;
export type ParsedOrgId = { ok: true; orgId: string; notes: ValidationNote[]; inputKind: 'org-id' | 'base64-org-id' } | OrgIdFailure;

export function validateWebexOrgId(input: string): ValidationResult {
  const parsed = parseWebexOrgId(input);
  if (!parsed.ok) return parsed;
  return parsed.notes.length > 0 ? { ok: true, value: parsed.orgId, notes: parsed.notes } : { ok: true, value: parsed.orgId };
}

/** Like validateWebexOrgId, also saying which form was given (the step-3 field reports it). */
export function parseWebexOrgId(input: string): ParsedOrgId {
  const { text, notes } = cleanPastedText(input);
  if (text === '') return fail('empty', { variant: 'org-id' });
  // The step-3 field takes URLs too (webex-org-input.ts); this validator names the mix-up instead of a bad character.
  if (hasUrlScheme(text) || /\/v1\/scim(\/|$)/i.test(text)) return fail('org-id-is-url');
  return readOrgId(text, notes);
}

/** The Org ID checks on text already cleaned (the tenant URL passes its last path segment). */
export function readOrgId(text: string, notes: ValidationNote[] = []): ParsedOrgId {
  if (text.length > MAX_INPUT_LENGTH) return tooLong(text.length);

  if (looksLikeBase64OrgId(text)) {
    const read = readBase64OrgId(text);
    if (read.kind === 'other') return notOrganization(read.decoded, read.idType);
    const uuid = checkUuid(read.id);
    if (!uuid.ok) return fail(uuid.code, { ...uuid.params, within: 'base64', decodedId: read.id });
    notes.push({ code: 'decoded-base64', message: `Decoded the base64 org id to ${uuid.orgId}.` });
    if (uuid.lowerCased) notes.push(lowerCasedNote());
    return { ok: true, orgId: uuid.orgId, notes, inputKind: 'base64-org-id' };
  }

  const uuid = checkUuid(text);
  if (!uuid.ok) return uuid;
  if (uuid.lowerCased) notes.push(lowerCasedNote());
  return { ok: true, orgId: uuid.orgId, notes, inputKind: 'org-id' };
}

/**
 * Characters are checked before group lengths: a typo or a look-alike letter
 * ('g' for 'e', 'O' for '0') leaves the lengths right, so naming the exact
 * character and its position is the precise fix; and a foreign character
 * (braces, a colon, a space) would otherwise show up as a confusing length
 * problem. Positions are 1-based code points of the cleaned value.
 */
function checkUuid(text: string): { ok: true; orgId: string; lowerCased: boolean } | OrgIdFailure {
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    if (!/^[0-9a-fA-F-]$/.test(char)) {
      const suggest = DIGIT_LOOKALIKES[char];
      return fail('org-id-bad-character', suggest ? { char, position: i + 1, variant: 'lookalike', suggest } : { char, position: i + 1 });
    }
  }

  const orgId = text.toLowerCase();
  const groups = orgId.split('-');
  if (groups.length === ORG_ID_GROUP_LENGTHS.length) {
    for (let g = 0; g < groups.length; g++) {
      const length = groups[g]?.length ?? 0;
      const expected = ORG_ID_GROUP_LENGTHS[g] ?? 0;
      if (length !== expected) {
        return fail('org-id-group-length', { group: g + 1, length, expected, ...(length === 1 ? { variant: 'one' } : {}) });
      }
    }
    return { ok: true, orgId, lowerCased: orgId !== text };
  }
  if (text.length > ORG_ID_LENGTH) return tooLong(text.length);
  const count = groups.length;
  return fail('org-id-group-count', {
    groups: count,
    expected: ORG_ID_GROUP_LENGTHS.length,
    example: EXAMPLE,
    ...(count === 1 ? { variant: 'no-dashes' } : {}),
  });
}

function tooLong(length: number): OrgIdFailure {
  return fail('org-id-too-long', { length, max: ORG_ID_LENGTH });
}

function notOrganization(decoded: string | null, idType?: string): OrgIdFailure {
  if (decoded === null) return fail('org-id-base64-not-organization', { variant: 'undecodable' });
  const shown = decoded.length > 80 ? `${decoded.slice(0, 80)}…` : decoded;
  return fail('org-id-base64-not-organization', idType ? { decoded: shown, idType, variant: 'typed' } : { decoded: shown });
}

function lowerCasedNote(): ValidationNote {
  return { code: 'lower-cased', message: 'Changed the Org ID to lower case, as Webex writes it.' };
}
