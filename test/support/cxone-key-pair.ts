import type { EnvelopeCalls } from './envelope-calls';

/** A CXone access key pair of the documented shape (52 base32 characters and "===="), the halves distinct. */
export const KEY_ID = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGHIJKLMNOPQRST====';
export const KEY_SECRET = 'ZYXWVUTSRQPONMLKJIHGFEDCBA765432ZYXWVUTSRQPONMLKJIHG====';

/** Turns the profile into a CXone one on the access-key path (Okta) and stores both halves through secrets.save. */
export async function saveCxoneKeyPair(calls: EnvelopeCalls, profileId: string): Promise<void> {
  await calls.data('profile.selectIntegration', { profileId, integrationId: 'cxone' });
  await calls.data('profile.saveField', { profileId, fieldId: 'cxone.idp', value: 'okta' });
  await calls.data('secrets.save', { profileId, secretId: 'cxone-access-key-id', value: KEY_ID, expiresAt: null });
  await calls.data('secrets.save', { profileId, secretId: 'cxone-access-key-secret', value: KEY_SECRET, expiresAt: null });
}
