import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDefinition } from '../../../shared/integrations/types';
import { externalActionUrl } from '../../../shared/integrations/action-url';
import { call } from '../api/client';
import { useProfileSelector } from '../hooks/app-context';
import { ExternalLink } from '../ui/icons';
import { ErrorText } from '../components/ErrorText';

type Props = { action: Extract<ActionDefinition, { kind: 'open-external' }> };

/** Opens a vendor portal in the system browser (main checks the allow-list); browser mode opens a tab. */
export function OpenExternalAction({ action }: Props) {
  const { t } = useTranslation();
  const fields = useProfileSelector((profile) => profile.fields);
  const [error, setError] = useState<unknown>(null);
  const url = externalActionUrl(action, fields);
  const open = async () => {
    setError(null);
    try {
      const { opened } = await call('shell.openExternal', { url });
      if (!opened) window.open(url, '_blank', 'noopener,noreferrer');
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="action">
      <button type="button" data-testid={`action-${action.id}`} onClick={() => void open()}>
        {t(action.labelKey)} <ExternalLink size={14} aria-hidden="true" />
      </button>
      <ErrorText error={error} testId={`action-error-${action.id}`} />
    </div>
  );
}
