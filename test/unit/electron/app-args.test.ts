import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAppArgs } from '../../../electron/app/app-args';

describe('parseAppArgs', () => {
  it('reads both flags anywhere among Electron and Chromium arguments, as absolute paths', () => {
    const argv = ['.', '--no-sandbox', '--data-dir', 'tmp/data', '--remote-debugging-port=0', '--endpoints=fixtures/e.json'];
    expect(parseAppArgs(argv, {})).toEqual({ dataDir: resolve('tmp/data'), endpointsFile: resolve('fixtures/e.json') });
  });

  it('falls back to the environment, and the flag wins over it', () => {
    const env = { SCIM_WIZARD_DATA_DIR: '/env/data', SCIM_WIZARD_ENDPOINTS: '/env/endpoints.json' };
    expect(parseAppArgs([], env)).toEqual({ dataDir: '/env/data', endpointsFile: '/env/endpoints.json' });
    expect(parseAppArgs(['--data-dir', '/flag/data'], env)).toEqual({ dataDir: '/flag/data', endpointsFile: '/env/endpoints.json' });
  });

  it("returns nothing when neither is given, and ignores browser mode's port", () => {
    expect(parseAppArgs(['.', '--inspect=0', '--port', '80'], { SCIM_WIZARD_DATA_DIR: '', SCIM_WIZARD_PORT: 'not-a-port' })).toEqual({});
  });

  it.each([['--data-dir'], ['--data-dir', '--endpoints', 'x.json'], ['--endpoints=']])('refuses a flag without its path: %j', (...argv) => {
    expect(() => parseAppArgs(argv, {})).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST' }));
  });
});

describe('parseAppArgs: presenting mode and a fixed language', () => {
  it('reads --presenting and --locale among Electron and Chromium arguments without eating the next one', () => {
    const argv = ['.', '--presenting', '--no-sandbox', '--locale', 'ko', '--data-dir', 'd'];
    expect(parseAppArgs(argv, {})).toEqual({ presenting: true, locale: 'ko', dataDir: resolve('d') });
    expect(parseAppArgs(['.', '--presenting', '.'], {})).toEqual({ presenting: true });
  });

  it('falls back to the environment', () => {
    expect(parseAppArgs([], { SCIM_WIZARD_PRESENTING: '1', SCIM_WIZARD_LOCALE: 'en' })).toEqual({ presenting: true, locale: 'en' });
  });

  it.each([
    [['--locale', 'de'], '--locale must be en or ko (got "de").'],
    [['--locale'], '--locale needs a value.'],
    [['--presenting=yes'], '--presenting takes no value.'],
  ])('refuses %j as a usage error', (argv, message) => {
    expect(() => parseAppArgs(argv, {})).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST', message }));
  });
});
