import type { ValidationNote } from './result';
import { cleanPastedText } from './pasted-text';
import { invalidScimBaseMessage, resolveScimBase } from './scim-base';
import { looksLikeBase64OrgId } from './webex-org-id-base64';
import { parseWebexOrgId } from './webex-org-id';
import type { TenantUrlOptions } from './webex-tenant-url';
import { parseWebexTenantUrl } from './webex-tenant-url';

/**
 * The step-3 field: admins paste whatever Control Hub or a colleague gave
 * them (the Org ID, the whole tenant URL, or the base64 org id an API
 * returned); all three end up as the one tenant URL Entra needs.
 */

export type WebexOrgInputKind = 'org-id' | 'base64-org-id' | 'tenant-url';

export type WebexOrgInput =
  | { ok: true; orgId: string; tenantUrl: string; notes: ValidationNote[]; inputKind: WebexOrgInputKind }
  | { ok: false; code: string; message: string; params?: Record<string, string | number> };

export function normaliseWebexOrgInput(input: string, options: TenantUrlOptions): WebexOrgInput {
  const { text } = cleanPastedText(input);
  if (text === '') return { ok: false, code: 'empty', message: 'Enter the Webex Org ID or the tenant URL.' };

  if (isUrlLike(text)) {
    const url = parseWebexTenantUrl(input, options);
    if (!url.ok) return url;
    return { ok: true, orgId: url.orgId, tenantUrl: url.tenantUrl, notes: url.notes, inputKind: 'tenant-url' };
  }

  const base = resolveScimBase(options);
  if (!base) return { ok: false, code: 'invalid-scim-base', message: invalidScimBaseMessage(options.scimBaseUrl) };
  const id = parseWebexOrgId(input);
  if (!id.ok) return id;
  return { ok: true, orgId: id.orgId, tenantUrl: `${base.canonical}/${id.orgId}`, notes: id.notes, inputKind: id.inputKind };
}

/**
 * A scheme, or a "/" outside a base64 id (standard base64 may contain "/"),
 * means a URL: its own checks then say what is wrong with it, e.g. a
 * missing https:// on "api.ciscospark.com/v1/scim/...".
 */
function isUrlLike(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^https?:/i.test(text) || (text.includes('/') && !looksLikeBase64OrgId(text));
}
