import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { onPendingWrites, pendingWrites } from '../api/write-tracker';
import { useBusyShownAfterDelay } from '../ui/use-save-in-progress';

const stateOf = (pending: number) => (pending > 0 ? 'saving' : 'saved');

/**
 * "All changes saved", or "Saving…" once a change has been on its way for SHOW_BUSY_AFTER_MS (ui/use-save-in-progress.ts).
 * `data-state` follows every change at once (tests and tools wait on it), set on the element without a
 * render: a save that answers in milliseconds changes nothing on screen and costs the page no work.
 */
export const SaveStatus = memo(function SaveStatus() {
  const { t } = useTranslation();
  const line = useRef<HTMLParagraphElement>(null);
  const { busyShown: savingShown, begin, end } = useBusyShownAfterDelay();

  useEffect(() => {
    const follow = (pending: number) => {
      line.current?.setAttribute('data-state', stateOf(pending));
      if (pending > 0) begin();
      else end();
    };
    // A write may have started between the render and this effect.
    follow(pendingWrites());
    return onPendingWrites(follow);
  }, [begin, end]);

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
