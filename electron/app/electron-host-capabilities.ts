import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { app, BrowserWindow, clipboard, dialog, session, shell, type WebContents } from 'electron';
import { AppError } from '../../shared/errors';
import { isAllowedExternalUrl } from '../../shared/external-urls';
import type { ExternalOpener, FileSaver, HostCapabilities, SecretClipboard, SignInOpener, SignInOpenerMode } from '../services/host-capabilities';
import { hardenSession, hardenWebContents, signInContentsPolicy } from './security';
import { HARDENED_WEB_PREFERENCES } from './window-options';

export interface ElectronSignInOpener extends SignInOpener {
  /** True for the webContents of a sign-in window this opener made (they may browse http(s)). */
  owns(contents: WebContents): boolean;
}

export interface SignInOpenerOptions {
  /**
   * Origins a sign-in may start on besides the allow-list: the test endpoints'
   * authorize origin when an endpoints file is loaded. A function when the
   * file is only read later, at start-up.
   */
  extraOrigins: readonly string[] | (() => readonly string[]);
}

/**
 * 'in-app-private' opens the authorize page in a window with a fresh in-memory
 * partition (no 'persist:' prefix), like the incognito window the procedure
 * advises: no cookie of an existing, possibly low-privileged, session is
 * reused, and nothing outlives the app. 'system-browser' hands the URL to the
 * OS. Either way only an allow-listed start URL is opened.
 */
export function createSignInOpener(options: SignInOpenerOptions): ElectronSignInOpener {
  const windows = new Set<BrowserWindow>();
  const contentsIds = new Set<number>();
  const extraOrigins = () => (typeof options.extraOrigins === 'function' ? options.extraOrigins() : options.extraOrigins);

  const closeAll = () => {
    for (const win of [...windows]) if (!win.isDestroyed()) win.close();
  };

  const openPrivateWindow = (url: string) => {
    closeAll(); // one sign-in at a time
    const partition = `signin-${randomUUID()}`;
    hardenSession(session.fromPartition(partition, { cache: false }));
    const win = new BrowserWindow({
      title: 'Sign in - SCIM Setup Wizard',
      width: 560,
      height: 760,
      autoHideMenuBar: true,
      // The identity provider's page: hardened like the app's own, in a throw-away partition.
      webPreferences: { ...HARDENED_WEB_PREFERENCES, partition },
    });
    const contentsId = win.webContents.id;
    windows.add(win);
    contentsIds.add(contentsId);
    hardenWebContents(win.webContents, signInContentsPolicy);
    win.on('closed', () => {
      windows.delete(win);
      contentsIds.delete(contentsId);
    });
    // Not awaited: the capture is awaited separately, and a load aborted by the loopback redirect is not an error.
    win.loadURL(url).catch(() => undefined);
  };

  return {
    async open(url: string, mode: SignInOpenerMode) {
      if (!isAllowedExternalUrl(url, extraOrigins())) {
        throw new AppError('URL_NOT_ALLOWED', 'The sign-in address is not on the allow-list of sites the app opens.', { origin: originOf(url) });
      }
      if (mode === 'system-browser') await shell.openExternal(url);
      else openPrivateWindow(url);
      return 'main';
    },
    closeAll,
    owns: (contents) => contentsIds.has(contents.id),
  };
}

function originOf(raw: string): string {
  try {
    return new URL(raw).origin;
  } catch {
    return '(unparsable)';
  }
}

export interface ElectronSecretClipboard extends SecretClipboard {
  hasPending(): boolean;
  /** Clears now whatever this app placed and is still on the clipboard (when the app quits). */
  clearPending(): Promise<void>;
}

/**
 * Places a secret and clears it later, but only if the admin has not copied
 * something else since. Electron 45's clipboard is promise-based while
 * place() answers at once, so a failed write is reported through `onError`.
 */
export function createSecretClipboard(onError: (message: string) => void = () => undefined): ElectronSecretClipboard {
  const pending = new Map<ReturnType<typeof setTimeout>, string>();
  const clearIfStill = async (value: string) => {
    try {
      if ((await clipboard.readText()) === value) clipboard.clear();
    } catch {
      onError('could not check the clipboard before clearing it');
    }
  };
  return {
    place(value, clearAfterMs) {
      clipboard.writeText(value).catch(() => onError('could not write to the clipboard'));
      const timer = setTimeout(() => {
        pending.delete(timer);
        void clearIfStill(value);
      }, clearAfterMs);
      timer.unref?.();
      pending.set(timer, value);
      return 'main';
    },
    hasPending: () => pending.size > 0,
    async clearPending() {
      const values = [...pending.values()];
      for (const timer of pending.keys()) clearTimeout(timer);
      pending.clear();
      for (const value of values) await clearIfStill(value);
    },
  };
}

/** Only allow-listed https pages reach the system browser; false tells the caller it was refused. */
export function createExternalOpener(): ExternalOpener {
  return {
    async open(url) {
      if (!isAllowedExternalUrl(url)) return false;
      try {
        await shell.openExternal(url);
        return true;
      } catch {
        return false;
      }
    },
  };
}

const SAVE_FILTERS: Readonly<Record<'markdown' | 'handoff' | 'pdf', Electron.FileFilter>> = {
  markdown: { name: 'Markdown', extensions: ['md'] },
  handoff: { name: 'JSON', extensions: ['json'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

/**
 * Files through the OS save dialog, as children of the window that asked. The PDF is
 * printed before the dialog opens, so it is the page as the admin saw it; the page's
 * `@media print` rules leave only the report (renderer/src/styles.css, "setup report").
 */
export function createFileSaver(window: () => BrowserWindow | undefined): FileSaver {
  const ask = async (suggestedName: string, kind: keyof typeof SAVE_FILTERS): Promise<string | null> => {
    const options = { defaultPath: suggestedName, filters: [SAVE_FILTERS[kind]] };
    const parent = window();
    const answer = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return answer.canceled || !answer.filePath ? null : answer.filePath;
  };
  return {
    async saveText(suggestedName, text, kind) {
      const path = await ask(suggestedName, kind);
      if (!path) return 'cancelled';
      await writeFile(path, text, 'utf8');
      return 'saved';
    },
    async savePdf(suggestedName) {
      const parent = window();
      if (!parent) throw new AppError('NOT_FOUND', 'The window with the report is closed.', { what: 'window' });
      const pdf = await parent.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
      const path = await ask(suggestedName, 'pdf');
      if (!path) return 'cancelled';
      await writeFile(path, pdf);
      return 'saved';
    },
  };
}

export interface ElectronCapabilityParts {
  signInOpener: SignInOpener;
  clipboard: SecretClipboard;
  externalOpener: ExternalOpener;
  fileSaver: FileSaver;
}

/** Call after app 'ready' (the locale is read then). */
export function electronHostCapabilities(parts: ElectronCapabilityParts): HostCapabilities {
  const versions: Record<string, string> = {};
  for (const key of ['electron', 'chrome', 'node', 'v8'] as const) {
    const value = process.versions[key];
    if (value) versions[key] = value;
  }
  return {
    host: 'electron',
    versions,
    osLocale: app.getLocale() || app.getPreferredSystemLanguages()[0] || 'en-US',
    ...parts,
  };
}
