import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n';

/**
 * Every English (and so Korean) text is reachable from the code. A key counts
 * as used when the code names it whole or by its tail (the integration data
 * names `steps.org-id.title` under its own prefix), or builds it from a
 * template whose fixed start leads to it (`test.outcome.${outcome}`).
 * i18next's plural and context forms (`key_one`, `key_<variant>`) count as
 * their base key.
 */
function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' && dir === 'shared' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const code = ['renderer/src', 'shared', 'electron']
  .flatMap(sourceFiles)
  .concat(['shared/i18n/error-message.ts', 'shared/i18n/keychain-fix.ts', 'shared/i18n/index.ts'])
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const literals = new Set([...code.matchAll(/['"`]([A-Za-z0-9_.-]+)['"`]/g)].map((m) => m[1]!));
const templateStarts = [...code.matchAll(/`([A-Za-z0-9_.-]*\.)\$\{/g)].map((m) => m[1]!).filter((start) => start.length > 0);

function baseOf(key: string): string {
  const parts = key.split('.');
  const last = parts.pop()!;
  return [...parts, last.split('_')[0]].join('.');
}

function isUsed(key: string): boolean {
  for (const candidate of new Set([key, baseOf(key)])) {
    const parts = candidate.split('.');
    for (let i = 0; i < parts.length; i++) {
      const tail = parts.slice(i).join('.');
      if (literals.has(tail)) return true;
      if (templateStarts.some((start) => tail.startsWith(start) && start.split('.').length > 1)) return true;
    }
  }
  return false;
}

describe('i18n keys', () => {
  const keys = flatten(en);

  it('the scan sees the keys and the code (a key named nowhere is found)', () => {
    expect(keys.length).toBeGreaterThan(200);
    expect(isUsed('wizard.next')).toBe(true);
    expect(isUsed('wizard.no-such-key-anywhere')).toBe(false);
  });

  it('has no key that the code never uses', () => {
    expect(keys.filter((key) => !isUsed(key))).toEqual([]);
  });
});
