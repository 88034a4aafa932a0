/** English texts of the presenting feature (the `presenting` section of en.ts). */
export const presentingEn = {
  title: 'Presenting',
  /** The header switch: its name stays the same, `aria-pressed` says whether it is on. */
  toggle: 'Presenting',
  toggleHelp: 'For a shared screen: keeps every secret masked, turns off Reveal and Copy of secrets, and hides the data folder and most of the Org ID.',
  badge: 'Presenting: secrets masked',
  /** Beside a secret's disabled Reveal and Copy buttons. */
  secretActionsOff: 'Reveal and Copy are off while presenting.',
  /** Instead of a path in the diagnostics. */
  hiddenValue: 'Hidden while presenting',
  /** Under the language menu when `--locale` fixed the language. */
  languageFixed: 'Fixed at start (--locale)',
};
