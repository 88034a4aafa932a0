import { describe, expect, it } from 'vitest';
import { BROWSER_MODE_USAGE, parseBrowserModeArgs } from '../../../electron/browser-mode/cli-options';
import { defaultDataDir } from '../../../electron/browser-mode/default-data-dir';

describe('parseBrowserModeArgs', () => {
  it('defaults to any free port, no folders, no help', () => {
    expect(parseBrowserModeArgs([], {})).toEqual({ port: 0, help: false });
  });

  it('reads --port, --data-dir and --endpoints, as separate values or with =', () => {
    expect(parseBrowserModeArgs(['--port', '8080', '--data-dir', 'data', '--endpoints', 'e.json'], {})).toEqual({
      port: 8080,
      dataDir: 'data',
      endpointsFile: 'e.json',
      help: false,
    });
    expect(parseBrowserModeArgs(['--port=0', '--data-dir=/a b', '--endpoints=/e=1.json'], {})).toEqual({
      port: 0,
      dataDir: '/a b',
      endpointsFile: '/e=1.json',
      help: false,
    });
  });

  it('accepts both ends of the port range', () => {
    expect(parseBrowserModeArgs(['--port', '65535'], {})).toMatchObject({ port: 65535 });
    expect(parseBrowserModeArgs(['--port', '0'], {})).toMatchObject({ port: 0 });
  });

  it.each(['65536', '-1', '80.5', 'abc', '0x50', '1e3', ' ', '123456'])('refuses --port %j with a message naming the flag', (value) => {
    const result = parseBrowserModeArgs(['--port', value], {});
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toMatch(/--port must be a whole number from 0 to 65535/);
  });

  it('refuses a flag without its value', () => {
    expect(parseBrowserModeArgs(['--port'], {})).toEqual({ error: '--port needs a value.' });
    expect(parseBrowserModeArgs(['--data-dir', '--port', '3'], {})).toEqual({ error: '--data-dir needs a value.' });
    expect(parseBrowserModeArgs(['--endpoints='], {})).toEqual({ error: '--endpoints needs a value.' });
  });

  it('refuses unknown arguments instead of ignoring a typo', () => {
    const result = parseBrowserModeArgs(['--data-folder', 'x'], {});
    expect((result as { error: string }).error).toContain('--data-folder');
    expect(parseBrowserModeArgs(['stray'], {})).toHaveProperty('error');
  });

  it('recognises --help and -h', () => {
    expect(parseBrowserModeArgs(['--help'], {})).toMatchObject({ help: true });
    expect(parseBrowserModeArgs(['-h'], {})).toMatchObject({ help: true });
  });

  it('falls back to the environment, and the flags win over it', () => {
    const env = { SCIM_WIZARD_PORT: '4100', SCIM_WIZARD_DATA_DIR: '/env/data', SCIM_WIZARD_ENDPOINTS: '/env/e.json' };
    expect(parseBrowserModeArgs([], env)).toEqual({ port: 4100, dataDir: '/env/data', endpointsFile: '/env/e.json', help: false });
    expect(parseBrowserModeArgs(['--port', '5', '--data-dir', 'flag'], env)).toEqual({ port: 5, dataDir: 'flag', endpointsFile: '/env/e.json', help: false });
  });

  it('treats empty environment variables as unset', () => {
    expect(parseBrowserModeArgs([], { SCIM_WIZARD_PORT: '', SCIM_WIZARD_DATA_DIR: '', SCIM_WIZARD_ENDPOINTS: '' })).toEqual({ port: 0, help: false });
  });

  it('names SCIM_WIZARD_PORT when the bad port comes from the environment', () => {
    expect((parseBrowserModeArgs([], { SCIM_WIZARD_PORT: 'eighty' }) as { error: string }).error).toMatch(/^SCIM_WIZARD_PORT must be/);
  });
});

