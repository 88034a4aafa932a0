/**
 * Types of the `npm start` launcher (scripts/start.mjs and scripts/start/*.mjs).
 *
 * The launcher is plain Node ESM so it runs before (and without) any build. Its
 * modules take these types through JSDoc, checked by scripts/start/tsconfig.json
 * (checkJs); launcher-modules.d.ts gives the same types to the TypeScript tests.
 */

export type Env = Readonly<Record<string, string | undefined>>;

/** Where the electron package keeps its binary, found without starting its download. */
export type ElectronInstall =
  /** No electron package at all (e.g. `npm install --omit=dev`). */
  | { state: 'no-package' }
  | { state: 'present'; binary: string }
  /** `downloadable`: the package's own download would fetch it (false when ELECTRON_OVERRIDE_DIST_PATH names the folder). */
  | { state: 'missing'; expected: string; downloadable: boolean };

export type DownloadOutcome = { ok: true } | { ok: false; timedOut: true; seconds: number } | { ok: false; timedOut: false; detail: string };

/** Why the desktop window cannot open: a code and its params; the sentences are in launcher-messages.mjs. */
export type FallbackReason =
  | { code: 'unsupported-platform'; platform: string }
  | { code: 'no-display' }
  | { code: 'electron-not-installed' }
  | { code: 'binary-missing'; path: string }
  | { code: 'download-failed'; detail: string }
  | { code: 'download-timed-out'; seconds: number }
  | { code: 'spawn-failed'; detail: string }
  | { code: 'exited-at-once'; exitCode: number | null; signal: string | null; detail: string };

export type DesktopPlan = { action: 'desktop'; binary: string } | { action: 'download' } | { action: 'browser'; reason: FallbackReason };

export interface DesktopFacts {
  platform: string;
  env: Env;
  install: ElectronInstall;
}

/** How an Electron run ended, as the launcher saw it. */
export interface ElectronExit {
  exitCode: number | null;
  signal: string | null;
  /** From spawn to exit. */
  elapsedMs: number;
  /** The end of what Electron wrote to stderr while it was starting. */
  stderrTail: string;
  /** The launcher forwarded a signal (Ctrl+C, SIGTERM) before Electron ended. */
  stoppedBySignal: boolean;
}

export type Language = 'en' | 'ko';

export type LauncherMessageKey = 'downloading' | 'not-built' | 'ignored-args' | 'browser-open-failed' | 'no-display-for-browser';

/** One language's texts: each reason is the first half of one sentence, `instead` says what happens instead. */
export interface LauncherLanguageTexts {
  reasons: Record<FallbackReason['code'], string>;
  instead: string;
  exitCode: string;
  signal: string;
  messages: Record<LauncherMessageKey, string>;
}

export type LauncherTexts = Record<Language, LauncherLanguageTexts>;

/** A command that opens a URL in the default browser. */
export interface OpenCommand {
  command: string;
  args: string[];
  /** Windows: hand the line to cmd.exe as written (its `start` needs the empty title in quotes). */
  windowsVerbatimArguments: boolean;
}

export interface BrowserHostArgs {
  /** The options browser mode understands (`--port`, `--data-dir`, `--endpoints`) with their values. */
  args: string[];
  /** Desktop-only arguments (Electron or Chromium switches) that browser mode would refuse. */
  ignored: string[];
}

export type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

export interface SignalRelayOptions {
  /** A signal arrived while nothing runs (the launcher then stops itself). */
  onIdleSignal: (signal: StopSignal) => void;
  now?: () => number;
  /** How the relay hears signals; tests call `relay` instead of signalling their own process. */
  listen?: (relay: (signal: StopSignal) => void) => void;
}

export interface SignalRelay {
  /** Where the next signals go (the running child). */
  attach(deliver: (signal: StopSignal) => void): void;
  detach(): void;
  /** A stop signal arrived since the last attach. */
  readonly received: boolean;
  relay(signal: StopSignal): void;
}

export type CreateSignalRelay = (options: SignalRelayOptions) => SignalRelay;
export type ExitCodeOf = (code: number | null, signal: string | null, signalNumbers: Readonly<Record<string, number>>) => number;
export type FindElectronPackage = (fromDir: string) => string | null;
export type Shorten = (text: string) => string;
export type LocateElectronBinary = (packageDir: string | null, env: Env) => ElectronInstall;

export interface DownloadOptions {
  /** node_modules/electron/install.js */
  installScript: string;
  timeoutMs: number;
  env?: Env;
  /** Stops the download (the launcher was told to stop). */
  abortSignal?: AbortSignal;
}

export type DownloadElectronBinary = (options: DownloadOptions) => Promise<DownloadOutcome>;
export type SummarizeError = (stderr: string) => string;
export type HasDisplay = (platform: string, env: Env) => boolean;
export type PlanDesktop = (facts: DesktopFacts) => DesktopPlan;
export type PlanAfterDownload = (outcome: DownloadOutcome, install: ElectronInstall) => DesktopPlan;
export type ReasonForElectronExit = (exit: ElectronExit) => FallbackReason | null;
export type PickLanguage = (env: Env, systemLocale: string) => Language;
export type ReasonSentence = (reason: FallbackReason, language: Language) => string;
export type LauncherMessage = (language: Language, key: LauncherMessageKey, params?: Readonly<Record<string, string | number>>) => string;
export type BrowserHostArgsOf = (appArgs: readonly string[]) => BrowserHostArgs;
export type FindBrowserAddress = (stdout: string) => string | null;
export type OpenBrowserCommand = (platform: string, url: string) => OpenCommand | null;
