import { useTranslation } from 'react-i18next';
import { WEBEX_FIELDS } from '../../../shared/integrations/webex-entra-ids';
import { shownOrgIdText } from '../../../shared/presenting/mask-org-id';
import { useApp } from '../hooks/app-context';
import { ScrollText } from '../ui/icons';

const k = (key: string) => `integrations.webex-entra.tenantPreview.${key}`;

/** What is saved right now: an invalid entry in the field above never changes it. */
export function TenantUrlPreviewPanel() {
  const { t } = useTranslation();
  const { profile, presenting } = useApp();
  const saved = profile.fields[WEBEX_FIELDS.tenantUrl];
  // While presenting, the Org ID's middle digits never reach the screen.
  const tenantUrl = saved === undefined ? undefined : shownOrgIdText(saved, presenting);
  const orgId = tenantUrl?.split('/').pop();
  return (
    <aside className="panel" aria-labelledby="tenant-preview-title">
      <h3 id="tenant-preview-title" className="panel-title">
        <ScrollText size={18} aria-hidden="true" />
        {t(k('title'))}
      </h3>
      {tenantUrl ? (
        <>
          <code className="mono value-box" data-testid="tenant-url-preview">
            {tenantUrl}
          </code>
          <p className="panel-note">{t(k('orgId'), { orgId })}</p>
        </>
      ) : (
        <p className="panel-note" data-testid="tenant-url-preview-empty">
          {t(k('empty'))}
        </p>
      )}
    </aside>
  );
}
