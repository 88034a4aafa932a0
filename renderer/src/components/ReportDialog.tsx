import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { IntegrationDefinition } from '../../../shared/integrations/types';
import { buildReportModel } from '../../../shared/report/report-model';
import { renderReportMarkdown } from '../../../shared/report/report-markdown';
import { reportFileName } from '../../../shared/report/report-file-name';
import type { FormatDate, Translate } from '../../../shared/report/report-text';
import type { SecretId } from '../../../shared/secrets';
import { saveTextFile } from '../actions/save-text-file';
import { call } from '../api/client';
import { useApp } from '../hooks/app-context';
import { formatDateTime } from '../hooks/format-date-time';
import { UiMessage } from '../hooks/use-error-text';
import { Dialog } from '../ui/Dialog';
import { ErrorText } from './ErrorText';
import { ReportPage } from './ReportPage';

type Presence = Partial<Record<SecretId, boolean>> | null;
type Status = 'saved' | 'downloaded' | 'cancelled' | 'copied' | 'pdfSaved' | 'printing';

interface Props {
  open: boolean;
  integration: IntegrationDefinition | null;
  onClose: () => void;
}

/**
 * The setup report in a large dialog: the printable page, and its exports (Markdown file,
 * "copy for support", PDF). Rendered straight under <body> so that printing can hide
 * everything else (styles.css, "setup report").
 */
export function ReportDialog({ open, integration, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { info, profile, presenting } = useApp();
  const [madeAt, setMadeAt] = useState(() => new Date());
  const [presence, setPresence] = useState<Presence | 'loading'>('loading');
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  // Each opening is a new report: its time, and the keychain asked again (an entry may have gone since).
  useEffect(() => {
    if (!open) return;
    let live = true;
    setMadeAt(new Date());
    setStatus(null);
    setError(null);
    setPresence('loading');
    call('secrets.status', { profileId: profile.id })
      .then((answer) => {
        if (!live) return;
        const found: Partial<Record<SecretId, boolean>> = {};
        for (const [id, state] of Object.entries(answer.secrets)) if (state) found[id as SecretId] = state.present;
        setPresence(found);
      })
      .catch(() => live && setPresence(null));
    return () => {
      live = false;
    };
  }, [open, profile.id]);

  const translate: Translate = (key, options) => i18n.t(key, options ?? {});
  const formatDate: FormatDate = (iso) => formatDateTime(iso, i18n.language);
  const model = useMemo(
    () => buildReportModel({ profile, integration, app: info, secretPresence: presence === 'loading' ? null : presence, now: madeAt }),
    [profile, integration, info, presence, madeAt],
  );
  const ready = presence !== 'loading';

  const act = async (work: () => Promise<Status>) => {
    setBusy(true);
    setStatus(null);
    setError(null);
    try {
      setStatus(await work());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const markdown = () => renderReportMarkdown(model, translate, formatDate);
  const saveMarkdown = () =>
    act(async () => {
      const saved = await saveTextFile(profile.id, reportFileName(profile.id, madeAt, 'md'), markdown(), 'markdown');
      if (!saved) return 'cancelled';
      return info.host === 'electron' ? 'saved' : 'downloaded';
    });
  const copy = () =>
    act(async () => {
      try {
        await navigator.clipboard.writeText(markdown());
      } catch {
        throw new UiMessage('report.copyFailed');
      }
      return 'copied';
    });
  const savePdf = () =>
    act(async () => {
      const answer = await call('report.savePdf', { profileId: profile.id, suggestedName: reportFileName(profile.id, madeAt, 'pdf') });
      if (answer.savedBy === 'main') return answer.saved ? 'pdfSaved' : 'cancelled';
      // Browser mode: the browser's own print to PDF of this same page, after the status is on screen.
      setTimeout(() => window.print(), 0);
      return 'printing';
    });

  return createPortal(
    <Dialog
      open={open}
      title={t('report.title')}
      testId="report-dialog"
      size="large"
      onClose={onClose}
      footer={
        <div className="report-actions">
          <div className="report-feedback">
            {status && (
              <p role="status" className="success" data-testid="report-status" data-state={status}>
                {t(`report.status.${status}`)}
              </p>
            )}
            <ErrorText error={error} testId="report-error" />
          </div>
          <button type="button" data-testid="report-save-markdown" disabled={!ready || busy} onClick={() => void saveMarkdown()}>
            {t('report.actions.saveMarkdown')}
          </button>
          <button type="button" data-testid="report-copy" disabled={!ready || busy} onClick={() => void copy()}>
            {t('report.actions.copy')}
          </button>
          <button type="button" data-testid="report-save-pdf" disabled={!ready || busy} onClick={() => void savePdf()}>
            {t('report.actions.savePdf')}
          </button>
          <button type="button" className="primary" data-testid="report-close" onClick={onClose}>
            {t('report.actions.close')}
          </button>
        </div>
      }
    >
      <p className="report-intro">{t('report.intro')}</p>
      {presenting && <p className="presenting-note report-intro">{t('report.presentingNote')}</p>}
      {ready ? (
        <ReportPage model={model} t={translate} formatDate={formatDate} presenting={presenting} />
      ) : (
        <p role="status" className="report-intro" data-testid="report-loading">
          {t('report.status.loading')}
        </p>
      )}
    </Dialog>,
    document.body,
  );
}
