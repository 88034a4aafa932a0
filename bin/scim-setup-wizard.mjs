#!/usr/bin/env node
// Launcher for the built CLI (electron/cli, bundled by `npm run build:node`).
// It passes the version from package.json so the bundle need not find it.
import { existsSync, readFileSync } from 'node:fs';

const cli = new URL('../dist/node/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  // exitCode rather than exit(): let the hint flush when stderr is a pipe.
  process.stderr.write('scim-setup-wizard: the CLI is not built yet; run `npm run build:node` first.\n');
  process.exitCode = 2;
} else {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const { runCli } = await import(cli.href);
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    version,
  });
}
