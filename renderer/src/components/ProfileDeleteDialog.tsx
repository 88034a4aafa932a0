import { graphKeychainEntries } from '../../../shared/settings/graph-keychain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { KEYCHAIN_SERVICE, SECRET_IDS, keychainAccount } from '../../../shared/secrets';
import type { Profile } from '../../../shared/settings/schema';
import { call } from '../api/client';
import { useProfileName } from '../hooks/use-profile-name';
import { ConfirmDialog } from '../ui/Dialog';

interface Props {
  /** The profile to delete; null while nothing is being deleted. */
  profile: Profile | null;
  keychainNamespace: string;
  isActive: boolean;
  onCancel(): void;
  onDeleted(answer: ResponseOf<'profiles.delete'>, name: string): void;
  onFailed(error: unknown, name: string): void;
}

/**
 * The confirmation before a profile is deleted: it names every keychain entry that goes with
 * it, by what it is and by its account (as a keychain viewer shows it), so nothing is deleted
 * that the admin did not see listed. Main deletes every account of the profile, listed or not.
 */
export function ProfileDeleteDialog({ profile, keychainNamespace, isActive, onCancel, onDeleted, onFailed }: Props) {
  const { t } = useTranslation();
  const [deleting, setDeleting] = useState(false);
  const profileName = useProfileName();
  const name = profile ? profileName(profile) : '';
  // Every keychain entry the profile holds: its secrets, and its Microsoft sign-in when one is recorded.
  const stored = profile
    ? [
        ...SECRET_IDS.filter((secretId) => profile.secrets[secretId] !== undefined).map((secretId) => ({
          secretId,
          account: keychainAccount(keychainNamespace, profile.id, secretId),
        })),
        ...graphKeychainEntries(keychainNamespace, profile),
      ]
    : [];

  const confirm = async () => {
    if (!profile || deleting) return;
    setDeleting(true);
    try {
      onDeleted(await call('profiles.delete', { profileId: profile.id }), name);
    } catch (error) {
      onFailed(error, name);
    } finally {
      setDeleting(false);
    }
  };

  return (
    <ConfirmDialog
      open={profile !== null}
      title={t('profiles.confirmDelete.title', { name })}
      testId="confirm-delete-profile"
      danger
      confirmLabel={t('profiles.confirmDelete.confirm')}
      cancelLabel={t('profiles.confirmDelete.cancel')}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
      body={
        <>
          <p>{t('profiles.confirmDelete.body')}</p>
          {stored.length > 0 ? (
            <>
              <p>{t('profiles.confirmDelete.secretsIntro', { service: KEYCHAIN_SERVICE })}</p>
              <ul className="profile-delete-secrets" data-testid="confirm-delete-profile-secrets">
                {stored.map(({ secretId, account }) => (
                  <li key={secretId} data-secret-id={secretId}>
                    <span>{t(`profiles.secretNames.${secretId}`)}</span>
                    <code>{account}</code>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p data-testid="confirm-delete-profile-secrets">{t('profiles.confirmDelete.noSecrets')}</p>
          )}
          {isActive && <p className="help">{t('profiles.confirmDelete.activeNote')}</p>}
        </>
      }
    />
  );
}
