import { z } from 'zod';
import { readOrgId } from '../validators/webex-org-id';
import { MAX_DISPLAY_NAME_CHARS, MAX_EMAIL_CHARS, MAX_ROLES } from './identity-record';
import { decodeWebexRoleId, isWebexFullAdmin } from './webex-roles';

/**
 * Webex's "Get My Own Details", `GET /v1/people/me`
 * (https://developer.webex.com/docs/api/v1/people/get-my-own-details). The documented answer
 * has `id`, `emails` (array), `displayName`, `orgId` (base64 of
 * `ciscospark://us/ORGANIZATION/<uuid>`), `roles` (array of base64 role ids) and more
 * (`nickName`, `firstName`, `lastName`, `avatar`, `licenses`, `created`, `timezone`,
 * `lastActivity`, `status`, `invitePending`, `loginEnabled`, `type`, ...). Only what
 * identifies the person and their rights is read; anything else may come and go.
 */

const personSchema = z.object({
  id: z.string().min(1),
  emails: z.array(z.string()).max(50),
  displayName: z.string().optional(),
  orgId: z.string().min(1).max(512),
  // Webex lists `roles` for admins; a plain user's answer may leave it out.
  roles: z.array(z.string().max(512)).max(500).optional(),
});

export interface WebexPerson {
  displayName: string;
  emails: string[];
  orgId: string;
  /** Decoded role names, in the answer's order, without duplicates. */
  roles: string[];
  isFullAdmin: boolean;
}

export type PeopleMeParse = { ok: true; person: WebexPerson } | { ok: false; reason: 'not-an-object' | 'shape' | 'org-id'; field?: string };

/** Reads a parsed JSON value as the people/me answer; never throws. */
export function parseWebexPeopleMe(json: unknown): PeopleMeParse {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, reason: 'not-an-object' };
  const parsed = personSchema.safeParse(json);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    return typeof field === 'string' ? { ok: false, reason: 'shape', field } : { ok: false, reason: 'shape' };
  }
  const person = parsed.data;
  const org = readOrgId(person.orgId.trim());
  if (!org.ok) return { ok: false, reason: 'org-id', field: 'orgId' };
  const roles = [...new Set(person.roles?.map(decodeWebexRoleId).filter((name): name is string => name !== null))].slice(0, MAX_ROLES);
  return {
    ok: true,
    person: {
      displayName: plainText(person.displayName ?? '', MAX_DISPLAY_NAME_CHARS),
      emails: person.emails.map((email) => plainText(email, MAX_EMAIL_CHARS)).filter((email) => email !== ''),
      orgId: org.orgId,
      roles,
      isFullAdmin: isWebexFullAdmin(roles),
    },
  };
}

/** Shown on screen and kept in the settings file: no control or invisible format characters, bounded. */
function plainText(text: string, max: number): string {
  return Array.from(text.replace(/[\p{Cc}\p{Cf}]/gu, '').trim())
    .slice(0, max)
    .join('');
}
