import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * bin/scim-setup-wizard.mjs in a throw-away copy of the package layout, so
 * this runs without a build: with no dist it must give the build hint; with a
 * stand-in dist/node/cli.mjs it must pass argv, io and the version through.
 */
const BIN = fileURLToPath(new URL('../../../bin/scim-setup-wizard.mjs', import.meta.url));
const folders: string[] = [];

function packageCopy(withCli: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'scim-bin-'));
  folders.push(root);
  mkdirSync(join(root, 'bin'));
  copyFileSync(BIN, join(root, 'bin', 'scim-setup-wizard.mjs'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ version: '3.2.1', type: 'module' }));
  if (withCli) {
    mkdirSync(join(root, 'dist', 'node'), { recursive: true });
    writeFileSync(
      join(root, 'dist', 'node', 'cli.mjs'),
      `export async function runCli(argv, io) { io.stdout(JSON.stringify({ argv, version: io.version }) + '\\n'); io.stderr('to stderr\\n'); return argv.length; }\n`,
    );
  }
  return root;
}

function runBin(root: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(root, 'bin', 'scim-setup-wizard.mjs'), ...args], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('bin/scim-setup-wizard.mjs', () => {
  it('says to run npm run build:node, on one line, and exits 2 when the CLI is not built', async () => {
    const { code, stdout, stderr } = await runBin(packageCopy(false), ['--help']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('scim-setup-wizard: the CLI is not built yet; run `npm run build:node` first.\n');
  });

  it('passes the arguments and the package version to runCli and exits with its code', async () => {
    const { code, stdout, stderr } = await runBin(packageCopy(true), ['validate', 'webex-org-id', 'x y']);
    expect(JSON.parse(stdout)).toEqual({ argv: ['validate', 'webex-org-id', 'x y'], version: '3.2.1' });
    expect(stderr).toBe('to stderr\n');
    expect(code).toBe(3);
  });
});
