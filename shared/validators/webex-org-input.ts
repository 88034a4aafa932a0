import type { ValidationFailure, ValidationNote } from './result';
import { fail } from './result';
import { cleanPastedText } from './pasted-text';
import { resolveScimBase } from './scim-base';
import { looksLikeUrl } from './url-like';
import { parseWebexOrgId } from './webex-org-id';
import type { TenantUrlOptions } from './webex-tenant-url';
import { parseWebexTenantUrl } from './webex-tenant-url';

/**
 * The step-3 field: admins paste whatever Control Hub or a colleague gave
 * them (the Org ID, the whole tenant URL, or the base64 org id an API
 * returned); all three end up as the one tenant URL Entra needs.
 */

export type WebexOrgInputKind = 'org-id' | 'base64-org-id' | 'tenant-url';

export type WebexOrgInput = { ok: true; orgId: string; tenantUrl: string; notes: ValidationNote[]; inputKind: WebexOrgInputKind } | ValidationFailure;

export function normaliseWebexOrgInput(input: string, options: TenantUrlOptions): WebexOrgInput {
  const { text } = cleanPastedText(input);
  if (text === '') return fail('empty', { variant: 'org-input' });

  if (looksLikeUrl(text)) {
    const url = parseWebexTenantUrl(input, options);
    if (!url.ok) return url;
    return { ok: true, orgId: url.orgId, tenantUrl: url.tenantUrl, notes: url.notes, inputKind: 'tenant-url' };
  }

  const base = resolveScimBase(options);
  if (!base) return fail('invalid-scim-base', { scimBaseUrl: options.scimBaseUrl ?? '' });
  const id = parseWebexOrgId(input);
  if (!id.ok) return id;
  return { ok: true, orgId: id.orgId, tenantUrl: `${base.canonical}/${id.orgId}`, notes: id.notes, inputKind: id.inputKind };
}
