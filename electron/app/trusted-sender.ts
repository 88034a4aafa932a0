import { APP_SCHEME } from './app-protocol';

/**
 * Who may call main over IPC: only the app's own page, in the main window's
 * top frame. Anything else (a subframe, another window, a page the window was
 * somehow navigated to) is refused before the handler runs, as GitHub Desktop
 * and Fiddle do.
 */

/** The parts of an IpcMainInvokeEvent the check reads (structural, so tests need no Electron). */
export interface SenderEvent {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export interface TrustedSenderOptions {
  /** app://renderer/index.html (app-protocol.ts RENDERER_URL) */
  rendererUrl: string;
  mainWebContentsId: () => number | undefined;
}

/** The URL without its query and fragment (the page may route by hash), or null when it does not parse. */
function documentUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    url.hash = '';
    url.search = '';
    return url.href;
  } catch {
    return null;
  }
}

/**
 * True when `url` is the app's own entry page: the same app:// URL, any query or
 * fragment. Only the app scheme qualifies: a file:// or web page never does.
 */
export function isRendererEntry(url: string, rendererUrl: string): boolean {
  const page = documentUrl(url);
  return page !== null && page.startsWith(`${APP_SCHEME}://`) && page === documentUrl(rendererUrl);
}

export function createTrustedSenderCheck(options: TrustedSenderOptions): (event: SenderEvent) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame) return false; // the frame navigated away or is gone
    if (frame.parent !== null) return false;
    if (!isRendererEntry(frame.url, options.rendererUrl)) return false;
    const mainId = options.mainWebContentsId();
    return mainId !== undefined && event.sender.id === mainId;
  };
}
