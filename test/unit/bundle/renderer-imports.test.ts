import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the UI bundle pulls in, read from the sources: every module reachable
 * from renderer/src/main.tsx. The renderer only needs the contract's types;
 * zod (about a fifth of the bundle) and Node built-ins stay in main.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const ENTRY = resolve(ROOT, 'renderer/src/main.tsx');

/**
 * Runtime imports only: `import type` and `export type` vanish from the bundle. `import('...')`
 * counts too: the chunks the page loads later (a language, the wizard, a dialog) are the bundle as well.
 */
function runtimeSpecifiers(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    if (!match[2]) specifiers.push(match[4] ?? '');
  }
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(match[1] ?? '');
  return specifiers;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')]) {
    if (existsSync(candidate) && /\.(ts|tsx)$/.test(candidate)) return candidate;
  }
  return null;
}

function graph(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const target = resolveLocal(file, specifier);
        if (target) queue.push(target);
      } else if (!specifier.endsWith('.css')) {
        packages.set(specifier, file.slice(ROOT.length + 1));
      }
    }
  }
  return { files, packages };
}

describe('the renderer bundle', () => {
  const { files, packages } = graph(ENTRY);

  it('is found from its entry (the walk itself works)', () => {
    expect(files.size).toBeGreaterThan(30);
    expect([...files].some((f) => f.endsWith('shared/validators/webex-tenant-url.ts'))).toBe(true);
    expect(packages.has('react')).toBe(true);
  });

  it('imports no zod and nothing of Node or Electron at run time', () => {
    const forbidden = [...packages].filter(([name]) => name === 'zod' || name.startsWith('node:') || name === 'electron' || name.startsWith('@github/keytar'));
    expect(forbidden).toEqual([]);
  });
});
