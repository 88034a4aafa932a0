import { useTranslation } from 'react-i18next';

/** A Graph call in progress: said in words for screen readers, with the spinner the rest of the app uses. */
export function GraphBusy({ busy, testId }: { busy: boolean; testId: string }) {
  const { t } = useTranslation();
  if (!busy) return null;
  return (
    <p className="pending" role="status" data-testid={testId}>
      <span className="spinner" aria-hidden="true" />
      {t('graph.working')}
    </p>
  );
}
