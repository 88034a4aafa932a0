import { app, shell, type Session, type WebContents } from 'electron';
import { RENDERER_CSP } from '../../shared/csp';
import { isAllowedExternalUrl } from '../../shared/external-urls';
import { isRendererEntry } from './trusted-sender';

/** Where a webContents may go; everything else is stopped before it loads. */
export interface ContentsPolicy {
  mayNavigate(url: string, contents: WebContents): boolean;
}

function isHttpUrl(raw: string): boolean {
  try {
    const { protocol } = new URL(raw);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * App windows show the app's entry page and nothing else; a sign-in window
 * (recognised by `isSignInContents`) must browse the identity provider and be
 * redirected to the loopback listener, so it may load http(s) pages only.
 */
export function appContentsPolicy(rendererUrl: string, isSignInContents: (contents: WebContents) => boolean = () => false): ContentsPolicy {
  return {
    mayNavigate: (url, contents) => isRendererEntry(url, rendererUrl) || (isSignInContents(contents) && isHttpUrl(url)),
  };
}

export const signInContentsPolicy: ContentsPolicy = { mayNavigate: (url) => isHttpUrl(url) };

/** Where the renderer's files are served from (app://renderer/), for "is this one of our pages". */
export function rendererBaseUrl(rendererUrl: string): string {
  return new URL('./', rendererUrl).href;
}

/** What a frame shows before it loads anything: not a navigation away from the policy. */
const BLANK_FRAME_URLS = new Set(['about:blank', 'about:srcdoc']);

export function hardenWebContents(contents: WebContents, policy: ContentsPolicy): void {
  const guard = (event: { preventDefault(): void; url: string }) => {
    if (!policy.mayNavigate(event.url, contents)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  // 'will-navigate' fires for the top frame only: an iframe's navigation is checked here (Electron 25+).
  // An identity provider's blank helper frames stay possible in a sign-in window; nothing else changes.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return;
    if (BLANK_FRAME_URLS.has(event.url) && policy.mayNavigate('https://frame.invalid/', contents)) return;
    guard(event);
  });
  // No new windows ever; an allow-listed link (e.g. the Azure portal in a step) opens in the system browser instead.
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) shell.openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Every webContents, including any window added later, gets the same guards the moment it exists. */
export function hardenAllWebContents(policy: ContentsPolicy): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy));
}

export interface SessionHardening {
  /**
   * The app's own pages (rendererBaseUrl): they get the CSP header and may write (never read) the clipboard.
   * The app:// handler sends the same header itself; this copy covers any response it does not build.
   */
  appBaseUrl?: string;
}

/**
 * Deny every permission and device. The one exception is
 * `clipboard-sanitized-write` for the app's own top-level page: without it
 * navigator.clipboard.writeText (the Copy buttons for non-secret values) is
 * refused. Reading the clipboard stays denied.
 */
export function hardenSession(ses: Session, options: SessionHardening = {}): void {
  const { appBaseUrl } = options;
  const isAppPage = (url: string | undefined) => appBaseUrl !== undefined && url !== undefined && url.startsWith(appBaseUrl);
  const granted = (permission: string, requestingUrl: string | undefined, isMainFrame: boolean) =>
    permission === 'clipboard-sanitized-write' && isMainFrame && isAppPage(requestingUrl);

  ses.setPermissionRequestHandler((_contents, permission, callback, details) => callback(granted(permission, details.requestingUrl, details.isMainFrame)));
  ses.setPermissionCheckHandler((_contents, permission, _origin, details) => granted(permission, details.requestingUrl, details.isMainFrame));
  if (typeof ses.setDevicePermissionHandler === 'function') ses.setDevicePermissionHandler(() => false);
  // Nothing in the wizard downloads files; a page that tries is not ours to trust.
  ses.on('will-download', (event) => event.preventDefault());

  if (appBaseUrl === undefined) return;
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppPage(details.url)) return callback({});
    const headers: Record<string, string | string[]> = { ...details.responseHeaders };
    const existing = headers['Content-Security-Policy'];
    headers['Content-Security-Policy'] = [...(existing === undefined ? [] : [existing].flat()), RENDERER_CSP];
    callback({ responseHeaders: headers });
  });
}
