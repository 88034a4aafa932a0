// The two page-driven flows on the wizard, each beside its floor page, interleaved one of each per round:
// a CXone secret saved (page -> host -> keychain -> settings -> re-rendered as stored) and a profile switch
// (profiles.setActive -> the other profile's screen rendered).
import { randomBytes } from 'node:crypto';
import { phasesOfLast, timeInPage } from './in-page-timer.mjs';
import { summarize, ratio } from './stats.mjs';

const FIELD = 'cxone.accessKeyId';
const byTestId = (id) => `[data-testid="${id}"]`;

/** 52 base32 characters then "====" (56 in all): the access-key shape the validator accepts (shared/validators/cxone-secrets.ts). */
function randomAccessKey() {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return `${[...randomBytes(52)].map((byte) => alphabet[byte & 31]).join('')}====`;
}

const ticked = (...ids) => Object.fromEntries(ids.map((id) => [id, 'true']));
const SETUP_STEPS = [
  ['before-you-start', { 'cxone.idp': 'okta', 'cxone.environment': 'standard' }],
  ['access-key-role', ticked('cxone.role.opened', 'cxone.role.named', 'cxone.role.permissions', 'cxone.role.saved')],
  [
    'access-key-employee',
    ticked(
      'cxone.employee.email',
      'cxone.employee.name',
      'cxone.employee.primaryRole',
      'cxone.employee.attributesCleared',
      'cxone.employee.authenticator',
      'cxone.employee.created',
    ),
  ],
];

/** A profile with no integration yet (the picker), then a CXone profile open on its access-key step, active. */
export async function prepareProfiles(host) {
  const blank = await host.api('profiles.create', { name: 'Bench picker', integrationId: null });
  if (!blank.ok) throw new Error(`profiles.create refused: ${blank.code}`);
  const pickerProfileId = blank.settings.activeProfileId;
  const created = await host.api('profiles.create', { name: 'Bench CXone', integrationId: 'cxone' });
  if (!created.ok) throw new Error(`profiles.create refused: ${created.code}`);
  const profileId = created.settings.activeProfileId;
  // Okta: the access-key path. Steps 0-2 answered as the checklist asks (ids from shared/integrations/cxone.ts).
  for (const [stepId, fields] of SETUP_STEPS) {
    for (const [fieldId, value] of Object.entries(fields)) await host.api('profile.saveField', { profileId, fieldId, value });
    await host.api('profile.completeStep', { profileId, stepId });
  }
  return { cxoneProfileId: profileId, pickerProfileId };
}

/** Median of each phase (before the request, the request and the handler's part of it, after it), in ms. */
function medianPhases(samples) {
  const of = (key) => summarize(samples.map((sample) => sample[key])).medianMs;
  return { beforeMs: of('beforeMs'), requestMs: of('requestMs'), serverMs: of('serverMs'), afterMs: of('afterMs') };
}

/** One timed action and where its time went. */
async function timedWithPhases(page, path, timing) {
  const ms = await timing;
  return { ms, ...(await phasesOfLast(page, path)) };
}

/**
 * The app and its floor share one browser context: each is brought to the front before it is timed, as the
 * tab a user clicks in is. A page left behind the other showed its result about 30 ms later here.
 */
const inFront = (page) => page.bringToFront();

function summarizePair(appSamples, floorSamples) {
  const appSummary = summarize(appSamples.map((sample) => sample.ms));
  const floorSummary = summarize(floorSamples.map((sample) => sample.ms));
  return {
    app: appSummary,
    floor: floorSummary,
    phases: { app: medianPhases(appSamples), floor: medianPhases(floorSamples) },
    ratioMedian: ratio(appSummary.medianMs, floorSummary.medianMs),
    ratioP95: ratio(appSummary.p95Ms, floorSummary.p95Ms),
  };
}

