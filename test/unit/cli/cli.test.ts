import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';

const ID = 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c';
const SEED = 'a35bfbc6-ccbd-4a17-a488-72gf46c5420c';
const COMMERCIAL = `https://api.ciscospark.com/v1/scim/${ID}`;
const GOVERNMENT = `https://api-usgov.webex.com/v1/scim/${ID}`;
const PACKAGE_VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Runs the CLI in-process and collects everything it writes. */
async function run(argv: string[], version?: string) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (s: string) => void (stdout += s), stderr: (s: string) => void (stderr += s) };
  const code = await runCli(argv, version === undefined ? io : { ...io, version });
  return { code, stdout, stderr };
}

describe('runCli: help and version', () => {
  it.each([['--help'], ['-h'], ['validate', '--help'], ['validate', 'webex-org-id', '-h']])('%j prints the usage on stdout and exits 0', async (...argv) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage:\n/);
    expect(stdout).toContain('validate webex-tenant-url VALUE [--government]');
    expect(stdout).toContain('validate cxone-base-url VALUE\n');
    expect(stdout).toContain('validate cxone-region VALUE\n');
    expect(stderr).toBe('');
  });

  it.each(['--version', '-v'])('%s prints the version it was given', async (flag) => {
    expect(await run([flag], '9.8.7')).toEqual({ code: 0, stdout: '9.8.7\n', stderr: '' });
  });

  it('reads the version from package.json when none is given', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${PACKAGE_VERSION}\n`, stderr: '' });
  });
});

describe('runCli: validate', () => {
  it('prints the normalised Org ID as one JSON line and exits 0', async () => {
    expect(await run(['validate', 'webex-org-id', ` "${ID.toUpperCase()}" `])).toEqual({ code: 0, stdout: `{"ok":true,"value":"${ID}"}\n`, stderr: '' });
  });

  it('prints the code and message of the seed example and exits 1', async () => {
    expect(await run(['validate', 'webex-org-id', SEED])).toEqual({
      code: 1,
      stdout: `{"ok":false,"code":"org-id-bad-character","message":"Character 'g' at position 27 is not a hexadecimal digit (0-9, a-f)."}\n`,
      stderr: '',
    });
  });

  it('decodes a base64 org id', async () => {
    const b64 = Buffer.from(`ciscospark://us/ORGANIZATION/${ID}`).toString('base64');
    expect((await run(['validate', 'webex-org-id', b64])).stdout).toBe(`{"ok":true,"value":"${ID}"}\n`);
  });

  it('validates a commercial tenant URL, without notes in the output', async () => {
    expect(await run(['validate', 'webex-tenant-url', `${COMMERCIAL.toUpperCase().replace('/V1/SCIM/', '/v1/scim/')}/`])).toEqual({
      code: 0,
      stdout: `{"ok":true,"value":"${COMMERCIAL}"}\n`,
      stderr: '',
    });
  });

  it('accepts --government before or after VALUE', async () => {
    const expected = { code: 0, stdout: `{"ok":true,"value":"${GOVERNMENT}"}\n`, stderr: '' };
    expect(await run(['validate', 'webex-tenant-url', GOVERNMENT, '--government'])).toEqual(expected);
    expect(await run(['validate', 'webex-tenant-url', '--government', GOVERNMENT])).toEqual(expected);
    expect(await run(['validate', '--government', 'webex-tenant-url', GOVERNMENT])).toEqual(expected);
  });

  it("refuses the other offer's URL with wrong-offer, exit 1", async () => {
    expect(await run(['validate', 'webex-tenant-url', GOVERNMENT])).toEqual({
      code: 1,
      stdout:
        '{"ok":false,"code":"wrong-offer","message":"This is the Webex for Government tenant URL; choose Webex for Government in the first step, or use https://api.ciscospark.com/v1/scim/<OrgId>."}\n',
      stderr: '',
    });
    expect(await run(['validate', 'webex-tenant-url', COMMERCIAL, '--government'])).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/^\{"ok":false,"code":"wrong-offer",/),
    });
  });

  it.each([
    [`http://api.ciscospark.com/v1/scim/${ID}`, 'not-https'],
    [`https://api.ciscospark.com:443/v1/scim/${ID}`, 'port'],
    [`https://api.ciscospark.com@evil.example/v1/scim/${ID}`, 'userinfo'],
    ['https://api.ciscospark.com/v1/scim/', 'missing-org-id'],
    [`https://api.ciscospark.com/v1/scim/${SEED}`, 'org-id-bad-character'],
  ])('prints exactly one line with ok, code, message in that order for %s', async (value, code) => {
    const result = await run(['validate', 'webex-tenant-url', value]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    const parsed = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['ok', 'code', 'message']);
    expect(parsed).toMatchObject({ ok: false, code });
  });

  it('takes a VALUE starting with "-" after --', async () => {
    expect(await run(['validate', 'webex-org-id', '--', '-ccbd-4a17-a488-72ef46c5420c'])).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('"code":"org-id-group-length"'),
    });
  });

  it('an empty VALUE is a value: refused as empty, exit 1', async () => {
    expect(await run(['validate', 'webex-org-id', ''])).toEqual({
      code: 1,
      stdout: '{"ok":false,"code":"empty","message":"Enter the Webex Org ID."}\n',
      stderr: '',
    });
  });
});

