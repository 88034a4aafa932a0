import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';

/**
 * Runs @doyensec/electronegativity over a folder, offline, in a child process
 * (electronegativity-child.mjs), and hands back what it found. The tool exits 0
 * whatever it finds, so its answer is read from the JSON report, never its exit code.
 */
export const ROOT = resolve(import.meta.dirname, '../../..');
const CHILD = resolve(import.meta.dirname, 'electronegativity-child.mjs');

export interface ToolIssue {
  id: string;
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
  confidence: string;
  /** Repository-relative once mapped (e.g. dist/electron/main.cjs); "N/A" for a global "nothing found" finding. */
  file: string;
  line: number;
  column: number;
  /** The flagged source line, trimmed ("" for some global checks). */
  sample: string;
  manualReview: boolean;
}

export interface ToolReport {
  checks: { atomic: number; global: number };
  issues: ToolIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
  /** What the tool asked `got` for (answered 404 by the child's stub, never sent). */
  stubbedRequests: string[];
  /** Sockets or lookups anything in the child tried to open (refused). */
  networkAttempts: string[];
}

/** The Electron the app ships with: the tool's checks depend on its defaults (contextIsolation, sandbox). */
export function installedElectronVersion(): string {
  const require = createRequire(import.meta.url);
  return (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
}

export function runElectronegativity(input: string, reportPath: string, electronVersion = installedElectronVersion()): Promise<ToolReport> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CHILD, input, reportPath, electronVersion], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 || !existsSync(reportPath)) {
        reject(new Error(`electronegativity over ${relative(ROOT, input) || input} exited ${code}:\n${output}`));
        return;
      }
      resolvePromise(JSON.parse(readFileSync(reportPath, 'utf8')) as ToolReport);
    });
  });
}

/**
 * The tool recognises a window only as `new BrowserWindow(...)` / `new BrowserView(...)` (its checks compare
 * the callee's identifier name), while Vite's CommonJS build writes `new electron.BrowserWindow(...)`. Left as
 * built, eleven window checks (contextIsolation, nodeIntegration, sandbox, preload, ...) never run on main.
 */
export function exposeWindowConstructors(bundle: string): string {
  return bundle.replace(/\bnew\s+[A-Za-z_$][\w$]*\.(BrowserWindow|BrowserView)\s*\(/g, 'new $1(');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

export interface StagedInput {
  /** The folder to hand to the tool. */
  dir: string;
  /** Staged path (relative to dir) -> repository path, to report findings where they are. */
  origins: Map<string, string>;
}

/**
 * The tool reads .js/.ts/.html and skips .cjs without a word, so the built main and preload are copied in
 * as .js (window constructors exposed, see above), next to the built renderer.
 * Throws, saying what to run, when the build is missing: a scan of nothing must never pass.
 */
export function stageBuiltApp(stageDir: string, distDir = join(ROOT, 'dist')): StagedInput {
  const wanted = ['electron/main.cjs', 'electron/preload.cjs', 'renderer/index.html'];
  const missing = wanted.filter((file) => !existsSync(join(distDir, file)));
  if (missing.length > 0) {
    throw new Error(
      `The built app is missing (${missing.map((f) => `dist/${f}`).join(', ')}). Run \`npm run build\` first (\`npm test\` builds before the unit tests).`,
    );
  }
  const origins = new Map<string, string>();
  for (const bundle of ['main', 'preload']) {
    const staged = `electron/${bundle}.js`;
    mkdirSync(join(stageDir, 'electron'), { recursive: true });
    writeFileSync(join(stageDir, staged), exposeWindowConstructors(readFileSync(join(distDir, `electron/${bundle}.cjs`), 'utf8')));
    origins.set(staged, relative(ROOT, join(distDir, `electron/${bundle}.cjs`)));
  }
  cpSync(join(distDir, 'renderer'), join(stageDir, 'renderer'), { recursive: true });
  for (const file of listFiles(join(stageDir, 'renderer'))) {
    const staged = relative(stageDir, file);
    origins.set(staged, relative(ROOT, join(distDir, staged)));
  }
  return { dir: stageDir, origins };
}

/** A stand-in bundle (the planted fixture), staged exactly as the built main is. */
export function stageBundleFile(stageDir: string, bundleFile: string): StagedInput {
  const staged = 'electron/main.js';
  mkdirSync(join(stageDir, 'electron'), { recursive: true });
  writeFileSync(join(stageDir, staged), exposeWindowConstructors(readFileSync(bundleFile, 'utf8')));
  return { dir: stageDir, origins: new Map([[staged, relative(ROOT, bundleFile)]]) };
}

/** The sources are scanned where they are: the tool parses today's TypeScript (babel first). */
export function sourceInput(dir = join(ROOT, 'electron')): StagedInput {
  const origins = new Map<string, string>();
  for (const file of listFiles(dir)) if (/\.(ts|tsx|js)$/.test(file)) origins.set(relative(dir, file), relative(ROOT, file));
  return { dir, origins };
}

/** Findings with repository paths; a finding in a file the staging does not know keeps its tool path. */
export function withRepositoryPaths(report: ToolReport, input: StagedInput): ToolReport {
  const map = (file: string) => input.origins.get(file) ?? file;
  return {
    ...report,
    issues: report.issues.map((issue) => ({ ...issue, file: map(issue.file) })),
    errors: report.errors.map((error) => ({ ...error, file: map(relative(input.dir, resolve(input.dir, error.file))) })),
  };
}

/** The tool drops any finding waived by an `eng-disable` comment; waivers belong in the allow-list instead. */
export function inlineWaivers(input: StagedInput): string[] {
  return [...input.origins].filter(([staged]) => /eng-disable/.test(readFileSync(join(input.dir, staged), 'utf8'))).map(([, origin]) => origin);
}
