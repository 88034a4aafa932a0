import { describe, expect, it } from 'vitest';
import {
  EARLY_EXIT_MS,
  hasDisplay,
  planAfterDownload,
  planDesktop,
  reasonForElectronExit,
  summarizeElectronStderr,
} from '../../../scripts/start/desktop-availability.mjs';
import type { ElectronExit, ElectronInstall } from '../../../scripts/start/launcher-types';

const PRESENT: ElectronInstall = { state: 'present', binary: '/app/node_modules/electron/dist/electron' };
const MISSING: ElectronInstall = { state: 'missing', expected: '/app/node_modules/electron/dist', downloadable: true };
const X11 = { DISPLAY: ':0' };

describe('hasDisplay', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux and the BSDs', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: '', WAYLAND_DISPLAY: '' })).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':0' })).toBe(true);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('freebsd', {})).toBe(false);
  });

  it('needs neither on macOS and Windows', () => {
    expect(hasDisplay('darwin', {})).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
  });
});

describe('planDesktop', () => {
  it('opens the desktop app where the binary is present and there is a display', () => {
    expect(planDesktop({ platform: 'linux', env: X11, install: PRESENT })).toEqual({ action: 'desktop', binary: PRESENT.binary });
    expect(planDesktop({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, install: PRESENT })).toEqual({ action: 'desktop', binary: PRESENT.binary });
  });

  it('opens the desktop app on macOS and Windows without DISPLAY', () => {
    expect(planDesktop({ platform: 'darwin', env: {}, install: PRESENT })).toEqual({ action: 'desktop', binary: PRESENT.binary });
    expect(planDesktop({ platform: 'win32', env: {}, install: PRESENT })).toEqual({ action: 'desktop', binary: PRESENT.binary });
  });

  it('falls back for no display on Linux before looking at (or downloading) the binary', () => {
    expect(planDesktop({ platform: 'linux', env: {}, install: PRESENT })).toEqual({ action: 'browser', reason: { code: 'no-display' } });
    expect(planDesktop({ platform: 'linux', env: {}, install: MISSING })).toEqual({ action: 'browser', reason: { code: 'no-display' } });
  });

  it('downloads a missing binary the way the electron package would', () => {
    expect(planDesktop({ platform: 'linux', env: X11, install: MISSING })).toEqual({ action: 'download' });
    expect(planDesktop({ platform: 'win32', env: {}, install: MISSING })).toEqual({ action: 'download' });
  });

  it('falls back without a download where the package would not download (ELECTRON_OVERRIDE_DIST_PATH)', () => {
    const install: ElectronInstall = { state: 'missing', expected: '/opt/electron/electron', downloadable: false };
    expect(planDesktop({ platform: 'linux', env: X11, install })).toEqual({
      action: 'browser',
      reason: { code: 'binary-missing', path: '/opt/electron/electron' },
    });
  });

  it('falls back when the electron package is not installed at all', () => {
    expect(planDesktop({ platform: 'darwin', env: {}, install: { state: 'no-package' } })).toEqual({
      action: 'browser',
      reason: { code: 'electron-not-installed' },
    });
  });

  it('falls back on a platform Electron has no build for', () => {
    expect(planDesktop({ platform: 'aix', env: X11, install: PRESENT })).toEqual({
      action: 'browser',
      reason: { code: 'unsupported-platform', platform: 'aix' },
    });
  });
});

describe('planAfterDownload', () => {
  it('falls back with the short reason when the download failed', () => {
    expect(planAfterDownload({ ok: false, timedOut: false, detail: 'fetch failed' }, MISSING)).toEqual({
      action: 'browser',
      reason: { code: 'download-failed', detail: 'fetch failed' },
    });
  });

  it('falls back when the download did not finish in time', () => {
    expect(planAfterDownload({ ok: false, timedOut: true, seconds: 600 }, MISSING)).toEqual({
      action: 'browser',
      reason: { code: 'download-timed-out', seconds: 600 },
    });
  });

  it('opens the desktop app with the downloaded binary', () => {
    expect(planAfterDownload({ ok: true }, PRESENT)).toEqual({ action: 'desktop', binary: PRESENT.binary });
  });

  it('falls back when a download that reported success left no binary', () => {
    expect(planAfterDownload({ ok: true }, MISSING)).toEqual({ action: 'browser', reason: { code: 'binary-missing', path: MISSING.expected } });
  });
});

describe('reasonForElectronExit', () => {
  const exit = (overrides: Partial<ElectronExit>): ElectronExit => ({
    exitCode: 1,
    signal: null,
    elapsedMs: 800,
    stderrTail: '',
    stoppedBySignal: false,
    ...overrides,
  });

  it('falls back when Electron exits at once with an error, naming the line that says why', () => {
    const stderrTail = [
      '[4242:0101/000000.000000:ERROR:bus.cc(407)] Failed to connect to the bus: Could not parse server address',
      '[4242:0101/000000.000000:FATAL:electron_main_delegate.cc(294)] Running as root without --no-sandbox is not supported. See https://crbug.com/638180.',
    ].join('\n');
    expect(reasonForElectronExit(exit({ stderrTail }))).toEqual({
      code: 'exited-at-once',
      exitCode: 1,
      signal: null,
      detail: 'Running as root without --no-sandbox is not supported. See https://crbug.com/638180.',
    });
  });

  it('falls back when Electron is killed by a signal at once', () => {
    expect(reasonForElectronExit(exit({ exitCode: null, signal: 'SIGTRAP' }))).toEqual({
      code: 'exited-at-once',
      exitCode: null,
      signal: 'SIGTRAP',
      detail: '',
    });
  });

  it('leaves a clean exit, a late exit and a stop the user asked for to the desktop app', () => {
    expect(reasonForElectronExit(exit({ exitCode: 0 }))).toBeNull();
    expect(reasonForElectronExit(exit({ elapsedMs: EARLY_EXIT_MS + 1 }))).toBeNull();
    expect(reasonForElectronExit(exit({ exitCode: null, signal: 'SIGINT', stoppedBySignal: true }))).toBeNull();
  });

  it('leaves the app refusing to start (its own dialog said why) to the desktop app', () => {
    const stderrTail = '[scim-wizard] cannot start: AppError ENDPOINTS_INVALID\n';
    expect(reasonForElectronExit(exit({ stderrTail }))).toBeNull();
  });
});

describe('summarizeElectronStderr', () => {
  it('prefers a plain line (the loader) over Chromium ERROR noise', () => {
    const text = [
      '[9:0101/000000.000000:ERROR:bus.cc(407)] Failed to connect to the bus',
      '/home/admin/projects/scim-setup-wizard/node_modules/electron/dist/electron: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory',
    ].join('\n');
    const summary = summarizeElectronStderr(text);
    expect(summary).toMatch(
      /^\/home\/admin\/projects\/scim-setup-wizard\/node_modules\/electron\/dist\/electron: error while loading shared libraries: libnss3\.so/,
    );
    // Kept to one short line.
    expect(summary).toHaveLength(160);
    expect(summary.endsWith('…')).toBe(true);
  });

  it('takes the last ERROR line when there is nothing else, without its prefix', () => {
    const text = [
      '[9:0101/000000.000000:ERROR:ozone_platform_x11.cc(240)] Missing X server or $DISPLAY',
      '[9:0101/000000.000000:ERROR:env.cc(257)] The platform failed to initialize.  Exiting.',
    ].join('\r\n');
    expect(summarizeElectronStderr(text)).toBe('The platform failed to initialize. Exiting.');
  });

  it('is empty for no output', () => {
    expect(summarizeElectronStderr('\n\n')).toBe('');
  });
});