describe('runCli: validate the CXone base URL and region', () => {
  const CXONE = 'https://na1.nice-incontact.com/scim/v2';

  it('prints the normalised base URL as one JSON line and exits 0, without notes', async () => {
    expect(await run(['validate', 'cxone-base-url', ' "HTTPS://NA1.Nice-InContact.com/oauth/scim/v2/Users/" '])).toEqual({
      code: 0,
      stdout: '{"ok":true,"value":"https://na1.nice-incontact.com/oauth/scim/v2"}\n',
      stderr: '',
    });
  });

  it('prints the code and message of a refused base URL and exits 1', async () => {
    expect(await run(['validate', 'cxone-base-url', 'https://cxone.niceincontact.com/scim/v2'])).toEqual({
      code: 1,
      stdout:
        '{"ok":false,"code":"cxone-base-url-oauth-host","message":"cxone.niceincontact.com is on niceincontact.com (no hyphen), CXone\'s sign-in and OAuth domain, not the SCIM API. The base URL is on <area>.nice-incontact.com (nice-incontact.com, with a hyphen)."}\n',
      stderr: '',
    });
  });

  it.each([
    ['http://na1.nice-incontact.com/scim/v2', 'cxone-base-url-scheme'],
    ['https://na1.nice-incontact.co/scim/v2', 'cxone-base-url-lookalike-host'],
    ['https://xn--na1-8cd.nice-incontact.com/scim/v2', 'cxone-base-url-lookalike-host'],
    ['https://na1.nice-incontact.com:443/scim/v2', 'cxone-base-url-port'],
    ['https://na1.nice-incontact.com/scim/v1', 'cxone-base-url-path'],
    ['https://admin:hunter2@na1.nice-incontact.com/scim/v2', 'cxone-base-url-userinfo'],
  ])('cxone-base-url %s: one line with ok, code, message in that order, exit 1', async (value, code) => {
    const result = await run(['validate', 'cxone-base-url', value]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    const parsed = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['ok', 'code', 'message']);
    expect(parsed).toMatchObject({ ok: false, code });
    expect(result.stdout).not.toContain('hunter2');
  });

  it.each([
    ['NA1', 'na1'],
    [' "eu1" ', 'eu1'],
    ['https://AU1.nice-incontact.com/scim/v2/', 'au1'],
  ])('cxone-region %j prints the area code and exits 0', async (value, area) => {
    expect(await run(['validate', 'cxone-region', value])).toEqual({ code: 0, stdout: `{"ok":true,"value":"${area}"}\n`, stderr: '' });
  });

  it.each([
    ['1na', 'cxone-region-digits-first'],
    ['na', 'cxone-region-shape'],
    ['na1.nice-incontact.com', 'cxone-region-host'],
    ['https://na1.nice-lncontact.com/scim/v2', 'cxone-base-url-lookalike-host'],
  ])('cxone-region %j is refused with %s, exit 1', async (value, code) => {
    expect(await run(['validate', 'cxone-region', value])).toMatchObject({ code: 1, stdout: expect.stringContaining(`"code":"${code}"`), stderr: '' });
  });

  it('accepts the base URL as it is', async () => {
    expect(await run(['validate', 'cxone-base-url', CXONE])).toEqual({ code: 0, stdout: `{"ok":true,"value":"${CXONE}"}\n`, stderr: '' });
  });

  it('an empty VALUE is refused as empty, with its own sentence', async () => {
    expect(await run(['validate', 'cxone-region', ''])).toEqual({
      code: 1,
      stdout: '{"ok":false,"code":"empty","message":"Enter the area code, e.g. na1."}\n',
      stderr: '',
    });
  });
});

describe('runCli: usage errors exit 2 with the problem and the usage on stderr', () => {
  it.each([
    [[], 'no command given'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['--frobnicate'], 'unknown option --frobnicate'],
    [['validate'], 'validate needs a validator name'],
    [['validate', 'email', 'a@b.c'], 'unknown validator "email" (expected one of webex-org-id, webex-tenant-url, cxone-base-url, cxone-region)'],
    [['validate', 'cxone-access-key-id', 'X'], 'unknown validator "cxone-access-key-id"'],
    [['validate', 'cxone-region'], 'validate cxone-region needs a VALUE'],
    [['validate', 'cxone-base-url', 'https://na1.nice-incontact.com/scim/v2', '--government'], '--government applies only to webex-tenant-url'],
    [['validate', '--government', 'cxone-region', 'na1'], '--government applies only to webex-tenant-url'],
    [['validate', 'webex-org-id'], 'validate webex-org-id needs a VALUE'],
    [['validate', 'webex-tenant-url', '--government'], 'validate webex-tenant-url needs a VALUE'],
    [['validate', 'webex-org-id', ID, 'extra'], 'unexpected argument "extra"'],
    [['validate', 'webex-org-id', ID, '--government'], '--government applies only to webex-tenant-url'],
    [['validate', 'webex-tenant-url', COMMERCIAL, '--gov'], 'unknown option --gov'],
  ])('%j', async (argv, problem) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(`scim-setup-wizard: ${problem}`)).toBe(true);
    expect(stderr).toContain('Usage:');
  });
});
