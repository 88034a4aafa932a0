/** Clears a value the page put on the clipboard, unless the admin has copied something else since. */
export function scheduleClipboardClear(value: string, afterMs: number): void {
  setTimeout(() => {
    navigator.clipboard
      .readText()
      .then((current) => (current === value ? navigator.clipboard.writeText('') : undefined))
      .catch(() => undefined);
  }, afterMs);
}
