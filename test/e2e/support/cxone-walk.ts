import { expect, type Page } from '@playwright/test';
import { cxoneIntegration } from '../../../shared/integrations/cxone';
import type { CxoneSecrets } from './cxone-session';
import { next } from './webex-walk';

export { next };

export type CxoneIdp = 'okta' | 'entra' | 'other';
export type CxoneEnvironment = 'standard' | 'fedramp';

/** The CXone steps in order (README: "CXone steps"). */
export const CXONE_STEP_IDS = cxoneIntegration.steps.map((step) => step.id);

/** The checkboxes of a step, from the step data, so a checklist item added there is ticked here too. */
export function checklistOf(stepId: string): string[] {
  const step = cxoneIntegration.steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`no CXone step ${stepId}`);
  return step.fields.filter((field) => field.kind === 'checkbox').map((field) => field.id);
}

export async function tickChecklist(page: Page, stepId: string): Promise<void> {
  for (const id of checklistOf(stepId)) await page.getByTestId(`field-${id}`).check();
}

/** Waits until every change has been answered by main (README: wait for `save-status`, never sleep). */
export async function settled(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

/** Pastes a secret into its masked input and saves it to the keychain; waits until it shows as stored. */
export async function saveSecret(page: Page, fieldId: string, value: string): Promise<void> {
  await page.getByTestId(`field-${fieldId}`).fill(value);
  await page.getByTestId(`field-save-${fieldId}`).click();
  await expect(page.getByTestId(`field-block-${fieldId}`)).toHaveAttribute('data-stored', 'true');
}

/** Pastes a value and presses Save, expecting a refusal: returns the message element. */
export async function refuseSecret(page: Page, fieldId: string, value: string) {
  await page.getByTestId(`field-${fieldId}`).fill(value);
  await page.getByTestId(`field-save-${fieldId}`).click();
  const error = page.getByTestId(`field-error-${fieldId}`);
  await expect(error).toBeVisible();
  return error;
}

/** From the integration picker: step 0 answered (IdP and environment), still on step 0. */
export async function startCxone(page: Page, idp: CxoneIdp, environment: CxoneEnvironment = 'standard'): Promise<void> {
  await page.getByTestId('integration-start-cxone').click();
  await expect(page.getByTestId('step-before-you-start')).toBeVisible();
  await page.getByTestId(`field-cxone.idp-${idp}`).check();
  await page.getByTestId(`field-cxone.environment-${environment}`).check();
}

/** Steps 1 and 2 (role, employee) ticked through; ends on step 3 (access key). */
export async function walkRoleAndEmployee(page: Page): Promise<void> {
  await next(page, 'access-key-role');
  await tickChecklist(page, 'access-key-role');
  await next(page, 'access-key-employee');
  await tickChecklist(page, 'access-key-employee');
  await next(page, 'access-key');
}

/** Step 3 with the pair stored and the account activated; stays on step 3. */
export async function storeAccessKey(page: Page, pair: Pick<CxoneSecrets, 'accessKeyId' | 'accessKeySecret'>): Promise<void> {
  await saveSecret(page, 'cxone.accessKeyId', pair.accessKeyId);
  await saveSecret(page, 'cxone.accessKeySecret', pair.accessKeySecret);
  await page.getByTestId('field-cxone.accessKey.activated').check();
}

/** Entra ID: steps 1 to 3 are skipped (it uses only the bearer token); ends on step 4. */
export async function skipAccessKeySteps(page: Page): Promise<void> {
  await next(page, 'access-key-role');
  for (const following of ['access-key-employee', 'access-key', 'bearer-token']) {
    await page.getByTestId('nav-skip').click();
    await expect(page.getByTestId(`step-${following}`)).toBeVisible();
  }
}

/**
 * From the picker to step 5 (region and live check) the quickest way for `idp`, with the
 * credentials it needs stored (and, for `other`, the bearer token when `withBearer`).
 */
export async function walkToRegionStep(
  page: Page,
  idp: CxoneIdp,
  secrets: Partial<CxoneSecrets>,
  options: { environment?: CxoneEnvironment; withBearer?: boolean } = {},
): Promise<void> {
  await startCxone(page, idp, options.environment);
  if (idp === 'entra') {
    await skipAccessKeySteps(page);
  } else {
    await walkRoleAndEmployee(page);
    await storeAccessKey(page, { accessKeyId: secrets.accessKeyId ?? '', accessKeySecret: secrets.accessKeySecret ?? '' });
    await next(page, 'bearer-token');
  }
  if (idp === 'entra' || options.withBearer) await saveSecret(page, 'cxone.bearerToken', secrets.bearerToken ?? '');
  await next(page, 'region-check');
}

/** Runs a live check and waits for its result element. */
export async function runCheck(page: Page, actionId: 'check-access-key' | 'check-bearer-token') {
  await page.getByTestId(`action-${actionId}`).click();
  const result = page.getByTestId(`${actionId}-result`);
  await expect(result).toBeVisible();
  return result;
}
