import { useState } from 'react';

/**
 * True from the first time `open` is true, for good: a part loaded on demand (a dialog and its code,
 * fetched when first wanted, so start-up does not carry it) then stays mounted, and closing it keeps
 * the dialog's own behaviour (focus back on the button that opened it).
 */
export function useOnceOpened(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  // Derived state set during render (React's documented pattern): no extra commit with the dialog missing.
  if (open && !opened) setOpened(true);
  return opened || open;
}
