import { looksLikeBase64OrgId } from './webex-org-id-base64';

/** `scheme://` at the start: whatever follows, the text was meant as a URL. */
export function hasUrlScheme(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}

/**
 * A scheme, or a "/" outside a base64 id (standard base64 may contain "/"),
 * means a URL: its own checks then say what is wrong with it, e.g. a
 * missing https:// on "api.ciscospark.com/v1/scim/...".
 */
export function looksLikeUrl(text: string): boolean {
  return hasUrlScheme(text) || /^https?:/i.test(text) || (text.includes('/') && !looksLikeBase64OrgId(text));
}
