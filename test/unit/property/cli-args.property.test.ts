import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAppArgs } from '../../../electron/app/app-args';
import { parseBrowserModeArgs } from '../../../electron/browser-mode/cli-options';
import { AppError } from '../../../shared/errors';
import { hostileText, RUNS } from './arbitraries';

/**
 * The command line and environment of both hosts (README, "The command line"): any argv and any
 * environment get an answer, never an exception (browser mode) or only the app's own error
 * (desktop); a port is a whole number 0-65535 and nothing else; flags win over the environment;
 * the desktop app ignores Chromium's and Playwright's switches around its own flags.
 */

const flagName = fc.constantFrom('--port', '--data-dir', '--endpoints', '--locale', '--presenting', '--help', '-h', '--PORT', '--port=', '--', '-');
const arg = fc.oneof(
  hostileText,
  flagName,
  flagName.chain((f) => hostileText.map((v) => `${f}=${v}`)),
);
const argv = fc.array(arg, { maxLength: 8 });
const envKey = fc.constantFrom(
  'SCIM_WIZARD_PORT',
  'SCIM_WIZARD_DATA_DIR',
  'SCIM_WIZARD_ENDPOINTS',
  'SCIM_WIZARD_LOCALE',
  'SCIM_WIZARD_PRESENTING',
  '__proto__',
  'constructor',
  'PATH',
);
const env = fc.dictionary(envKey, fc.option(hostileText, { nil: undefined }), { maxKeys: 6 });

describe('command line: properties', () => {
  it('browser mode answers any argv and environment with options or an error sentence, never an exception', () => {
    fc.assert(
      fc.property(argv, env, (args, vars) => {
        const parsed = parseBrowserModeArgs(args, vars);
        if ('error' in parsed) {
          expect(parsed.error).not.toBe('');
          return;
        }
        expect(Number.isInteger(parsed.port) && parsed.port >= 0 && parsed.port <= 65535).toBe(true);
        if (parsed.locale !== undefined) expect(['en', 'ko']).toContain(parsed.locale);
      }),
      RUNS,
    );
  });

  it('takes a port only as 1-5 digits up to 65535, from the flag before the environment', () => {
    const portText = fc.oneof(
      fc.integer({ min: 0, max: 99999 }).map(String),
      fc.constantFrom('0x50', '1e3', '-1', '+80', ' ', '８０', '80.0', '٨٠'),
      hostileText,
    );
    fc.assert(
      fc.property(portText, fc.integer({ min: 0, max: 65535 }), fc.boolean(), (text, envPort, asEquals) => {
        const args = asEquals ? [`--port=${text}`] : ['--port', text];
        const parsed = parseBrowserModeArgs(args, { SCIM_WIZARD_PORT: String(envPort) });
        const valid = /^\d{1,5}$/.test(text.trim()) && Number(text.trim()) <= 65535 && !(text.startsWith('--') && !asEquals) && text !== '';
        if (valid) expect(parsed).toMatchObject({ port: Number(text.trim()) });
        else expect('error' in parsed).toBe(true);
      }),
      RUNS,
    );
  });

  it('the desktop app ignores switches that are not its own, and throws nothing but its own error', () => {
    const foreign = fc.array(fc.constantFrom('.', '--no-sandbox', '--remote-debugging-port=0', '--enable-logging', '/opt/app', '--inspect', '-psn_0_1234'), {
      maxLength: 4,
    });
    fc.assert(
      fc.property(foreign, foreign, argv, env, (before, after, own, vars) => {
        let plain: unknown;
        try {
          plain = parseAppArgs(own, vars);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          return;
        }
        expect(parseAppArgs([...before, ...own, ...after], vars)).toEqual(plain);
      }),
      RUNS,
    );
  });
});
