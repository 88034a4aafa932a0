/**
 * Every secret the app keeps. Values live only in the OS keychain under
 * service KEYCHAIN_SERVICE, account `<namespace>/<profileId>/<secretId>`; the
 * settings file only records that a secret exists and when it expires.
 *
 * The namespace is a random id stored in each data folder's settings file, so two
 * data folders (two `--data-dir`s, two test runs) never share or overwrite a token.
 */
export const KEYCHAIN_SERVICE = 'SCIM Setup Wizard';

/** The access key ID is kept as a secret too: with the secret it is a credential, and CXone shows both once. */
export const SECRET_IDS = ['webex-bearer-token', 'cxone-access-key-id', 'cxone-access-key-secret', 'cxone-bearer-token'] as const;
export type SecretId = (typeof SECRET_IDS)[number];

/** 12 lower-case hex digits (48 random bits): short enough to read in a keychain viewer, far from colliding on one machine. */
export const KEYCHAIN_NAMESPACE_PATTERN = /^[0-9a-f]{12}$/;

export function keychainAccount(namespace: string, profileId: string, secretId: SecretId): string {
  return `${namespace}/${profileId}/${secretId}`;
}

/** The account before namespaces existed (settings schema 1); only used to move such entries to their new account. */
export function legacyKeychainAccount(profileId: string, secretId: SecretId): string {
  return `${profileId}/${secretId}`;
}

/** A fresh namespace for a new data folder. Web Crypto, so this module stays free of Node imports. */
export function newKeychainNamespace(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
