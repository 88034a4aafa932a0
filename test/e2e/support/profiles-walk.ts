import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Settings } from '../../../shared/settings/schema';

/** The settings file as the app last wrote it. */
export function settingsOnDisk(dataDir: string): Settings {
  return JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as Settings;
}

export async function openManageProfiles(page: Page): Promise<void> {
  await page.getByTestId('profiles-manage').click();
  await expect(page.getByTestId('profiles-dialog')).toBeVisible();
}

/** Creates a profile from the dialog and answers its id (the profile on screen afterwards). */
export async function createProfile(page: Page, dataDir: string, name: string, integration: string): Promise<string> {
  await openManageProfiles(page);
  await page.getByTestId('profile-create-name').fill(name);
  await page.getByTestId('profile-create-integration').selectOption(integration);
  await page.getByTestId('profile-create').click();
  await expect(page.getByTestId('profiles-dialog')).toBeHidden();
  const id = settingsOnDisk(dataDir).activeProfileId;
  await expect(page.getByTestId('profile-switcher')).toHaveValue(id);
  return id;
}
