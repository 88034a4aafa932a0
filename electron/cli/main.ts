import type { CliIo } from './cli-io';
import { EXIT_OK } from './cli-io';
import { readPackageVersion } from './package-version';
import { USAGE, usageError } from './usage';
import { runValidate } from './validate-command';

/**
 * The `scim-setup-wizard` command line, bundled to dist/node/cli.mjs. It only
 * exports runCli: bin/scim-setup-wizard.mjs calls it, so importing this module
 * (tests, other entries) never runs anything. Returns the exit code.
 */
export type { CliIo } from './cli-io';

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case '--help':
    case '-h':
      io.stdout(USAGE);
      return EXIT_OK;
    case '--version':
    case '-v':
      io.stdout(`${io.version ?? readPackageVersion()}\n`);
      return EXIT_OK;
    case 'validate':
      return runValidate(rest, io);
    case undefined:
      return usageError(io, 'no command given');
    default:
      return usageError(io, command.startsWith('-') ? `unknown option ${command}` : `unknown command "${command}"`);
  }
}
