import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrationDefinition } from '../../../shared/integrations/types';
import { ScrollText } from '../ui/icons';
import { ReportDialog } from './ReportDialog';

/** "Setup report" under the step list: opens the report of the profile on screen. */
export function ReportButton({ integration }: { integration: IntegrationDefinition | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="report-open" data-testid="report-open" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <ScrollText size={16} aria-hidden="true" />
        {t('report.open')}
      </button>
      <ReportDialog open={open} integration={integration} onClose={() => setOpen(false)} />
    </>
  );
}
