import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validationEn } from '../../../shared/i18n/validation-en';
import { validationKo } from '../../../shared/i18n/validation-ko';
import {
  buildRows,
  buildSection,
  buildTable,
  CXONE_EXAMPLES,
  CXONE_VALIDATORS,
  cxoneTextKeys,
  README_SECTION_HEADING,
  textKey,
  UNDOCUMENTED_CXONE_KEYS,
} from '../../support/validation-sentence-rows';

/**
 * Issue 8: the README lists the CXone codes with their English and Korean sentences. The table under
 * "The CXone codes in both languages" must be exactly the one built from the texts, so it cannot drift.
 * README_PATH reads another copy (e.g. one with the section pasted in); PRINT_TABLE=1 prints the section:
 *   PRINT_TABLE=1 npx vitest run --project unit test/unit/readme/cxone-validation-sentences.test.ts
 */
const README_PATH = process.env.README_PATH ?? fileURLToPath(new URL('../../../README.md', import.meta.url));

if (process.env.PRINT_TABLE === '1') console.log(`\n${buildSection()}`);

/** The table lines right after the heading (blank and prose lines before the table skipped). */
function readmeTable(readme: string): string | null {
  const lines = readme.split(/\r?\n/);
  const heading = lines.indexOf(README_SECTION_HEADING);
  if (heading < 0) return null;
  let start = heading + 1;
  while (start < lines.length && !(lines[start] ?? '').startsWith('|') && !(lines[start] ?? '').startsWith('#')) start += 1;
  let end = start;
  while (end < lines.length && (lines[end] ?? '').startsWith('|')) end += 1;
  return lines.slice(start, end).join('\n');
}

describe('README: the CXone codes in both languages', () => {
  it('the README has the table built from the texts', () => {
    const readme = readFileSync(README_PATH, 'utf8');
    const table = readmeTable(readme);
    expect(table, `${README_PATH} has no "${README_SECTION_HEADING}" (run with PRINT_TABLE=1 for the section)`).not.toBeNull();
    expect(table).toBe(buildTable());
  });

  it('the section is in "Validator codes", after its code table', () => {
    const readme = readFileSync(README_PATH, 'utf8');
    const codes = readme.indexOf('\n## Validator codes\n');
    const nextSection = readme.indexOf('\n## ', codes + 1);
    const codeTable = readme.indexOf('\n| code | validator | when |\n', codes);
    const section = readme.indexOf(`\n${README_SECTION_HEADING}\n`);
    expect(codes).toBeGreaterThanOrEqual(0);
    expect(codeTable).toBeGreaterThan(codes);
    expect(section).toBeGreaterThan(codeTable);
    if (nextSection >= 0) expect(section).toBeLessThan(nextSection);
  });

  it.each(CXONE_EXAMPLES.map((example) => [textKey(example), example] as const))('%s: the example params are what the validator returns', (_key, example) => {
    const result = CXONE_VALIDATORS[example.validator](example.input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(example.code);
    expect(result.params ?? {}).toEqual(example.params);
  });

  it('every sentence is whole in both languages: no {{name}} left, Korean in the Korean one', () => {
    for (const row of buildRows()) {
      expect(row.en, row.code).not.toMatch(/\{\{|\}\}/);
      expect(row.ko, row.code).not.toMatch(/\{\{|\}\}/);
      expect(row.ko, row.code).toMatch(/[\uAC00-\uD7A3]/);
    }
  });

  it('every CXone sentence of the texts has one row, or is listed as undocumented', () => {
    const rowKeys = CXONE_EXAMPLES.map(textKey);
    expect(new Set(rowKeys).size).toBe(rowKeys.length);
    expect([...rowKeys, ...UNDOCUMENTED_CXONE_KEYS].sort()).toEqual(cxoneTextKeys(validationEn).sort());
    expect(cxoneTextKeys(validationKo).sort()).toEqual(cxoneTextKeys(validationEn).sort());
  });
});
