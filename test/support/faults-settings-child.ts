import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'rolldown';
import { runResultsChild } from './results-child';

/**
 * The real settings store (settings-store.ts on conf and atomically) in a child
 * process, so a test can make the file system fail under it or SIGKILL it in the
 * middle of a save. Faults are injected at the `node:fs` layer, before conf and
 * its writer load: stubborn-fs keeps its own references to fs.openSync/writeSync/
 * renameSync from the moment it loads, so patching later would not reach it.
 * The store is bundled once per test file (rolldown, which Vite already brings)
 * with its packages left external, so they load natively in the child: a child
 * starts in well under a second instead of compiling TypeScript each time.
 */
const ROOT = resolve(import.meta.dirname, '../..');
// Inside the repository, so the bundle's bare imports (conf, zod) resolve to node_modules.
const BUNDLE_DIR = join(ROOT, 'node_modules', `.scim-faults-settings-${process.pid}`);
const BUNDLE = join(BUNDLE_DIR, 'settings-store.mjs');
let bundled: Promise<void> | undefined;

/** Call in beforeAll: builds the bundle the children import. */
export function prepareSettingsChild(): Promise<void> {
  bundled ??= build({
    input: join(ROOT, 'electron/services/settings-store.ts'),
    platform: 'node',
    external: (id) => !id.startsWith('.') && !id.startsWith('/'),
    output: { file: BUNDLE, format: 'esm' },
    logLevel: 'silent',
  }).then(() => undefined);
  return bundled;
}

/** Call in afterAll. */
export function disposeSettingsChild(): void {
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  bundled = undefined;
}

export type ChildOp =
  | { op: 'open' }
  /** From now on, the named fs call fails with `errno` for paths in the data folder. */
  | { op: 'inject'; errno: string; syscall: 'open' | 'write' | 'rename' }
  | { op: 'heal' }
  /** Sets the locale and `fault.n` = `counter` in the default profile. */
  | { op: 'update'; locale: 'en' | 'ko'; counter: number }
  /** Saves versions 1, 2, 3, ... forever, each a large file whose every field names its version. */
  | { op: 'loop' };

export interface ChildResult {
  op: string;
  ok: boolean;
  code?: string;
  message?: string;
  params?: Record<string, unknown>;
  notices?: { code: string }[];
}

/** Fields per version and their length: a file of ~200 KB, so a kill often lands inside a write. */
export const LOOP_FIELDS = 50;
export const LOOP_FIELD_LENGTH = 4000;

const CHILD = `
import fs from 'node:fs';
const dataDir = process.env.DATA_DIR;
let fault = null;
const inDataDir = (path) => typeof path === 'string' && path.startsWith(dataDir);
const fail = (syscall, path) => Object.assign(new Error(fault.errno + ': injected fault, ' + syscall + " '" + path + "'"), { code: fault.errno, syscall, path });
const { openSync, writeSync, renameSync } = fs;
fs.openSync = function (path, flags, ...rest) {
  if (fault?.syscall === 'open' && inDataDir(path) && /[wa+]/.test(String(flags ?? 'r'))) throw fail('open', path);
  return openSync.call(this, path, flags, ...rest);
};
fs.writeSync = function (fd, ...rest) {
  if (fault?.syscall === 'write') throw fail('write', 'fd ' + fd);
  return writeSync.call(this, fd, ...rest);
};
fs.renameSync = function (from, to) {
  if (fault?.syscall === 'rename' && inDataDir(to)) throw fail('rename', to);
  return renameSync.call(this, from, to);
};
const m = await import(process.env.SETTINGS_STORE_MODULE);
let store = null;
const results = [];
const fieldsFor = (n) => Object.fromEntries(Array.from({ length: ${LOOP_FIELDS} }, (_, i) => ['fault.f' + i, (n + ':').padEnd(${LOOP_FIELD_LENGTH}, String.fromCharCode(97 + (n % 26)))]));
for (const op of JSON.parse(process.env.OPS)) {
  try {
    if (op.op === 'open') {
      store = m.openSettingsStore({ dataDir, appVersion: '9.9.9' });
      results.push({ op: op.op, ok: true, notices: store.notices.map((n) => ({ code: n.code })), ...(store.refusal ? { code: store.refusal.code } : {}) });
    } else if (op.op === 'inject') {
      fault = op;
      results.push({ op: op.op, ok: true });
    } else if (op.op === 'heal') {
      fault = null;
      results.push({ op: op.op, ok: true });
    } else if (op.op === 'update') {
      store.update((s) => ({ ...s, locale: op.locale, profiles: { ...s.profiles, default: { ...s.profiles.default, fields: { ...s.profiles.default.fields, 'fault.n': String(op.counter) } } } }));
      results.push({ op: op.op, ok: true });
    } else if (op.op === 'loop') {
      console.log('READY');
      for (let n = 1; ; n += 1) store.update((s) => ({ ...s, profiles: { ...s.profiles, default: { ...s.profiles.default, fields: fieldsFor(n) } } }));
    }
  } catch (error) {
    results.push({ op: op.op, ok: false, code: error.code, message: error.message, params: error.params });
  }
}
// atomically removes a failed write's temp file asynchronously: let that finish before exiting.
await new Promise((done) => setTimeout(done, 100));
console.log('RESULTS ' + JSON.stringify(results));
`;

function childEnv(dataDir: string, ops: readonly ChildOp[]): NodeJS.ProcessEnv {
  return { ...process.env, DATA_DIR: dataDir, OPS: JSON.stringify(ops), SETTINGS_STORE_MODULE: BUNDLE };
}

function spawnChild(dataDir: string, ops: readonly ChildOp[]): ChildProcess {
  if (!bundled) throw new Error('call prepareSettingsChild() in beforeAll first');
  return spawn(process.execPath, ['--input-type=module', '-e', CHILD], { cwd: ROOT, env: childEnv(dataDir, ops), stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs `ops` against the settings store in `dataDir`; resolves with each op's outcome and everything printed. */
export function runSettingsChild(dataDir: string, ops: readonly ChildOp[]): Promise<{ results: ChildResult[]; output: string }> {
  if (!bundled) throw new Error('call prepareSettingsChild() in beforeAll first');
  return runResultsChild<ChildResult>({ script: CHILD, cwd: ROOT, env: childEnv(dataDir, ops) });
}

/**
 * Starts the save loop and SIGKILLs the child `killAfterMs` after it is saving.
 * Resolves once the child is gone; rejects if it never started saving.
 */
export function killDuringSaves(dataDir: string, killAfterMs: number): Promise<{ signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawnChild(dataDir, [{ op: 'open' }, { op: 'loop' }]);
    let output = '';
    let killer: NodeJS.Timeout | undefined;
    const guard = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!killer && output.includes('READY')) killer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(guard);
      clearTimeout(killer);
      if (!output.includes('READY')) return reject(new Error(`the child never started saving:\n${output}`));
      resolvePromise({ signal, output });
    });
  });
}
