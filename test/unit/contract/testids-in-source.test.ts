import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentedTestIds, documentedTokens, escapeRegExp } from '../../e2e/support/testid-contract';

/**
 * The README's test-id table against the renderer's source: the e2e suite
 * checks the ids a run shows, this checks every id the code can show (an
 * error that no run provokes, a dialog no test opens). Literal ids must match
 * the table; a template (`field-${field.id}`) must match at least one entry.
 */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

interface Found {
  file: string;
  id: string;
  template: boolean;
}

function idsInSource(): Found[] {
  const found: Found[] = [];
  for (const file of sourceFiles('renderer/src')) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:data-testid|testId)=(?:"([^"]+)"|\{`([^`]+)`\})/g)) {
      if (match[1]) found.push({ file, id: match[1], template: false });
      // `${testId}-confirm`: the parts a component adds to an id its caller passes; the caller's id is checked.
      else if (match[2] && !match[2].startsWith('${testId}')) found.push({ file, id: match[2], template: true });
    }
  }
  return found;
}

describe('test ids in the renderer source', () => {
  const found = idsInSource();
  const patterns = documentedTestIds();
  const tokens = documentedTokens();

  it('finds the ids (the scan itself works)', () => {
    expect(found.length).toBeGreaterThan(50);
    expect(found.some((f) => f.template && f.id === 'field-${field.id}')).toBe(true);
  });

  it('documents every literal id in the README table', () => {
    const missing = found.filter((f) => !f.template && !patterns.some((p) => p.test(f.id)));
    expect(missing.map((f) => `${f.id} (${f.file})`)).toEqual([]);
  });

  it('documents every id template with at least one entry of its shape', () => {
    const missing = found.filter((f) => {
      if (!f.template) return false;
      const shape = new RegExp(
        `^${f.id
          .split(/\$\{[^}]+\}/)
          .map(escapeRegExp)
          .join('.+')}$`,
      );
      return !tokens.some((token) => shape.test(token));
    });
    expect(missing.map((f) => `${f.id} (${f.file})`)).toEqual([]);
  });
});
