import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onPendingWrites, pendingWrites } from '../api/write-tracker';
import { SHOW_BUSY_AFTER_MS } from '../ui/use-save-in-progress';

const stateOf = (pending: number) => (pending > 0 ? 'saving' : 'saved');

/**
 * "All changes saved", or "Saving…" once a change has been on its way for SHOW_BUSY_AFTER_MS.
 * `data-state` follows every change at once (tests and tools wait on it), set on the element without a
 * render: a save that answers in milliseconds changes nothing on screen and costs the page no work.
 */
export const SaveStatus = memo(function SaveStatus() {
  const { t } = useTranslation();
  const line = useRef<HTMLParagraphElement>(null);
  const [savingShown, setSavingShown] = useState(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const follow = (pending: number) => {
      line.current?.setAttribute('data-state', stateOf(pending));
      if (pending > 0) {
        timer ??= setTimeout(() => setSavingShown(true), SHOW_BUSY_AFTER_MS);
        return;
      }
      clearTimeout(timer);
      timer = undefined;
      setSavingShown(false);
    };
    // A write may have started between the render and this effect.
    follow(pendingWrites());
    const stop = onPendingWrites(follow);
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, []);

  return (
    <p
      ref={line}
      className="save-status"
      data-testid="save-status"
      data-state={stateOf(pendingWrites())}
      data-shown={savingShown ? 'saving' : 'saved'}
      aria-live="polite"
    >
      {savingShown ? t('wizard.saving') : t('wizard.saved')}
    </p>
  );
});
