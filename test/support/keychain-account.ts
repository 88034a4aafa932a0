import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keychainAccount, type SecretId } from '../../shared/secrets';

/**
 * The keychain account a data folder uses for a secret, as a tester computes it:
 * `<keychainNamespace from <dataDir>/settings.json>/<profileId>/<secretId>`.
 */
export function keychainAccountIn(dataDir: string, profileId: string, secretId: SecretId): string {
  const text = readFileSync(join(dataDir, 'settings.json'), 'utf8');
  const { keychainNamespace } = JSON.parse(text.replace(/^\uFEFF/, '')) as { keychainNamespace?: unknown };
  if (typeof keychainNamespace !== 'string') throw new Error(`${dataDir}/settings.json has no keychainNamespace`);
  return keychainAccount(keychainNamespace, profileId, secretId);
}
