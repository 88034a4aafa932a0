// What the bench runs and against which targets (issue 10, part 1).

const quick = Boolean(process.env.BENCH_QUICK);
const forced = process.env.BENCH_RUNS ? Number(process.env.BENCH_RUNS) : null;
if (forced !== null && !(Number.isInteger(forced) && forced > 0)) throw new Error('BENCH_RUNS must be a positive integer.');

/**
 * Twice the minimums (15 cold loads, 30 captures): on this two-core machine a median of 15 swung by a
 * tenth of its ratio between runs and a p95 of 30 is the second-slowest sample; a whole run still takes about a
 * minute. BENCH_QUICK=1 or BENCH_RUNS=n shorten a run while developing.
 */
const runs = (full) => forced ?? (quick ? 3 : full);

export const RUNS = {
  coldLoads: runs(30),
  tokenCaptures: runs(60),
  secretSaves: runs(60),
  profileSwitches: runs(60),
  trivialCalls: runs(60),
};

export { CHROMIUM_PATH as CHROMIUM, CHROMIUM_ARGS } from '../chromium.mjs';

/** Ratios to the floor measured in the same run, except largestChunkKiB (an absolute ceiling). null: reported only. */
export const TARGETS = {
  startup: 1.2,
  initialJs: 1.5,
  largestChunkKiB: 100,
  tokenCapture: 1.25,
  secretSave: 1.25,
  profileSwitch: 1.25,
  ipcP95: null,
  memory: null,
};
