import { spawn, type ChildProcess } from 'node:child_process';
import { test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Channel, Envelope } from '../../../shared/ipc/contract';
import { envelopeCalls, type EnvelopeCalls } from '../../support/envelope-calls';

const HOST_ENTRY = resolve('dist/node/browser-host.mjs');

export interface RunningHost {
  url: string;
  origin: string;
  dataDir: string;
  /** Everything the host printed, for leak scans and for debugging a failure. */
  output(): string;
  /** `POST /api/<channel>` with the launch token, as the page calls it; the answer's envelope. */
  call(channel: Channel, payload: unknown): Promise<Envelope<unknown>>;
  /** The same calls unwrapped: `api.data(...)` fails on a refusal, `api.error(...)` on a success. */
  api: EnvelopeCalls;
  stop(): Promise<void>;
  /** SIGKILL, as a crash or a forced quit ends it: no handler of its own runs. Resolves once it has exited. */
  kill(): Promise<void>;
}

/**
 * A failed test's host log is the first thing to read (CI keeps no test-results folder): its last lines
 * go to stderr when the host stops in the failed test's hooks. The launch token is cut from them; the
 * host's log holds no secrets (test/e2e/leak-hunt.spec.ts scans it).
 */
function printTailIfFailed(output: string): void {
  let info: ReturnType<typeof test.info>;
  try {
    info = test.info();
  } catch {
    return; // Stopped outside a test (a beforeAll/afterAll): nothing failed yet to explain.
  }
  if (info.status === undefined || info.status === info.expectedStatus) return;
  const tail = output
    .replace(/#token=[A-Za-z0-9_-]+/g, '#token=(cut)')
    .trimEnd()
    .split('\n')
    .slice(-40)
    .join('\n');
  process.stderr.write(`--- the browser-mode host's last lines, for "${info.title}" ---\n${tail}\n--- end of the host's lines ---\n`);
}

export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'scim-wizard-e2e-'));
}

/** Starts `node dist/node/browser-host.mjs` as a user would, and waits for the URL it prints. */
export async function startBrowserHost(options: {
  dataDir: string;
  endpointsFile?: string;
  env?: NodeJS.ProcessEnv;
  /** More options as a user would type them (e.g. `--presenting`, `--locale ko`). */
  args?: string[];
}): Promise<RunningHost> {
  const args = [HOST_ENTRY, '--port', '0', '--data-dir', options.dataDir];
  if (options.endpointsFile) args.push('--endpoints', options.endpointsFile);
  if (options.args) args.push(...options.args);
  const child: ChildProcess = spawn(process.execPath, args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser host did not print its URL in time:\n${output}`)), 20_000);
    const check = () => {
      const match = /at (http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser host exited with ${code}:\n${output}`));
    });
  });

  const ended = (signal: NodeJS.Signals) =>
    new Promise<void>((done) => {
      printTailIfFailed(output);
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill(signal);
    });

  const origin = new URL(url).origin;
  const launchToken = new URL(url).hash.replace('#token=', '');
  const call = async (channel: Channel, payload: unknown): Promise<Envelope<unknown>> => {
    const response = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${launchToken}` },
      body: JSON.stringify(payload),
    });
    return (await response.json()) as Envelope<unknown>;
  };

  return {
    url,
    origin,
    call,
    api: envelopeCalls(call),
    dataDir: options.dataDir,
    output: () => output,
    stop: () => ended('SIGTERM'),
    kill: () => ended('SIGKILL'),
  };
}
