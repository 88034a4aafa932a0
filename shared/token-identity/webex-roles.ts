import { decodeBase64Text } from '../validators/webex-org-id-base64';

/**
 * Webex role ids, as `GET /v1/people/me` lists them in `roles`: base64 of
 * `ciscospark://<cluster>/ROLE/<name>`, e.g. `Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfZnVsbF9hZG1pbg`
 * = `ciscospark://us/ROLE/id_full_admin`. Webex's List Roles answer names them
 * (https://developer.webex.com/docs/api/v1/roles/list-roles; an org's answer is quoted at
 * https://community.cisco.com/t5/webex-for-developers/how-to-remove-an-admin-role-from-a-webex-subscriber/m-p/4654114):
 * `id_full_admin` Full Administrator, `id_user_admin` User Administrator,
 * `id_readonly_admin` Read-only Administrator, `atlas-portal.support` Support Administrator,
 * `id_device_admin` Device Administrator. Custom roles carry a UUID instead of a name.
 */
export const WEBEX_FULL_ADMIN_ROLE = 'id_full_admin';

/** The part after `/ROLE/`, or null for anything that is not a Webex role id (kept out of the record). */
export function decodeWebexRoleId(roleId: string): string | null {
  const decoded = decodeBase64Text(roleId.trim());
  if (decoded === null || !decoded.startsWith('ciscospark://')) return null;
  const parts = decoded.slice('ciscospark://'.length).split('/');
  const name = parts[parts.length - 1] ?? '';
  if (parts.length < 3 || parts[parts.length - 2] !== 'ROLE' || !/^[A-Za-z0-9._:-]{1,128}$/.test(name)) return null;
  return name;
}

/**
 * Who counts as a full administrator: only the Full Administrator role. The vendor procedure
 * (seed 002, step 5) says to sign in "with a full administrator account for the organization"
 * (전체 관리 계정) because a token of a lower-privileged user cannot create users. A User
 * Administrator may manage people in Control Hub, but the procedure does not vouch for it, so it
 * is reported by name, not as full.
 */
export function isWebexFullAdmin(roleNames: readonly string[]): boolean {
  return roleNames.includes(WEBEX_FULL_ADMIN_ROLE);
}
