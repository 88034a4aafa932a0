/**
 * The launcher's modules as TypeScript sees them (the root tsconfig has no allowJs):
 * each export typed by launcher-types.d.ts, the same type its JSDoc `@type` names,
 * which scripts/start/tsconfig.json checks the JavaScript against.
 */

declare module '*/scripts/start/desktop-availability.mjs' {
  export const EARLY_EXIT_MS: number;
  export const hasDisplay: import('./launcher-types.js').HasDisplay;
  export const planDesktop: import('./launcher-types.js').PlanDesktop;
  export const planAfterDownload: import('./launcher-types.js').PlanAfterDownload;
  export const reasonForElectronExit: import('./launcher-types.js').ReasonForElectronExit;
  export const summarizeElectronStderr: import('./launcher-types.js').SummarizeError;
  export const shorten: import('./launcher-types.js').Shorten;
}

declare module '*/scripts/start/electron-install.mjs' {
  export const findElectronPackage: import('./launcher-types.js').FindElectronPackage;
  export const locateElectronBinary: import('./launcher-types.js').LocateElectronBinary;
}

declare module '*/scripts/start/electron-download.mjs' {
  export const downloadElectronBinary: import('./launcher-types.js').DownloadElectronBinary;
  export const summarizeError: import('./launcher-types.js').SummarizeError;
}

declare module '*/scripts/start/launcher-messages.mjs' {
  export const LAUNCHER_TEXTS: import('./launcher-types.js').LauncherTexts;
  export const pickLanguage: import('./launcher-types.js').PickLanguage;
  export const reasonSentence: import('./launcher-types.js').ReasonSentence;
  export const launcherMessage: import('./launcher-types.js').LauncherMessage;
}

declare module '*/scripts/start/browser-fallback.mjs' {
  export const browserHostArgs: import('./launcher-types.js').BrowserHostArgsOf;
  export const findBrowserAddress: import('./launcher-types.js').FindBrowserAddress;
  export const openBrowserCommand: import('./launcher-types.js').OpenBrowserCommand;
}

declare module '*/scripts/start/signal-relay.mjs' {
  export const SIGNAL_BURST_MS: number;
  export const createSignalRelay: import('./launcher-types.js').CreateSignalRelay;
  export const exitCodeOf: import('./launcher-types.js').ExitCodeOf;
}
