/**
 * What differs between the Electron host and the browser-mode host. Handlers
 * depend on these interfaces only, so the same handler table serves both.
 */
export type SignInOpenerMode = 'in-app-private' | 'system-browser';

export interface SignInOpener {
  /** Opens the sign-in page, or returns 'renderer' when the page must open it itself (browser mode). */
  open(url: string, mode: SignInOpenerMode): Promise<'main' | 'renderer'>;
  /** Closes any sign-in window this opener made (after a capture, a cancel or a timeout). */
  closeAll(): void;
}

export interface SecretClipboard {
  /**
   * Places a secret on the OS clipboard and clears it after `clearAfterMs` if it is
   * still there; returns 'renderer' when the host has no clipboard (browser mode).
   */
  place(value: string, clearAfterMs: number): 'main' | 'renderer';
}

export interface ExternalOpener {
  /** Opens an allow-listed https URL in the system browser; false when the host leaves it to the page. */
  open(url: string): Promise<boolean>;
}

/** 'renderer': this host leaves it to the page (browser mode: a download, or the browser's print to PDF). */
export type FileSaveOutcome = 'saved' | 'cancelled' | 'renderer';

export interface FileSaver {
  /** Asks where to save (offering `suggestedName`) and writes the text; 'cancelled' when the admin cancels. */
  saveText(suggestedName: string, text: string, kind: 'markdown' | 'handoff'): Promise<FileSaveOutcome>;
  /** The page on screen (the printable report) as an A4 PDF, then where to save it. */
  savePdf(suggestedName: string): Promise<FileSaveOutcome>;
}

export interface HostCapabilities {
  host: 'electron' | 'browser';
  versions: Record<string, string>;
  osLocale: string;
  signInOpener: SignInOpener;
  clipboard: SecretClipboard;
  externalOpener: ExternalOpener;
  fileSaver: FileSaver;
}
