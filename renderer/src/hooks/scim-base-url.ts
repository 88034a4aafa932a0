import type { AppInfo } from '../../../shared/ipc/contract';

/** The SCIM base the page validates against, as main does: the one in force for the profile's Webex offer. */
export function scimBaseUrlFor(info: AppInfo, fields: Readonly<Record<string, string>>): string | undefined {
  const offer = fields['webex.offer'] === 'government' ? 'government' : 'commercial';
  return info.webexScimBaseUrls[offer];
}
