#!/usr/bin/env node
// Benchmark (not a test; issue 10, part 1): every figure beside a floor measured in the same run, the ratio,
// the target and PASS/MISS; also written to test-results/bench.json with the machine's description.
// Run: npm run bench   (builds first unless BENCH_SKIP_BUILD=1; needs /usr/bin/chromium and a keyring: it
// wraps itself in a throwaway one). BENCH_QUICK=1 or BENCH_RUNS=n for a short run while developing.
// Modules under scripts/bench/ each measure one thing; this file only builds, starts and orders them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { measureBundle } from './bench/bundle.mjs';
import { CHROMIUM, CHROMIUM_ARGS, RUNS } from './bench/config.mjs';
import { measureElectronStart } from './bench/electron-start.mjs';
import { promisedStore } from './bench/promised-work.mjs';
import { startFloorPages } from './bench/floor-pages.mjs';
import { collectApiTimings, ipcTable, keepAllResourceTimings, timeTrivialCalls } from './bench/ipc-timings.mjs';
import { describeMachine } from './bench/machine.mjs';
import { measureProfileSwitch, measureSecretSave, prepareProfiles } from './bench/page-flows.mjs';
import { lowerBounds, measureRequiredWork } from './bench/required-work.mjs';
import { residentMiB, serveStatic, sleep, startBareNodeServer, startHost } from './bench/processes.mjs';
import { report } from './bench/report.mjs';
import { ratio } from './bench/stats.mjs';
import { measureStartup } from './bench/startup.mjs';
import { captureEndpointsFile, measureTokenCapture } from './bench/token-capture.mjs';

if (!process.env.SCIM_BENCH_IN_KEYRING) {
  // Re-run inside a private D-Bus session with an unlocked keyring, like the tests.
  const result = spawnSync('bash', ['test/keychain/with-keyring.sh', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, SCIM_BENCH_IN_KEYRING: '1' },
  });
  process.exit(result.status ?? 1);
}

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
};

if (!process.env.BENCH_SKIP_BUILD) {
  run('npm', ['run', '--silent', 'build:renderer']);
  run('npm', ['run', '--silent', 'build:node']);
}
/** A floor page, built by the same Vite and React plugin as the wizard, into a fresh folder. */
function buildFloorPage(root) {
  const outDir = resolve(mkdtempSync(join(tmpdir(), 'bench-page-')));
  // prettier-ignore
  run('npx', ['vite', 'build', '--mode', 'bench-bare', root, '--outDir', outDir, '--emptyOutDir', '--base', './',
    '--config', 'scripts/bench/bare-react/vite.config.mjs', '--logLevel', 'warn']);
  return outDir;
}
const bareOut = buildFloorPage('scripts/bench/bare-react');
const librariesOut = buildFloorPage('scripts/bench/libraries-page');
const reactSecretOut = buildFloorPage('scripts/bench/react-secret-page');

const stage = (name) => console.error(`[bench] ${name}`);
const newDataDir = () => mkdtempSync(join(tmpdir(), 'bench-data-'));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const results = { machine: describeMachine(`Chromium ${browser.version()}`), runs: RUNS };
const apiTimings = {};
try {
  stage('start-up');
  const startupHost = await startHost(newDataDir());
  const bare = await serveStatic(bareOut);
  const withLibraries = await serveStatic(librariesOut);
  results.startup = await measureStartup(browser, {
    wizardUrl: startupHost.url,
    bareUrl: bare.url,
    librariesUrl: withLibraries.url,
    runs: RUNS.coldLoads,
    apiTimings,
  });
  bare.close();
  withLibraries.close();
  await startupHost.stop();
  const app = measureBundle('dist/renderer', results.startup.scriptsBeforeInteractive.app);
  const floor = measureBundle(bareOut, results.startup.scriptsBeforeInteractive.floor);
  results.bundle = { app, floor, initialRatio: ratio(app.initialJsGzipKiB, floor.initialJsGzipKiB) };

  // One host for both flows, so its memory after them is the memory of a session that did both.
  const hostDataDir = newDataDir();
  const host = await startHost(hostDataDir, await captureEndpointsFile());
  const floorServer = await startBareNodeServer();
  await sleep(1000); // launch tasks (settings read, keychain probe) finish
  results.memory = { hostAfterStartMiB: residentMiB(host.pid), floorMiB: residentMiB(floorServer.pid) };
  await floorServer.stop();

  stage('token capture');
  // The promised floors write the host's own settings bytes, as the host does when it stores a secret.
  const promised = promisedStore(join(hostDataDir, 'settings.json'));
  results.tokenCapture = await measureTokenCapture(browser, host, RUNS.tokenCaptures, promised);
  await promised.close();

  const profiles = await prepareProfiles(host);
  const floorPages = await startFloorPages(join(hostDataDir, 'settings.json'), reactSecretOut);
  const context = await browser.newContext();
  try {
    // A stuck action fails the run with the step it stuck on, instead of hanging it.
    context.setDefaultTimeout(15_000);
    const wizardPage = await context.newPage();
    await wizardPage.addInitScript(keepAllResourceTimings);
    await wizardPage.goto(host.url);
    await wizardPage.waitForSelector('[data-testid="step-access-key"]');
    const floorPage = await context.newPage();
    await floorPage.goto(`${floorPages.origin}/secret-page`);
    const promisedPage = await context.newPage();
    await promisedPage.goto(`${floorPages.origin}/secret-page?promised`);
    const reactPage = await context.newPage();
    await reactPage.goto(`${floorPages.origin}/react-secret/`);
    await reactPage.waitForSelector('#secret');
    stage('CXone secret save');
    results.secretSave = await measureSecretSave({ wizardPage, floorPage, promisedPage, reactPage }, RUNS.secretSaves);
    await promisedPage.close();
    await reactPage.close();
    await floorPage.goto(`${floorPages.origin}/switch-page`);
    stage('profile switch');
    results.profileSwitch = await measureProfileSwitch(wizardPage, floorPage, profiles, RUNS.profileSwitches);
    await collectApiTimings(wizardPage, apiTimings);
    results.ipc = ipcTable(apiTimings, await timeTrivialCalls(wizardPage, RUNS.trivialCalls));
  } finally {
    await context.close();
    await floorPages.close();
  }
  results.memory.hostAfterFlowsMiB = residentMiB(host.pid);
  await host.stop();
  stage('required work');
  results.requiredWork = await measureRequiredWork(join(hostDataDir, 'settings.json'), RUNS.secretSaves);
  results.lowerBounds = lowerBounds(results, results.requiredWork);
} finally {
  await browser.close();
}
results.electron = await measureElectronStart(Math.min(RUNS.coldLoads, 5));
report(results);
