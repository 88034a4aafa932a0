import { validateCxoneBaseUrl } from '../../shared/validators/cxone-base-url';
import { validateCxoneRegion } from '../../shared/validators/cxone-region';
import { validateWebexOrgId } from '../../shared/validators/webex-org-id';
import { validateWebexTenantUrl } from '../../shared/validators/webex-tenant-url';
import type { ValidationResult } from '../../shared/validators/result';
import type { CliIo } from './cli-io';
import { EXIT_INVALID, EXIT_OK } from './cli-io';
import { USAGE, usageError } from './usage';

/**
 * `validate <validator> VALUE [--government]`: the same pure validators the
 * UI uses, for scripts and testers. Stdout gets exactly one JSON line (no
 * notes: scripts compare `value` and `code`), so it can be piped to jq.
 * The CXone secrets have no command: a secret typed on a command line stays
 * in the shell history and the process list.
 */
const VALIDATORS = {
  'webex-org-id': (value: string) => validateWebexOrgId(value),
  'webex-tenant-url': (value: string, government: boolean) => validateWebexTenantUrl(value, { offer: government ? 'government' : 'commercial' }),
  'cxone-base-url': (value: string) => validateCxoneBaseUrl(value),
  'cxone-region': (value: string) => validateCxoneRegion(value),
} as const satisfies Record<string, (value: string, government: boolean) => ValidationResult>;
type ValidatorName = keyof typeof VALIDATORS;
const VALIDATOR_NAMES = Object.keys(VALIDATORS) as ValidatorName[];

export function runValidate(args: string[], io: CliIo): number {
  let government = false;
  let optionsEnded = false;
  const positional: string[] = [];
  for (const arg of args) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && (arg === '--help' || arg === '-h')) {
      io.stdout(USAGE);
      return EXIT_OK;
    } else if (!optionsEnded && arg === '--government') government = true;
    else if (!optionsEnded && arg.startsWith('-') && arg.length > 1) return usageError(io, `unknown option ${arg}`);
    else positional.push(arg);
  }

  const [name, value, ...extra] = positional;
  const known = `expected one of ${VALIDATOR_NAMES.join(', ')}`;
  if (name === undefined) return usageError(io, `validate needs a validator name (${known})`);
  if (!isValidatorName(name)) return usageError(io, `unknown validator "${name}" (${known})`);
  if (value === undefined) return usageError(io, `validate ${name} needs a VALUE`);
  if (extra.length > 0) return usageError(io, `unexpected argument "${extra[0]}" (quote a VALUE that contains spaces)`);
  if (government && name !== 'webex-tenant-url') return usageError(io, '--government applies only to webex-tenant-url');

  const result = VALIDATORS[name](value, government);
  io.stdout(`${resultLine(result)}\n`);
  return result.ok ? EXIT_OK : EXIT_INVALID;
}

function isValidatorName(name: string): name is ValidatorName {
  return (VALIDATOR_NAMES as readonly string[]).includes(name);
}

/** Fixed key order (ok, value / ok, code, message) so output can be compared as text. */
function resultLine(result: ValidationResult): string {
  return result.ok ? JSON.stringify({ ok: true, value: result.value }) : JSON.stringify({ ok: false, code: result.code, message: result.message });
}