describe('defaultDataDir', () => {
  it("is Electron's userData folder for the product on each platform", () => {
    expect(defaultDataDir('SCIM Setup Wizard', 'linux', {}, '/home/u')).toBe('/home/u/.config/SCIM Setup Wizard');
    expect(defaultDataDir('SCIM Setup Wizard', 'linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/u')).toBe('/xdg/SCIM Setup Wizard');
    expect(defaultDataDir('SCIM Setup Wizard', 'darwin', {}, '/Users/u')).toBe('/Users/u/Library/Application Support/SCIM Setup Wizard');
    expect(defaultDataDir('SCIM Setup Wizard', 'win32', { APPDATA: '/appdata' }, '/home/u')).toMatch(/appdata.SCIM Setup Wizard$/);
  });
});

describe('parseBrowserModeArgs: presenting mode and a fixed language', () => {
  it('reads --presenting (a switch) and --locale, anywhere among the other flags', () => {
    expect(parseBrowserModeArgs(['--presenting', '--port', '5', '--locale', 'ko'], {})).toEqual({ port: 5, presenting: true, locale: 'ko', help: false });
    expect(parseBrowserModeArgs(['--locale=EN'], {})).toEqual({ port: 0, locale: 'en', help: false });
  });

  it('does not take the argument after --presenting as its value', () => {
    expect(parseBrowserModeArgs(['--presenting', '--data-dir', 'd'], {})).toEqual({ port: 0, dataDir: 'd', presenting: true, help: false });
    expect(parseBrowserModeArgs(['--presenting', 'stray'], {})).toHaveProperty('error');
    expect(parseBrowserModeArgs(['--presenting=1'], {})).toEqual({ error: '--presenting takes no value.' });
  });

  it('refuses an unknown language, naming the two it knows', () => {
    expect(parseBrowserModeArgs(['--locale', 'fr'], {})).toEqual({ error: '--locale must be en or ko (got "fr").' });
    expect(parseBrowserModeArgs([], { SCIM_WIZARD_LOCALE: 'ko-KR' })).toEqual({ error: 'SCIM_WIZARD_LOCALE must be en or ko (got "ko-KR").' });
    expect(parseBrowserModeArgs(['--locale'], {})).toEqual({ error: '--locale needs a value.' });
  });

  it('falls back to SCIM_WIZARD_PRESENTING and SCIM_WIZARD_LOCALE; the --locale flag wins; empty is unset', () => {
    expect(parseBrowserModeArgs([], { SCIM_WIZARD_PRESENTING: '1', SCIM_WIZARD_LOCALE: 'ko' })).toEqual({
      port: 0,
      presenting: true,
      locale: 'ko',
      help: false,
    });
    expect(parseBrowserModeArgs([], { SCIM_WIZARD_PRESENTING: 'true' })).toMatchObject({ presenting: true });
    expect(parseBrowserModeArgs(['--locale', 'en'], { SCIM_WIZARD_LOCALE: 'ko' })).toMatchObject({ locale: 'en' });
    expect(parseBrowserModeArgs([], { SCIM_WIZARD_PRESENTING: '0', SCIM_WIZARD_LOCALE: '' })).toEqual({ port: 0, help: false });
    expect(parseBrowserModeArgs([], { SCIM_WIZARD_PRESENTING: '' })).toEqual({ port: 0, help: false });
  });

  it('refuses a SCIM_WIZARD_PRESENTING that is neither on nor off instead of guessing', () => {
    expect(parseBrowserModeArgs([], { SCIM_WIZARD_PRESENTING: 'yes please' })).toEqual({ error: 'SCIM_WIZARD_PRESENTING must be 1 or 0 (got "yes please").' });
  });

  it('names both new options in the usage text', () => {
    expect(BROWSER_MODE_USAGE).toMatch(/--presenting .*SCIM_WIZARD_PRESENTING/);
    expect(BROWSER_MODE_USAGE).toMatch(/--locale en\|ko .*SCIM_WIZARD_LOCALE/);
  });
});
