/**
 * Presenting mode: the tenant's Org ID (a UUID, 8-4-4-4-12 hex, in a Webex tenant URL
 * or on its own) is shown with only its first 8 and last 4 hex digits, so support and
 * the customer can still tell tenants apart while the screen is shared. The dashes stay,
 * so the masked id keeps its familiar shape. Pure: used by every place that shows one.
 */

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
export const MASK_CHAR = '•';
const KEEP_FIRST = 8;
const KEEP_LAST = 4;

function maskUuid(uuid: string): string {
  let hexSeen = 0;
  const hexTotal = 32;
  return uuid.replace(/[0-9a-f]/gi, (digit) => {
    hexSeen += 1;
    return hexSeen <= KEEP_FIRST || hexSeen > hexTotal - KEEP_LAST ? digit : MASK_CHAR;
  });
}

/** Every UUID in `text` with its middle hex digits replaced by •; everything else as it was. */
export function maskOrgIdInText(text: string): string {
  return text.replace(UUID, maskUuid);
}

/** The text as it may be shown: masked while presenting, as is otherwise. */
export function shownOrgIdText(text: string, presenting: boolean): string {
  return presenting ? maskOrgIdInText(text) : text;
}
