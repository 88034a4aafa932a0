import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Conf from 'conf';
import { AppError } from '../../shared/errors';
import type { Notice } from '../../shared/ipc/contract';
import { SETTINGS_SCHEMA_VERSION, appVersionSchema, defaultSettings, settingsSchema, type Settings } from '../../shared/settings/schema';
import { appPackage } from './app-package';
import { migrateSettings } from './settings-migrations';

/**
 * The settings file, `<dataDir>/settings.json`.
 *
 * Engine: `conf`, the library electron-store is built on. electron-store only adds
 * Electron defaults (cwd = app.getPath('userData'), projectVersion = app version for
 * conf migrations) and an ipcMain listener for renderer access; we pass cwd
 * ourselves, use no conf migrations and the renderer never touches the file, so
 * conf with `cwd` is the same engine and file format in Electron, browser mode and
 * tests. conf writes atomically (atomically: temp file in the same folder, fsync,
 * rename; it falls back to a plain write only under Snap or on a Windows EXDEV error).
 *
 * We parse and validate the file ourselves (zod, explicit schemaVersion steps) so a
 * damaged file is moved aside before conf's constructor would throw on it. One
 * process owns the file: the validated copy in memory is the truth, conf writes it.
 *
 * A file from a newer app (a schemaVersion above ours) is neither moved nor written:
 * the store opens "refused", every read and update throws SETTINGS_TOO_NEW naming the
 * version that wrote it (`writtenBy`, stamped on every write), and the renderer shows
 * that instead of the wizard. A UTF-8 byte-order mark (Notepad adds one) is skipped.
 */
export interface SettingsStore {
  readonly filePath: string;
  readonly dataDir: string;
  /** Throws `refusal` when there is one. */
  read(): Settings;
  /** Throws `refusal` when there is one; nothing is written then. */
  update(mutator: (current: Settings) => Settings): Settings;
  readonly notices: Notice[];
  /** Why the file may not be used at all (a newer app's file), or null. */
  readonly refusal: AppError | null;
}

/** The part of conf / electron-store this store uses. */
export interface ConfLike {
  readonly path: string;
  store: Record<string, unknown>;
}
export interface ConfLikeOptions {
  cwd: string;
  configName: string;
  /** The engine must parse the file with this (it skips a byte-order mark, which JSON.parse refuses). */
  deserialize: (text: string) => unknown;
}
export type ConfLikeFactory = (options: ConfLikeOptions) => ConfLike;

export interface SettingsStoreOptions {
  dataDir: string;
  engine?: 'conf' | ConfLikeFactory;
  now?: () => Date;
  /** Stamped into the file as `writtenBy.app` on every write; default: this package's version. */
  appVersion?: string;
}

const CONFIG_NAME = 'settings';

// The Electron main is bundled to CommonJS, where `require('conf')` of this ES module
// comes back wrapped once more (default.default); unwrap so every build gets the class.
const ConfClass: typeof Conf = typeof Conf === 'function' ? Conf : (Conf as unknown as { default: typeof Conf }).default;

const confEngine: ConfLikeFactory = ({ cwd, configName, deserialize }) =>
  new ConfClass<Record<string, unknown>>({
    cwd,
    configName,
    deserialize: deserialize as (text: string) => Record<string, unknown>,
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
    // Tenant details are nobody else's business on a shared machine.
    configFileMode: 0o600,
  });

/**
 * Faults whose fix is not "check the permissions": `variant` picks the renderer's sentence
 * (errors.SETTINGS_UNWRITABLE_<variant>). EDQUOT is a full disk quota (Linux ext4/xfs, macOS).
 */
const UNWRITABLE_VARIANTS: Readonly<Record<string, { variant: string; fix: string }>> = {
  ENOSPC: { variant: 'disk-full', fix: 'The disk is full: free some space and try again' },
  EDQUOT: { variant: 'disk-full', fix: 'The disk quota is used up: free some space and try again' },
  EROFS: { variant: 'read-only', fix: 'The folder is on a read-only drive' },
};

