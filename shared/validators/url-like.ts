import { looksLikeBase64OrgId } from './webex-org-id-base64';

/**
 * A scheme, or a "/" outside a base64 id (standard base64 may contain "/"),
 * means a URL: its own checks then say what is wrong with it, e.g. a
 * missing https:// on "api.ciscospark.com/v1/scim/...".
 */
export function looksLikeUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^https?:/i.test(text) || (text.includes('/') && !looksLikeBase64OrgId(text));
}
