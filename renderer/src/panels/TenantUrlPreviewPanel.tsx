import { useTranslation } from 'react-i18next';
import { WEBEX_FIELDS } from '../../../shared/integrations/webex-entra';
import { useApp } from '../hooks/app-context';

const k = (key: string) => `integrations.webex-entra.tenantPreview.${key}`;

/** What is saved right now: an invalid entry in the field above never changes it. */
export function TenantUrlPreviewPanel() {
  const { t } = useTranslation();
  const { profile } = useApp();
  const tenantUrl = profile.fields[WEBEX_FIELDS.tenantUrl];
  const orgId = tenantUrl?.split('/').pop();
  return (
    <aside className="panel" aria-labelledby="tenant-preview-title">
      <h3 id="tenant-preview-title">{t(k('title'))}</h3>
      {tenantUrl ? (
        <>
          <code className="mono" data-testid="tenant-url-preview">
            {tenantUrl}
          </code>
          <p>{t(k('orgId'), { orgId })}</p>
        </>
      ) : (
        <p data-testid="tenant-url-preview-empty">{t(k('empty'))}</p>
      )}
    </aside>
  );
}
