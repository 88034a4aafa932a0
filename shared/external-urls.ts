/**
 * The only hosts the app will hand to the system browser (shell.openExternal)
 * or link to: vendor portals and documentation named by the procedures.
 */
const EXTERNAL_HOST_ALLOW_LIST = [
  'portal.azure.com',
  'entra.microsoft.com',
  'learn.microsoft.com',
  'admin.webex.com',
  'admin-usgov.webex.com',
  'help.webex.com',
  'idbroker.webex.com',
  'idbroker-f.webex.com',
] as const;

/** True only for plain https URLs on an allow-listed host: no userinfo, no port, no other scheme. */
export function isAllowedExternalUrl(raw: string, extraOrigins: readonly string[] = []): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (extraOrigins.includes(url.origin)) return true;
  if (url.protocol !== 'https:' || url.port !== '') return false;
  return (EXTERNAL_HOST_ALLOW_LIST as readonly string[]).includes(url.hostname);
}
