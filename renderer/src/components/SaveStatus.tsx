import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onPendingWrites, pendingWrites } from '../api/write-tracker';

/** "Saving…" while changes are on their way to main, "All changes saved" once every one has answered. */
export function SaveStatus() {
  const { t } = useTranslation();
  const [pending, setPending] = useState(pendingWrites());
  useEffect(() => onPendingWrites(setPending), []);
  const saving = pending > 0;
  return (
    <p className="save-status" data-testid="save-status" data-state={saving ? 'saving' : 'saved'} aria-live="polite">
      {saving ? t('wizard.saving') : t('wizard.saved')}
    </p>
  );
}
