/**
 * Every secret the app keeps. Values live only in the OS keychain under
 * service KEYCHAIN_SERVICE, account `<profileId>/<secretId>`; the settings file
 * only records that a secret exists and when it expires.
 */
export const KEYCHAIN_SERVICE = 'SCIM Setup Wizard';

export const SECRET_IDS = ['webex-bearer-token'] as const;
export type SecretId = (typeof SECRET_IDS)[number];

export function keychainAccount(profileId: string, secretId: SecretId): string {
  return `${profileId}/${secretId}`;
}
