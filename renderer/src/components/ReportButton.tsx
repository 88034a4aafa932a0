import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrationDefinition } from '../../../shared/integrations/types';
import { ScrollText } from '../ui/icons';
import { useOnceOpened } from '../ui/use-once-opened';
import { lazyScreen } from '../ui/lazy-screen';
import { LazySlot } from '../ui/LazySlot';

// The report (its model, Markdown and page) loads when first opened, not at start-up.
const ReportDialog = lazyScreen(() => import('./ReportDialog').then((module) => module.ReportDialog));

/** "Setup report" under the step list: opens the report of the profile on screen. */
export const ReportButton = memo(function ReportButton({ integration }: { integration: IntegrationDefinition | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const mounted = useOnceOpened(open);
  return (
    <>
      <button type="button" className="report-open" data-testid="report-open" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <ScrollText size={16} aria-hidden="true" />
        {t('report.open')}
      </button>
      {mounted && (
        <LazySlot screen="report">
          <ReportDialog open={open} integration={integration} onClose={() => setOpen(false)} />
        </LazySlot>
      )}
    </>
  );
});
