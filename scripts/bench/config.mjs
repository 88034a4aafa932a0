// What the bench runs and against which targets (issue 10, part 1).

const quick = Boolean(process.env.BENCH_QUICK);
const forced = process.env.BENCH_RUNS ? Number(process.env.BENCH_RUNS) : null;
if (forced !== null && !(Number.isInteger(forced) && forced > 0)) throw new Error('BENCH_RUNS must be a positive integer.');

/** Issue minimums: 15 cold loads, 30 captures; BENCH_QUICK=1 or BENCH_RUNS=n shorten a run while developing. */
const runs = (full) => forced ?? (quick ? 3 : full);

export const RUNS = {
  coldLoads: runs(15),
  tokenCaptures: runs(30),
  secretSaves: runs(30),
  profileSwitches: runs(30),
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
