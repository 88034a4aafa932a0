import type { CliIo } from './cli-io';
import { EXIT_USAGE } from './cli-io';

export const USAGE = `Usage:
  scim-setup-wizard --help | -h
  scim-setup-wizard --version | -v
  scim-setup-wizard validate webex-org-id VALUE
  scim-setup-wizard validate webex-tenant-url VALUE [--government]
  scim-setup-wizard validate cxone-base-url VALUE
  scim-setup-wizard validate cxone-region VALUE

validate prints one line of JSON and exits 0 when VALUE is valid, 1 when not:
  {"ok":true,"value":"<normalised value>"}
  {"ok":false,"code":"<stable code>","message":"<what to fix>"}
--government checks a tenant URL against Webex for Government (api-usgov.webex.com)
instead of commercial Webex (api.ciscospark.com); it applies only to webex-tenant-url.
cxone-base-url takes https://<area>.nice-incontact.com/scim/v2 or .../oauth/scim/v2;
cxone-region takes an area code such as na1, or a whole base URL (prints its area code).
Use -- before a VALUE that starts with "-".
A wrong command line exits 2.
`;

/** A wrong command line: what was wrong, then the usage, on stderr. */
export function usageError(io: CliIo, problem: string): number {
  io.stderr(`scim-setup-wizard: ${problem}\n\n${USAGE}`);
  return EXIT_USAGE;
}
