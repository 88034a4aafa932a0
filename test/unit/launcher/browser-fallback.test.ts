import { describe, expect, it } from 'vitest';
import { browserHostArgs, findBrowserAddress, openBrowserCommand } from '../../../scripts/start/browser-fallback.mjs';

const URL = 'http://127.0.0.1:43155/#token=5dn7B5XLRtEI5mSSIuYvilyDTKuPezq-WHC5Hro_bIQ';

describe('browserHostArgs', () => {
  it("passes browser mode's options with their values in both spellings", () => {
    expect(browserHostArgs(['--data-dir', '/tmp/a b', '--port=0', '--endpoints', 'e.json'])).toEqual({
      args: ['--data-dir', '/tmp/a b', '--port=0', '--endpoints', 'e.json'],
      ignored: [],
    });
  });

  it('sets desktop-only switches aside instead of letting browser mode refuse them', () => {
    expect(browserHostArgs(['--no-sandbox', '--data-dir', 'd', '--enable-logging=stderr'])).toEqual({
      args: ['--data-dir', 'd'],
      ignored: ['--no-sandbox', '--enable-logging=stderr'],
    });
  });

  it('keeps a flag whose value is missing, so browser mode names the mistake', () => {
    expect(browserHostArgs(['--data-dir', '--port', '3'])).toEqual({ args: ['--data-dir', '--port', '3'], ignored: [] });
    expect(browserHostArgs(['--port'])).toEqual({ args: ['--port'], ignored: [] });
  });
});

describe('findBrowserAddress', () => {
  it('finds the address line browser mode prints', () => {
    expect(findBrowserAddress(`SCIM Setup Wizard (browser mode) at ${URL}\nData folder: /tmp/x\n`)).toBe(URL);
  });

  it('waits for the whole line', () => {
    expect(findBrowserAddress('SCIM Setup Wizard (browser mode) at http://127.0.0.1:43155/#tok')).toBeNull();
    expect(findBrowserAddress('Data folder: /tmp/x\n')).toBeNull();
  });

  it('accepts only a loopback address with a token', () => {
    expect(findBrowserAddress('SCIM Setup Wizard (browser mode) at http://evil.example:80/#token=abc\n')).toBeNull();
  });
});

describe('openBrowserCommand', () => {
  it('uses xdg-open, open or start', () => {
    expect(openBrowserCommand('linux', URL)).toEqual({ command: 'xdg-open', args: [URL], windowsVerbatimArguments: false });
    expect(openBrowserCommand('freebsd', URL)).toEqual({ command: 'xdg-open', args: [URL], windowsVerbatimArguments: false });
    expect(openBrowserCommand('darwin', URL)).toEqual({ command: 'open', args: [URL], windowsVerbatimArguments: false });
    expect(openBrowserCommand('win32', URL)).toEqual({ command: 'cmd.exe', args: ['/d', '/s', '/c', `"start "" "${URL}""`], windowsVerbatimArguments: true });
  });

  it('opens nothing but our own address (it reaches a shell on Windows)', () => {
    expect(openBrowserCommand('win32', 'http://127.0.0.1:1/#token=a"&calc&"')).toBeNull();
    expect(openBrowserCommand('linux', 'file:///etc/passwd')).toBeNull();
  });
});
