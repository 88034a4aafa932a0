import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { DiagnosticsPanel } from './DiagnosticsPanel';

/** The diagnostics in their dialog: loaded with the dialog code when first opened (AppShell). */
export function DiagnosticsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('diagnostics.title')} size="large" onClose={onClose}>
      <DiagnosticsPanel onClose={onClose} />
    </Dialog>
  );
}
