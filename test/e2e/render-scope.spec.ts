import { expect, test } from '@playwright/test';
import { CXONE_SECRET_FIELDS } from '../../shared/integrations/cxone';
import { cxoneSessions } from './support/cxone-session';
import { saveSecret, settled, startCxone, walkRoleAndEmployee } from './support/cxone-walk';
import { recordRenders } from './support/render-recorder';

/**
 * Each part of the screen renders what it shows (README, Architecture): a saved secret renders its own
 * field and the step around it, not the header, the step's text or its other fields. Recorded through
 * React's DevTools hook in the production build (test/e2e/support/render-recorder.ts).
 */
const sessions = cxoneSessions();

test('a saved secret renders its field and the step list, not the header or the other fields', async ({ page }) => {
  const { host, secrets } = await sessions.start();
  const renders = await recordRenders(page);
  await page.goto(host.url);
  await startCxone(page, 'okta');
  await walkRoleAndEmployee(page);
  await settled(page);

  await renders.start();
  await saveSecret(page, CXONE_SECRET_FIELDS.accessKeyId, secrets.accessKeyId);
  await settled(page);
  const rendered = await renders.stop();

  // The recorder sees renders at all: the saved field and the wizard around it (its step list and Next).
  expect(rendered).toContain(`field-block-${CXONE_SECRET_FIELDS.accessKeyId}`);
  expect(rendered).toContain('wizard');
  for (const untouched of [
    'app-root',
    'profile-switcher',
    'language-select',
    'presenting-toggle',
    'step-instructions',
    `field-block-${CXONE_SECRET_FIELDS.accessKeySecret}`,
    'action-open-cxone',
  ]) {
    expect(rendered, `${untouched} rendered again`).not.toContain(untouched);
  }
});
