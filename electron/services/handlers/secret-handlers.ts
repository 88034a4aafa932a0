import { AppError } from '../../../shared/errors';
import { SECRET_ENTRY_RULES, type SecretEntryRule } from '../../../shared/secret-entry-rules';
import { fail, type ValidationFailure } from '../../../shared/validators/result';
import { SECRET_IDS, type SecretId } from '../../../shared/secrets';
import { VALIDATORS } from '../../../shared/validators';
import { defaultExpiry, validateExpiryDate } from '../../../shared/validators/secret-expiry';
import type { AppServices } from '../app-services';
import type { HandlerTable } from '../dispatch';
import { removeSecret, storeSecret, storeSecretUnlessSameAs } from '../secret-writes';
import { readProfile } from './profile-access';

type SecretHandlers = Pick<HandlerTable, 'secrets.status' | 'secrets.save' | 'secrets.remove' | 'secrets.reveal' | 'secrets.copyToClipboard'>;

/** The seed's advice: a copied token should not linger on the clipboard. */
const CLIPBOARD_CLEAR_MS = 60_000;
/** A revealed secret is hidden again after this long (or when the admin leaves the step). */
const REVEAL_HIDE_MS = 30_000;

/** The date to record: the admin's (checked), the vendor's lifetime, or none when the vendor states none. */
function secretExpiry(rule: SecretEntryRule, expiresAt: string | null, now: Date): { ok: true; value: string | null } | ValidationFailure {
  if (!rule.lifetime) return expiresAt === null ? { ok: true, value: null } : fail('expiry-not-applicable');
  return expiresAt === null ? { ok: true, value: defaultExpiry(now, rule.lifetime.defaultDays) } : validateExpiryDate(expiresAt, now, rule.lifetime.maxDays);
}

/** While a customer watches the screen, no secret leaves the keychain for the page or the clipboard. */
function refuseWhilePresenting(services: AppServices, secretId: SecretId, what: 'reveal' | 'copy'): void {
  if (!services.presenting()) return;
  services.log.info(`${secretId} ${what === 'reveal' ? 'not shown' : 'not copied'}: presenting mode is on`);
  throw new AppError('PRESENTING', 'Presenting mode is on: secrets are not shown or copied. Turn presenting off first.', { secretId });
}

/** The keychain's value, for Reveal and Copy; an entry never stored or removed outside the app is NOT_FOUND. */
async function storedSecret(services: AppServices, profileId: string, secretId: SecretId): Promise<string> {
  const value = await services.secrets.get(profileId, secretId);
  if (value === null) throw new AppError('NOT_FOUND', 'This secret is not in the keychain.', { secretId });
  return value;
}

export function secretHandlers(services: AppServices): SecretHandlers {
  return {
    'secrets.status': async ({ profileId }) => {
      const profile = readProfile(services, profileId);
      const listed = SECRET_IDS.flatMap((secretId) => {
        const meta = profile.secrets[secretId];
        return meta ? [{ secretId, expiresAt: meta.expiresAt }] : [];
      });
      // The keychain is the truth: an entry removed outside the app shows as missing. Asked all at once: the
      // keychain answers lookups side by side (two in about the time of one, gnome-keyring), and a miss costs
      // several calls on Linux.
      const entries = await Promise.all(
        listed.map(async ({ secretId, expiresAt }) => [secretId, { present: (await services.secrets.get(profileId, secretId)) !== null, expiresAt }] as const),
      );
      return { secrets: Object.fromEntries(entries) };
    },

    'secrets.save': async ({ profileId, secretId, value, expiresAt }) => {
      readProfile(services, profileId);
      const rule = SECRET_ENTRY_RULES[secretId];
      // Main's own check, whatever the page checked; a refusal is data (code and params), like a field's.
      const checked = VALIDATORS[rule.validator](value, { fields: {}, endpoints: {} });
      if (!checked.ok) return checked;
      const expiry = secretExpiry(rule, expiresAt, services.now());
      if (!expiry.ok) return expiry;
      // The pair's halves look alike, so the shapes cannot tell a swap; the same value in both fields is one.
      const other = rule.differsFrom;
      const stored = other
        ? await storeSecretUnlessSameAs(services, profileId, secretId, checked.value, expiry.value, other)
        : await storeSecret(services, profileId, secretId, checked.value, expiry.value);
      if (stored === 'same-as-other') return fail('secret-same-as-other', { variant: secretId });
      services.log.info(`${secretId} entered by hand and stored in the keychain for profile ${profileId} (expires ${expiry.value ?? 'never'})`);
      return { ok: true, profile: stored };
    },

    'secrets.remove': async ({ profileId, secretId }) => {
      readProfile(services, profileId);
      const result = await removeSecret(services, profileId, secretId);
      services.log.info(`${secretId} removed from this computer for profile ${profileId} (keychain entry ${result.removed ? 'deleted' : 'was already gone'})`);
      return result;
    },

    'secrets.reveal': async ({ profileId, secretId }) => {
      readProfile(services, profileId);
      refuseWhilePresenting(services, secretId, 'reveal');
      const value = await storedSecret(services, profileId, secretId);
      services.log.info(`${secretId} shown on screen for profile ${profileId}`);
      return { value, hideAfterMs: REVEAL_HIDE_MS };
    },

    'secrets.copyToClipboard': async ({ profileId, secretId }) => {
      readProfile(services, profileId);
      refuseWhilePresenting(services, secretId, 'copy');
      const value = await storedSecret(services, profileId, secretId);
      const placedBy = services.capabilities.clipboard.place(value, CLIPBOARD_CLEAR_MS);
      return placedBy === 'main' ? { placedBy, clearAfterMs: CLIPBOARD_CLEAR_MS } : { placedBy, value, clearAfterMs: CLIPBOARD_CLEAR_MS };
    },
  };
}
