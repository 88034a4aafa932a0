import { AppError } from '../../../shared/errors';
import { SECRET_IDS, type SecretId } from '../../../shared/secrets';
import type { AppServices } from '../app-services';
import type { HandlerTable } from '../dispatch';
import { readProfile } from './profile-access';

type SecretHandlers = Pick<HandlerTable, 'secrets.status' | 'secrets.copyToClipboard'>;

/** The seed's advice: a copied token should not linger on the clipboard. */
export const CLIPBOARD_CLEAR_MS = 60_000;

export function secretHandlers(services: AppServices): SecretHandlers {
  return {
    'secrets.status': async ({ profileId }) => {
      const profile = readProfile(services, profileId);
      const secrets: Partial<Record<SecretId, { present: boolean; expiresAt: string | null }>> = {};
      for (const secretId of SECRET_IDS) {
        const meta = profile.secrets[secretId];
        if (!meta) continue;
        // The keychain is the truth: an entry removed outside the app shows as missing.
        const present = (await services.secrets.get(profileId, secretId)) !== null;
        secrets[secretId] = { present, expiresAt: meta.expiresAt };
      }
      return { secrets };
    },

    'secrets.copyToClipboard': async ({ profileId, secretId }) => {
      readProfile(services, profileId);
      const value = await services.secrets.get(profileId, secretId);
      if (value === null) throw new AppError('NOT_FOUND', 'No token is stored for this profile yet.', { secretId });
      const placedBy = services.capabilities.clipboard.place(value, CLIPBOARD_CLEAR_MS);
      return placedBy === 'main' ? { placedBy, clearAfterMs: CLIPBOARD_CLEAR_MS } : { placedBy, value, clearAfterMs: CLIPBOARD_CLEAR_MS };
    },
  };
}
