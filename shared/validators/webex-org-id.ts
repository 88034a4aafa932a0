import { cleanPastedText, describeCharacter } from './pasted-text';
import type { ValidationNote, ValidationResult } from './result';
import { fail } from './result';
import { looksLikeBase64OrgId, readBase64OrgId } from './webex-org-id-base64';

/**
 * The Webex Org ID: a lower-case UUID (8-4-4-4-12 hex), as Control Hub shows
 * it, or the base64 form Webex APIs return. Codes are stable (README,
 * "Validator codes"); messages say exactly what to fix.
 */

export const ORG_ID_GROUP_LENGTHS = [8, 4, 4, 4, 12] as const;
export const ORG_ID_LENGTH = 36;
/** Far above any real form (UUID 36, base64 about 90): longer is a wrong paste, not worth dissecting. */
const MAX_INPUT_LENGTH = 256;
const EXAMPLE = 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c';

/** Letters admins commonly type for digits. */
const DIGIT_LOOKALIKES: Record<string, string> = { o: '0', O: '0', l: '1', I: '1', i: '1' };

export type OrgIdFailure = Extract<ValidationResult, { ok: false }>;
const refuse = (code: string, message: string, params?: Record<string, string | number>) => fail(code, message, params) as OrgIdFailure;
export type ParsedOrgId =
  | { ok: true; orgId: string; notes: ValidationNote[]; inputKind: 'org-id' | 'base64-org-id' }
  | OrgIdFailure;

export function validateWebexOrgId(input: string): ValidationResult {
  const parsed = parseWebexOrgId(input);
  if (!parsed.ok) return parsed;
  return parsed.notes.length > 0 ? { ok: true, value: parsed.orgId, notes: parsed.notes } : { ok: true, value: parsed.orgId };
}

/** Like validateWebexOrgId, also saying which form was given (the step-3 field reports it). */
export function parseWebexOrgId(input: string): ParsedOrgId {
  const { text, notes } = cleanPastedText(input);
  if (text === '') return refuse('empty', 'Enter the Webex Org ID.');
  return readOrgId(text, notes);
}

/** The Org ID checks on text already cleaned (the tenant URL passes its last path segment). */
export function readOrgId(text: string, notes: ValidationNote[] = []): ParsedOrgId {
  if (text.length > MAX_INPUT_LENGTH) return tooLong(text.length);

  if (looksLikeBase64OrgId(text)) {
    const read = readBase64OrgId(text);
    if (read.kind === 'other') return notOrganization(read.decoded, read.idType);
    const uuid = checkUuid(read.id);
    if (!uuid.ok) return { ...uuid, message: `The base64 Org ID decodes to "${read.id}", which is not valid. ${uuid.message}` };
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
export function checkUuid(text: string): { ok: true; orgId: string; lowerCased: boolean } | OrgIdFailure {
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    if (!/^[0-9a-fA-F-]$/.test(char)) {
      const hint = DIGIT_LOOKALIKES[char] ? ` Did you mean '${DIGIT_LOOKALIKES[char]}'?` : '';
      return refuse('org-id-bad-character', `Character ${describeCharacter(char)} at position ${i + 1} is not a hexadecimal digit (0-9, a-f).${hint}`, {
        char,
        position: i + 1,
      });
    }
  }

  const orgId = text.toLowerCase();
  const groups = orgId.split('-');
  if (groups.length === ORG_ID_GROUP_LENGTHS.length) {
    for (let g = 0; g < groups.length; g++) {
      const length = groups[g]?.length ?? 0;
      const expected = ORG_ID_GROUP_LENGTHS[g] ?? 0;
      if (length !== expected) {
        return refuse(
          'org-id-group-length',
          `Group ${g + 1} has ${length} character${length === 1 ? '' : 's'}; a Webex Org ID has groups of 8-4-4-4-12.`,
          { group: g + 1, length, expected },
        );
      }
    }
    return { ok: true, orgId, lowerCased: orgId !== text };
  }
  if (text.length > ORG_ID_LENGTH) return tooLong(text.length);
  const count = groups.length;
  const what = count === 1 ? 'has no dashes' : `has ${count} dash-separated groups`;
  return refuse('org-id-group-count', `The Org ID ${what}; a Webex Org ID has 5 groups of 8-4-4-4-12 hexadecimal digits, e.g. ${EXAMPLE}.`, {
    groups: count,
    expected: ORG_ID_GROUP_LENGTHS.length,
  });
}

function tooLong(length: number): OrgIdFailure {
  return refuse('org-id-too-long', `The Org ID has ${length} characters; a Webex Org ID has ${ORG_ID_LENGTH} (groups of 8-4-4-4-12), or about 90 in its base64 form.`, {
    length,
    max: ORG_ID_LENGTH,
  });
}

function notOrganization(decoded: string | null, idType?: string): OrgIdFailure {
  const expected = 'a Webex organization id (ciscospark://…/ORGANIZATION/<Org ID>)';
  if (decoded === null) {
    return refuse('org-id-base64-not-organization', `This looks like a base64 Webex id but does not decode to text; copy the whole value again. Expected ${expected}.`);
  }
  const shown = decoded.length > 80 ? `${decoded.slice(0, 80)}…` : decoded;
  const message = idType
    ? `This base64 value decodes to a Webex ${idType} id ("${shown}"), not ${expected}.`
    : `This base64 value decodes to "${shown}", not to ${expected}.`;
  return refuse('org-id-base64-not-organization', message, { decoded: shown });
}

function lowerCasedNote(): ValidationNote {
  return { code: 'lower-cased', message: 'Changed the Org ID to lower case, as Webex writes it.' };
}
