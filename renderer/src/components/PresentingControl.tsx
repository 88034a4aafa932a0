import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useAppActions, useAppSelector } from '../hooks/app-context';
import { EyeOff } from '../ui/icons';
import { ErrorText } from './ErrorText';

/**
 * The header switch for a shared screen. Main holds the mode (it refuses Reveal and Copy of
 * secrets while on), so the page follows main's answer, not the click; the badge says it is
 * on to everyone watching, in words and not only by the switch's colour.
 */
export function PresentingControl() {
  const { t } = useTranslation();
  const presenting = useAppSelector((snapshot) => snapshot.presenting);
  const { setPresenting } = useAppActions();
  const helpId = useId();
  const [busy, setBusy] = useState(false);
  // The error itself, written in the language on screen when shown.
  const [error, setError] = useState<unknown>(null);

  const toggle = async () => {
    setError(null);
    setBusy(true);
    try {
      setPresenting((await call('app.setPresenting', { presenting: !presenting })).presenting);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  // The refusal is a sibling of the control, not inside it: the header gives a tool's error a line of its own.
  return (
    <>
      <span className="presenting-control">
        {presenting && (
          <span className="presenting-badge" data-testid="presenting-badge" role="status">
            {t('presenting.badge')}
          </span>
        )}
        <button
          type="button"
          className={presenting ? 'presenting-toggle is-on' : 'presenting-toggle'}
          data-testid="presenting-toggle"
          aria-pressed={presenting}
          aria-describedby={helpId}
          title={t('presenting.toggleHelp')}
          disabled={busy}
          onClick={() => void toggle()}
        >
          <EyeOff size={16} aria-hidden="true" />
          {t('presenting.toggle')}
        </button>
        <span id={helpId} className="visually-hidden">
          {t('presenting.toggleHelp')}
        </span>
      </span>
      <ErrorText error={error} testId="presenting-error" />
    </>
  );
}
