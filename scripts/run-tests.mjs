#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failing stage.
// Prints one closing line "tests: N passed, N failed, N skipped" summed over all runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = 'test-results/reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const keyring = ['bash', 'test/keychain/with-keyring.sh'];

const stages = [
  { name: 'typecheck', cmd: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'format', cmd: ['npm', 'run', '--silent', 'format:check'] },
  { name: 'lint', cmd: ['npm', 'run', '--silent', 'lint'] },
  { name: 'build', cmd: ['npm', 'run', '--silent', 'build'] },
  {
    name: 'unit',
    cmd: ['npx', 'vitest', 'run', '--project', 'unit', '--reporter=default', '--reporter=json', `--outputFile=${reports}/unit.json`],
    report: 'vitest',
  },
  {
    name: 'keychain',
    cmd: [...keyring, 'npx', 'vitest', 'run', '--project', 'keychain', '--reporter=default', '--reporter=json', `--outputFile=${reports}/keychain.json`],
    report: 'vitest',
  },
  {
    name: 'e2e',
    cmd: [...keyring, 'npx', 'playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json` },
    report: 'playwright',
  },
];

const totals = { passed: 0, failed: 0, skipped: 0 };

function countVitest(file) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0, skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) };
}

function countPlaywright(file) {
  const s = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0, skipped: s.skipped ?? 0 };
}

let failedStage = null;
for (const stage of stages) {
  console.log(`\n=== ${stage.name}: ${stage.cmd.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(stage.cmd[0], stage.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, ...stage.env } });
  console.log(`=== ${stage.name}: exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (stage.report) {
    const file = join(reports, `${stage.name}.json`);
    if (existsSync(file)) {
      const counts = stage.report === 'vitest' ? countVitest(file) : countPlaywright(file);
      for (const key of Object.keys(totals)) totals[key] += counts[key];
      console.log(`=== ${stage.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    }
  }
  if (result.status !== 0) {
    failedStage = stage.name;
    break;
  }
}

if (failedStage) console.log(`\nStage "${failedStage}" failed; later stages did not run.`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStage ? 1 : 0);
