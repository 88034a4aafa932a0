import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appContentsPolicy, hardenWebContents, signInContentsPolicy, type ContentsPolicy } from '../../../electron/app/security';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, RENDERER_URL as APP_RENDERER_URL } from '../../../electron/app/app-protocol';

vi.mock('electron', async () => (await import('../../support/electron-double')).electronModule());
import { electronDouble, fakeEvent, FakeSession, FakeWebContents } from '../../support/electron-double';

/**
 * Issue 10, 2.1: the items of Electron's security checklist (electronjs.org/docs/latest/tutorial/security)
 * that electronegativity 1.10.3 does not check: 19 (fuses), 13 (limit navigation, in every frame) and
 * 18 (a custom protocol instead of file://).
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const builderRequire = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
const { getConfig } = builderRequire('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string, fromOptions: null): Promise<{ asar: boolean; electronFuses: Record<string, boolean> }>;
};
const packaging = () => getConfig(ROOT, resolve(ROOT, 'electron-builder.yml'), null);

describe('checklist 19: fuses flipped in the packaged binary (electron-builder.yml electronFuses)', () => {
  // Fuse names as electron-builder spells them; what each one does: electronjs.org/docs/latest/tutorial/fuses.
  it.each([
    ['runAsNode', false, 'ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node that runs any script'],
    ['enableNodeOptionsEnvironmentVariable', false, 'NODE_OPTIONS could --require code into main'],
    ['enableNodeCliInspectArguments', false, '--inspect would open a debugger on main (and its keychain access)'],
    ['enableCookieEncryption', true, 'the sign-in partitions keep cookies on disk only encrypted with an OS-held key'],
    ['enableEmbeddedAsarIntegrityValidation', true, 'a changed app.asar refuses to load'],
    ['onlyLoadAppFromAsar', true, 'no app folder next to the asar can take its place (integrity checks only the asar)'],
  ])('%s is %s: %s', async (fuse, expected) => {
    const { electronFuses } = await packaging();
    expect(electronFuses[fuse]).toBe(expected);
  });

  it('packs the app into an asar, which the two asar fuses need to mean anything', async () => {
    expect((await packaging()).asar).toBe(true);
  });
});

describe('checklist 13: navigation is limited in every frame, not only the top one', () => {
  const RENDERER_URL = APP_RENDERER_URL;

  beforeEach(() => electronDouble.reset());

  function hardened(policy: ContentsPolicy): FakeWebContents {
    const contents = new FakeWebContents(new FakeSession(''));
    hardenWebContents(contents as unknown as WebContents, policy);
    return contents;
  }

  /**
   * Electron 25+ emits 'will-frame-navigate' for the main frame and every subframe; 'will-navigate' only for
   * the main frame, so an iframe's navigation passes a guard hooked to 'will-navigate' alone.
   */
  function navigateSubframe(contents: FakeWebContents, url: string) {
    const event = fakeEvent({ url, isMainFrame: false, frame: null, initiator: null });
    contents.emit('will-frame-navigate', event);
    return event;
  }

  it('stops a subframe of the app window from navigating anywhere but the app entry', () => {
    const contents = hardened(appContentsPolicy(RENDERER_URL));
    expect(contents.listenerCount('will-frame-navigate')).toBeGreaterThan(0);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://evil/index.html']) {
      expect(navigateSubframe(contents, url).defaultPrevented).toBe(true);
    }
  });

  it('lets a sign-in window frame browse http(s) only, like its top frame', () => {
    const contents = hardened(signInContentsPolicy);
    expect(navigateSubframe(contents, 'https://login.microsoftonline.com/').defaultPrevented).toBe(false);
    expect(navigateSubframe(contents, 'file:///etc/passwd').defaultPrevented).toBe(true);
  });
});

describe('checklist 18: the renderer is served one way, and the file:// fuse follows it', () => {
  const main = readFileSync(resolve(ROOT, 'electron/app/main.ts'), 'utf8');
  const servesFromFile = /\.loadFile\(/.test(main) || /\.loadURL\([^)]*file:/.test(main) || /pathToFileURL\(/.test(main);
  const servesFromCustomProtocol = /registerSchemesAsPrivileged\(/.test(main) && /protocol\.handle\(/.test(main) && /\.loadURL\(RENDERER_URL\)/.test(main);

  it('loads the renderer either from file:// or from a privileged custom protocol, never both or neither', () => {
    expect([servesFromFile, servesFromCustomProtocol].filter(Boolean)).toHaveLength(1);
  });

  it('serves it from the app:// custom protocol: the page it loads is on that scheme', () => {
    expect(servesFromCustomProtocol).toBe(true);
    expect(APP_RENDERER_URL).toBe(`${APP_SCHEME}://renderer/index.html`);
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe(APP_SCHEME);
    // bypassCSP would let the page load what the CSP forbids; corsEnabled would let other origins read the files.
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('corsEnabled');
  });

  it('grants file:// extra privileges exactly while the renderer needs them (never, once it is served from app://)', async () => {
    const { electronFuses } = await packaging();
    expect(electronFuses.grantFileProtocolExtraPrivileges).toBe(servesFromFile);
    expect(electronFuses.grantFileProtocolExtraPrivileges).toBe(false);
  });
});
