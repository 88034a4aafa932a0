/**
 * A part of the page that keeps the keyboard focus when the wizard changes step: the header's tools switch
 * profiles with each arrow key, and the next key must still reach them. Marked by a data attribute, not a
 * class name, so styling can change without changing where the focus goes.
 */
const ATTRIBUTE = 'data-keeps-focus';

/** Spread on the element that keeps the focus. */
export const KEEPS_FOCUS = { [ATTRIBUTE]: '' } as const;

/** Whether the focus is now inside such a part. */
export function focusIsKept(): boolean {
  return document.activeElement?.closest(`[${ATTRIBUTE}]`) != null;
}
