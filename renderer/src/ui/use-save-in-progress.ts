import { useCallback, useRef, useState } from 'react';

/**
 * How long a save runs before the page says it is saving. A save answers in tens of milliseconds here: a
 * "Saving…" shown for that long only flickers, and rendering it competes with the save itself for the CPU
 * (the CXone secret save took about 10% longer with it, scripts/bench: README "Benchmark").
 */
export const SHOW_BUSY_AFTER_MS = 300;

/**
 * One save at a time from a form, with no render when it starts: a second submit while one runs is
 * ignored (a ref, not the button's disabled state), and `busyShown` turns true only once the save has
 * taken SHOW_BUSY_AFTER_MS, for the "Saving…" label and the disabled button.
 */
export function useSaveInProgress() {
  const running = useRef(false);
  const [busyShown, setBusyShown] = useState(false);
  const runOnce = useCallback(async (save: () => Promise<void>): Promise<void> => {
    if (running.current) return;
    running.current = true;
    const timer = setTimeout(() => setBusyShown(true), SHOW_BUSY_AFTER_MS);
    try {
      await save();
    } finally {
      clearTimeout(timer);
      running.current = false;
      setBusyShown(false);
    }
  }, []);
  return { busyShown, runOnce };
}
