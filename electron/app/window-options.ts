import type { BrowserWindowConstructorOptions } from 'electron';

/** What every window of the app gets: no Node anywhere, sandboxed, isolated, no webviews. */
export const HARDENED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies BrowserWindowConstructorOptions['webPreferences'];

/**
 * The main window: the renderer gets no Node, runs sandboxed and isolated from
 * the preload, and can reach main only through the preload's channel list.
 * Hidden until the first paint so there is no white flash.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'SCIM Setup Wizard',
    width: 1100,
    height: 800,
    minWidth: 720,
    minHeight: 560,
    backgroundColor: '#f6f7f9',
    show: false,
    webPreferences: {
      ...HARDENED_WEB_PREFERENCES,
      preload: preloadPath,
    },
  };
}
