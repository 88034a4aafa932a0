import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsSchema } from '../../../shared/settings/schema';
import { openSettingsStore } from '../../../electron/services/settings-store';
import {
  LOOP_FIELDS,
  LOOP_FIELD_LENGTH,
  disposeSettingsChild,
  killDuringSaves,
  prepareSettingsChild,
  runSettingsChild,
} from '../../support/faults-settings-child';

/**
 * The process killed during a save: a child saves a ~200 KB settings file over and
 * over through the real store (conf + atomically: temp file, fsync, rename) and is
 * SIGKILLed at a different moment each round. Afterwards the file must be one
 * complete version (every field names the same version), never a mix or a cut.
 */
const ROUNDS = 10;

let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'faults-killed-'));
  await prepareSettingsChild();
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  disposeSettingsChild();
});

/** The version every field of the saved file names, or a description of what is wrong with it. */
function savedVersion(text: string): number | string {
  const parsed = settingsSchema.safeParse(JSON.parse(text));
  if (!parsed.success) return 'not a valid settings file';
  const fields = Object.entries(parsed.data.profiles.default?.fields ?? {}).filter(([id]) => id.startsWith('fault.f'));
  if (fields.length === 0) return 0;
  if (fields.length !== LOOP_FIELDS) return `${fields.length} of ${LOOP_FIELDS} fields`;
  const versions = new Set(fields.map(([, value]) => (value.length === LOOP_FIELD_LENGTH ? Number(value.split(':')[0]) : NaN)));
  return versions.size === 1 && !versions.has(NaN) ? [...versions][0]! : `mixed or cut fields: ${[...versions].join(', ')}`;
}

describe('the process killed in the middle of saving settings', () => {
  it('leaves the old or the new complete file, round after round', { timeout: 120_000 }, async () => {
    const seen: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      // Spread the kills over the first ~second of saving, so they land in different steps of a write.
      const { signal } = await killDuringSaves(dataDir, 5 + round * 37);
      expect(signal).toBe('SIGKILL');
      const version = savedVersion(readFileSync(join(dataDir, 'settings.json'), 'utf8'));
      expect(typeof version, `round ${round}: ${String(version)}`).toBe('number');
      seen.push(version as number);
      // The store opens it as it is: nothing moved aside, nothing called corrupt.
      expect(openSettingsStore({ dataDir }).notices).toEqual([]);
    }
    // Positive control: the kills happened while saves were going on, not before the first one.
    expect(Math.max(...seen)).toBeGreaterThan(0);
  });

  it('never leaves a half-written settings.json, whatever temporary files a kill strands', () => {
    // atomically's temp files (settings.json.tmp-<stamp>) are removed on a normal exit; a SIGKILL can strand one.
    const others = readdirSync(dataDir).filter((name) => name !== 'settings.json');
    expect(
      others.every((name) => /^settings\.json\.tmp-\d+[0-9a-f]{6}$/.test(name)),
      others.join(', '),
    ).toBe(true);
  });

  it('positive control: the version check itself tells a cut file from a whole one', async () => {
    const { results } = await runSettingsChild(join(dataDir, 'control'), [{ op: 'open' }, { op: 'update', locale: 'ko', counter: 1 }]);
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    const whole = readFileSync(join(dataDir, 'control', 'settings.json'), 'utf8');
    expect(savedVersion(whole)).toBe(0);
    expect(() => savedVersion(whole.slice(0, whole.length - 10))).toThrow(SyntaxError);
  });
});
