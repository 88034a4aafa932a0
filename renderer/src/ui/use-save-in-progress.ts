import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * How long a save runs before the page says it is saving. A save answers in tens of milliseconds here: a
 * "Saving…" shown for that long only flickers, and rendering it competes with the save itself for the CPU
 * (the CXone secret save took about 10% longer with it, scripts/bench: README "Benchmark").
 */
export const SHOW_BUSY_AFTER_MS = 300;

/**
 * `busyShown` turns true once `begin()` has gone SHOW_BUSY_AFTER_MS without `end()`. Neither call renders
 * by itself: a save that ends in time changes nothing on screen. `begin()` while already begun keeps the
 * first start.
 */
export function useBusyShownAfterDelay() {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [busyShown, setBusyShown] = useState(false);
  const begin = useCallback(() => {
    timer.current ??= setTimeout(() => setBusyShown(true), SHOW_BUSY_AFTER_MS);
  }, []);
  const end = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    setBusyShown(false);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return { busyShown, begin, end };
}

/**
 * One save at a time from a form, with no render when it starts: a second submit while one runs is
 * ignored (a ref, not the button's disabled state), and `busyShown` turns true only once the save has
 * taken SHOW_BUSY_AFTER_MS, for the "Saving…" label and the disabled button.
 */
export function useSaveInProgress() {
  const running = useRef(false);
  const { busyShown, begin, end } = useBusyShownAfterDelay();
  const runOnce = useCallback(
    async (save: () => Promise<void>): Promise<void> => {
      if (running.current) return;
      running.current = true;
      begin();
      try {
        await save();
      } finally {
        running.current = false;
        end();
      }
    },
    [begin, end],
  );
  return { busyShown, runOnce };
}
