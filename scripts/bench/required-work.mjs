// What the app must do in a flow that its floor does not, each part timed alone in the same run, so every
// flow gets a lower bound: the floor plus that work, the ratio a flow with no overhead at all would reach
// while keeping its promises. Above the target, the target is out of reach on this machine without
// dropping a promise (README, Benchmark).
//  - A secret (CXone field or captured token) is stored by electron/services/secret-writes.ts: the
//    previous value is read first (put back if the settings cannot be written), the new one written,
//    then the settings file records its dates.
//  - The settings file is written as conf writes it: atomically (temp file, fsync, rename).
//  - A profile switch writes the settings file (the active profile survives a restart).
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { atomicWriteFileSync, FLOOR_SERVICE as SERVICE, keytar } from './promised-work.mjs';
import { ratio, summarize } from './stats.mjs';

const ACCOUNT = 'required-work';

async function timed(samples, work) {
  const startedAt = performance.now();
  await work();
  samples.push(performance.now() - startedAt);
}

/** Each part `runs` times, interleaved; the settings write uses the host's own settings file's bytes, in its folder. */
export async function measureRequiredWork(settingsFile, runs) {
  const bytes = readFileSync(settingsFile);
  const copy = join(dirname(settingsFile), 'bench-required-work.json');
  const reads = [];
  const writes = [];
  const settingsWrites = [];
  await keytar.setPassword(SERVICE, ACCOUNT, randomBytes(32).toString('base64url'));
  try {
    for (let i = 0; i < runs; i++) {
      await timed(reads, () => keytar.getPassword(SERVICE, ACCOUNT));
      await timed(writes, () => keytar.setPassword(SERVICE, ACCOUNT, randomBytes(32).toString('base64url')));
      await timed(settingsWrites, async () => atomicWriteFileSync(copy, bytes));
    }
  } finally {
    await keytar.deletePassword(SERVICE, ACCOUNT);
    rmSync(copy, { force: true });
  }
  return {
    settingsBytes: bytes.length,
    keychainRead: summarize(reads),
    keychainWrite: summarize(writes),
    settingsWrite: summarize(settingsWrites),
  };
}

/**
 * Start-up's lower bound is measured, not summed: the bare page with the app's libraries set up, loaded in
 * the same rounds (scripts/bench/startup.mjs). Then per flow: the parts its floor lacks, their summed
 * medians, and (floor median + that) / floor median.
 */
export function lowerBounds(results, work) {
  const { startup } = results;
  const startupBound = {
    libraries: ['react', 'react-dom', 'i18next', 'react-i18next'],
    floorMs: startup.floor.medianMs,
    boundMs: startup.libraries.medianMs,
    ratio: startup.librariesRatio,
  };
  return { startup: startupBound, ...flowBounds(results, work) };
}

function flowBounds(results, work) {
  const parts = {
    tokenCapture: ['keychainRead', 'keychainWrite', 'settingsWrite'],
    secretSave: ['keychainRead', 'settingsWrite'], // its floor makes the keychain write itself
    profileSwitch: ['settingsWrite'],
  };
  return Object.fromEntries(
    Object.entries(parts).map(([flow, names]) => {
      const floorMs = results[flow].floor.medianMs;
      const extraMs = +names.reduce((sum, name) => sum + work[name].medianMs, 0).toFixed(1);
      // Where the flow has a promised floor (the same work done by the floor's handler, inside the flow).
      const { promised, promisedRatio, react, reactRatio } = results[flow];
      const inFlow = promised ? { ms: promised.medianMs, ratio: promisedRatio } : null;
      // Where the flow also has a React floor: that page written with the app's libraries (the secret save).
      const inReact = react ? { ms: react.medianMs, ratio: reactRatio } : null;
      return [flow, { parts: names, extraMs, floorMs, ratio: ratio(floorMs + extraMs, floorMs), inFlow, inReact }];
    }),
  );
}
