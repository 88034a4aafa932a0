import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SETTINGS_SCHEMA_VERSION, defaultSettings } from '../../shared/settings/schema';
import { newDataDir, startBrowserHost, type RunningHost } from './support/browser-host';

/**
 * The settings file as an admin meets it: one written by a newer version of the
 * app, and one saved by a text editor with a UTF-8 byte-order mark.
 */
let host: RunningHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

async function openApp(page: Page, running: RunningHost) {
  await page.goto(running.url);
}

test('a settings file from a newer version is left untouched, and the page says which version wrote it', async ({ page }) => {
  const dataDir = newDataDir();
  const file = join(dataDir, 'settings.json');
  const original = JSON.stringify(
    { ...defaultSettings(), schemaVersion: SETTINGS_SCHEMA_VERSION + 1, writtenBy: { app: '7.1.0' }, somethingNew: true },
    null,
    2,
  );
  writeFileSync(file, original);
  host = await startBrowserHost({ dataDir });
  await openApp(page, host);

  const error = page.getByTestId('app-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('7.1.0');
  await expect(page.getByTestId('integration-picker')).toHaveCount(0);
  // The terminal says it too, for whoever started browser mode.
  await expect.poll(() => host!.output()).toContain('SETTINGS_TOO_NEW');

  await page.reload();
  await expect(page.getByTestId('app-error')).toBeVisible();
  await host.stop();
  host = undefined;
  expect(readFileSync(file, 'utf8')).toBe(original);
  expect(readdirSync(dataDir)).toEqual(['settings.json']);
});

test('a settings file with a UTF-8 byte-order mark is read as the admin saved it', async ({ page }) => {
  const dataDir = newDataDir();
  writeFileSync(join(dataDir, 'settings.json'), `\uFEFF${JSON.stringify({ ...defaultSettings(), locale: 'ko' }, null, 2)}`);
  host = await startBrowserHost({ dataDir });
  await openApp(page, host);
  await expect(page.getByTestId('integration-picker')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByTestId('notice-settings-corrupt-moved')).toHaveCount(0);
  expect(readdirSync(dataDir)).toEqual(['settings.json']);
});
