import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../support/electron-double')).electronModule());
import { electronStoreEngine } from '../../../electron/app/electron-store-engine';
import { openSettingsStore } from '../../../electron/services/settings-store';

describe('electron-store as the desktop settings engine', () => {
  it('writes the same <dataDir>/settings.json as browser mode, private to the user', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'scim-wizard-estore-'));
    const store = openSettingsStore({ dataDir, engine: electronStoreEngine });
    store.update((current) => ({ ...current, locale: 'ko' }));
    expect(store.filePath).toBe(join(dataDir, 'settings.json'));
    const written = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as { locale: string; schemaVersion: number };
    expect(written.locale).toBe('ko');
    expect(written.schemaVersion).toBeGreaterThanOrEqual(1);
    if (process.platform !== 'win32') expect(statSync(join(dataDir, 'settings.json')).mode & 0o777).toBe(0o600);
    // Reopened by the browser-mode engine (conf), the file reads the same.
    expect(openSettingsStore({ dataDir }).read().locale).toBe('ko');
  });
});