function unwritable(dataDir: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'unknown error';
  const known = Object.hasOwn(UNWRITABLE_VARIANTS, code) ? UNWRITABLE_VARIANTS[code] : undefined;
  const fix = known ? `${known.fix}, or` : 'Make sure the folder exists and your account can write to it, or';
  return new AppError(
    'SETTINGS_UNWRITABLE',
    `Cannot read or write the settings in the folder "${dataDir}" (${code}). ${fix} start the app with --data-dir pointing to a writable folder.`,
    {
      folder: dataDir,
      reason: code,
      ...(known ? { variant: known.variant } : {}),
    },
  );
}

function isFsError(error: unknown): boolean {
  return typeof (error as NodeJS.ErrnoException | null)?.code === 'string';
}

/** File-name-safe timestamp: ISO 8601 with ':' replaced. */
function stamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-');
}

/** A path in `dir` that does not exist yet, so nothing is ever overwritten. */
function freePath(dir: string, base: string): string {
  for (let n = 1; ; n += 1) {
    const candidate = join(dir, n === 1 ? `${base}.json` : `${base}-${n}.json`);
    if (!existsSync(candidate)) return candidate;
  }
}

function readRaw(filePath: string): string | null {
  try {
    return readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** JSON.parse after a UTF-8 byte-order mark, if any: to a person such a file is plain JSON. */
function parseSettingsText(text: string): unknown {
  return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
}

type Loaded =
  { ok: true; settings: Settings; migratedFrom: number | null } | { ok: false; reason: string } | { ok: 'newer'; found: number; writtenBy: string | null };

/** A schemaVersion above ours, and the app version the file names as its writer (when it looks like one). */
function newerFile(parsed: unknown): { found: number; writtenBy: string | null } | null {
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { schemaVersion, writtenBy } = parsed as { schemaVersion?: unknown; writtenBy?: { app?: unknown } };
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion <= SETTINGS_SCHEMA_VERSION) return null;
  const app = typeof writtenBy === 'object' && writtenBy !== null ? writtenBy.app : undefined;
  return { found: schemaVersion, writtenBy: appVersionSchema.safeParse(app).success ? (app as string) : null };
}

function load(raw: string, now: Date): Loaded {
  let parsed: unknown;
  try {
    parsed = parseSettingsText(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  const newer = newerFile(parsed);
  if (newer) return { ok: 'newer', ...newer };
  const migrated = migrateSettings(parsed, now);
  if (!migrated.ok) return migrated;
  const checked = settingsSchema.safeParse(migrated.data);
  if (!checked.success) return { ok: false, reason: `it does not match the settings schema (${describeIssues(checked.error.issues)})` };
  return { ok: true, settings: checked.data, migratedFrom: migrated.from === migrated.to ? null : migrated.from };
}

/** Paths and issue codes only: field values never go into messages. */
function describeIssues(issues: readonly { path: readonly PropertyKey[]; code: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.code}`)
    .join('; ');
}

function tooNew(filePath: string, appVersion: string, newer: { found: number; writtenBy: string | null }): AppError {
  const writer = newer.writtenBy ? `version ${newer.writtenBy} of the app` : 'a newer version of the app';
  return new AppError(
    'SETTINGS_TOO_NEW',
    `The settings file ${filePath} was saved by ${writer} (settings format ${newer.found}); this version (${appVersion}) reads settings format ${SETTINGS_SCHEMA_VERSION} at most. The file was left as it is and nothing will be saved. Start the newer version, or start this one with --data-dir pointing to another folder.`,
    {
      file: filePath,
      found: newer.found,
      supported: SETTINGS_SCHEMA_VERSION,
      appVersion,
      // `variant` picks the sentence that does not name a version when the file does not say which.
      ...(newer.writtenBy ? { writtenBy: newer.writtenBy } : { variant: 'unknown-writer' }),
    },
  );
}

/** A store over a file it must not touch: every use says why. */
function refusedStore(dataDir: string, filePath: string, refusal: AppError): SettingsStore {
  const refuse = (): never => {
    throw refusal;
  };
  return { filePath, dataDir, notices: [], refusal, read: refuse, update: refuse };
}

export function openSettingsStore(options: SettingsStoreOptions): SettingsStore {
  const now = options.now ?? (() => new Date());
  const appVersion = options.appVersion ?? appPackage().version;
  const dataDir = resolve(options.dataDir);
  const filePath = join(dataDir, `${CONFIG_NAME}.json`);
  const notices: Notice[] = [];
  const factory = options.engine === undefined || options.engine === 'conf' ? confEngine : options.engine;

  // Every file-system failure while opening is one actionable error naming the folder.
  const guarded = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      if (error instanceof AppError || !isFsError(error)) throw error;
      throw unwritable(dataDir, error);
    }
  };

  type Opened = { settings: Settings; write: boolean } | { refusal: AppError };
  const opened = guarded((): Opened => {
    mkdirSync(dataDir, { recursive: true });
    const raw = readRaw(filePath);
    if (raw === null) return { settings: defaultSettings(now()), write: true };
    const loaded = load(raw, now());
    if (loaded.ok === 'newer') return { refusal: tooNew(filePath, appVersion, loaded) };
    if (!loaded.ok) {
      const movedTo = freePath(dataDir, `${CONFIG_NAME}.corrupt-${stamp(now())}`);
      renameSync(filePath, movedTo);
      notices.push({
        code: 'settings-corrupt-moved',
        message: `The settings file could not be used because ${loaded.reason}. It was kept as ${movedTo} and the wizard started with fresh settings.`,
        params: { movedTo },
      });
      return { settings: defaultSettings(now()), write: true };
    }
    if (loaded.migratedFrom !== null) {
      // Keep the original next to it: a faulty upgrade step must not cost anyone their progress.
      const backup = freePath(dataDir, `${CONFIG_NAME}.v${loaded.migratedFrom}-backup-${stamp(now())}`);
      copyFileSync(filePath, backup);
      notices.push({
        code: 'settings-migrated',
        message: `Saved settings were upgraded from schema ${loaded.migratedFrom} to ${loaded.settings.schemaVersion}; the original was kept as ${backup}.`,
        params: { from: String(loaded.migratedFrom), to: String(loaded.settings.schemaVersion), backup },
      });
      return { settings: loaded.settings, write: true };
    }
    return { settings: loaded.settings, write: false };
  });

  // Not even the engine is created: conf or electron-store must not get a chance to write a newer app's file.
  if ('refusal' in opened) return refusedStore(dataDir, filePath, opened.refusal);

  // Created only now: conf reads the file in its constructor and throws on invalid JSON.
  const engine = guarded(() => factory({ cwd: dataDir, configName: CONFIG_NAME, deserialize: parseSettingsText }));
  if (resolve(engine.path) !== filePath) throw new Error(`settings engine writes ${engine.path}, expected ${filePath}`);
  const stamped = (value: Settings): Settings => ({ ...value, writtenBy: { app: appVersion } });
  const write = (value: Settings): void => guarded(() => void (engine.store = value));
  let settings = opened.write ? stamped(opened.settings) : opened.settings;
  if (opened.write) write(settings);

  return {
    filePath,
    dataDir,
    notices,
    refusal: null,
    read: () => structuredClone(settings),
    update(mutator) {
      const next = settingsSchema.safeParse(stamped(mutator(structuredClone(settings))));
      if (!next.success) {
        throw new AppError('INTERNAL', `Refused to save settings that do not match the settings schema (${describeIssues(next.error.issues)}).`);
      }
      write(next.data);
      settings = next.data;
      return structuredClone(settings);
    },
  };
}