async function appSecretSave(page) {
  await inFront(page);
  const block = page.locator(byTestId(`field-block-${FIELD}`));
  if ((await block.getAttribute('data-stored')) === 'true') {
    await page.click(byTestId(`field-replace-${FIELD}`));
    await page.click(byTestId(`confirm-replace-${FIELD}-confirm`));
  }
  await page.fill(byTestId(`field-${FIELD}`), randomAccessKey());
  const until = { present: [`${byTestId(`field-block-${FIELD}`)}[data-stored="true"]`], absent: [byTestId(`field-${FIELD}`)] };
  return timedWithPhases(
    page,
    '/api/secrets.save',
    timeInPage(page, 'click', until, () => page.click(byTestId(`field-save-${FIELD}`))),
  );
}

async function floorSecretSave(page) {
  await inFront(page);
  await page.evaluate(() => window.resetFloor());
  await page.fill('#secret', randomAccessKey());
  return timedWithPhases(
    page,
    '/secret',
    timeInPage(page, 'click', { present: ['#block[data-stored="true"]'], absent: ['#secret'] }, () => page.click('#save')),
  );
}

/**
 * `promisedPage`: the floor's page whose handler also does the app's promised work; `reactPage`: that page
 * written in React with the app's libraries (scripts/bench/react-secret-page/). Both timed in the same rounds.
 */
export async function measureSecretSave({ wizardPage, floorPage, promisedPage, reactPage }, runs) {
  const app = [];
  const floor = [];
  const promised = [];
  const react = [];
  for (let i = 0; i < runs; i++) {
    floor.push(await floorSecretSave(floorPage));
    promised.push(await floorSecretSave(promisedPage));
    react.push(await floorSecretSave(reactPage));
    app.push(await appSecretSave(wizardPage));
    if (process.env.BENCH_TRACE) console.error(`[bench] save ${i}: app ${app.at(-1).ms} ms, floor ${floor.at(-1).ms} ms`);
  }
  const pair = summarizePair(app, floor);
  const alongside = (samples, page) => ({ page, ...summarize(samples.map((sample) => sample.ms)), phases: medianPhases(samples) });
  const promisedFloor = alongside(promised, 'the floor page, its handler also reading the previous value and writing the settings file');
  const reactFloor = alongside(react, 'the floor page written with React, i18next and react-i18next, posting to the handler that keeps the promises');
  return {
    includes: 'click Save to the field shown as stored; floor: the same POST to a trivial handler that makes one keychain write',
    ...pair,
    promised: promisedFloor,
    promisedRatio: ratio(promisedFloor.medianMs, pair.floor.medianMs),
    react: reactFloor,
    reactRatio: ratio(reactFloor.medianMs, pair.floor.medianMs),
  };
}

export async function measureProfileSwitch(wizardPage, floorPage, { cxoneProfileId, pickerProfileId }, runs) {
  const screens = {
    [pickerProfileId]: { present: [byTestId('integration-picker')], absent: [byTestId('step-access-key')] },
    [cxoneProfileId]: { present: [byTestId('step-access-key')], absent: [byTestId('integration-picker')] },
  };
  const app = [];
  const floor = [];
  for (let i = 0; i < runs; i++) {
    const target = i % 2 === 0 ? pickerProfileId : cxoneProfileId;
    const floorTarget = i % 2 === 0 ? 'b' : 'a';
    // Each list is focused first, as the click or Tab that opens a real one does (Playwright's selectOption
    // alone does not): the app's step title takes the focus on a switch only when nothing in its header has it.
    await inFront(floorPage);
    await floorPage.focus('#switcher');
    floor.push(
      await timedWithPhases(
        floorPage,
        '/noop',
        timeInPage(floorPage, 'change', { present: [`#screen-${floorTarget}`] }, () => floorPage.selectOption('#switcher', floorTarget)),
      ),
    );
    await inFront(wizardPage);
    await wizardPage.focus(byTestId('profile-switcher'));
    app.push(
      await timedWithPhases(
        wizardPage,
        '/api/profiles.setActive',
        timeInPage(wizardPage, 'change', screens[target], () => wizardPage.selectOption(byTestId('profile-switcher'), target)),
      ),
    );
  }
  return {
    includes: 'select another profile to its screen rendered (profiles.setActive and what the page loads for it); floor: one trivial POST round trip',
    ...summarizePair(app, floor),
  };
}
