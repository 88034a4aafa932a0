import { resolve } from 'node:path';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * Issue 10, 2.6: the boundaries eslint.config.js enforces, checked with the rule options the config really
 * gives each folder (ESLint's own resolution), run over small import lists. `npx eslint .` applies them
 * to the code; this proves they refuse what they should and let the rest through.
 */
const ROOT = resolve(import.meta.dirname, '../../..');

async function refusedImports(file: string, specifiers: { spec: string; typeOnly?: boolean }[]): Promise<string[]> {
  const config = (await new ESLint({ cwd: ROOT }).calculateConfigForFile(resolve(ROOT, file))) as { rules: Record<string, Linter.RuleEntry> };
  const rule = config.rules['no-restricted-imports'];
  expect(rule, `no-restricted-imports is configured for ${file}`).toBeDefined();
  const source = specifiers.map(({ spec, typeOnly }, i) => `import ${typeOnly ? 'type ' : ''}{ a${i} } from '${spec}';`).join('\n');
  const messages = new Linter({ configType: 'flat' }).verify(
    source,
    [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser as Linter.Parser }, rules: { 'no-restricted-imports': rule! } }],
    { filename: resolve(ROOT, file) },
  );
  return messages.map((message) => specifiers[message.line - 1]?.spec ?? `?${message.message}`);
}

describe('import boundaries (eslint.config.js)', () => {
  it('shared/ imports neither electron/ nor renderer/ nor Electron, types included', async () => {
    const refused = [
      { spec: '../electron/app/security' },
      { spec: '../../electron/services/app-services', typeOnly: true },
      { spec: '../renderer/src/api/client' },
      { spec: 'electron' },
    ];
    const allowed = [{ spec: './ipc/contract' }, { spec: '../integrations/types', typeOnly: true }, { spec: 'zod' }];
    expect(await refusedImports('shared/ipc/example.ts', [...refused, ...allowed])).toEqual(refused.map((s) => s.spec));
  });

  it('renderer/ imports no electron/, no Electron and no Node built-in (node: or bare), types included', async () => {
    const refused = [
      { spec: '../../electron/services/app-services', typeOnly: true },
      { spec: '../../electron/app/preload-api' },
      { spec: 'electron' },
      { spec: 'node:fs' },
      { spec: 'fs' },
      { spec: 'path/posix' },
      { spec: 'crypto' },
    ];
    const allowed = [{ spec: '../../shared/ipc/contract' }, { spec: './api/client' }, { spec: 'react' }, { spec: 'events-emitter-lookalike' }];
    expect(await refusedImports('renderer/src/example.tsx', [...refused, ...allowed])).toEqual(refused.map((s) => s.spec));
  });

  it('renderer/ reaches an integration definition only through the loader that loads one at a time', async () => {
    const refused = [
      { spec: '../../../shared/integrations' },
      { spec: '../../../shared/integrations/index' },
      { spec: '../../../shared/integrations/cxone' },
      { spec: '../../../shared/integrations/webex-entra' },
    ];
    const allowed = [
      { spec: '../../../shared/integrations/load-definition' },
      { spec: '../../../shared/integrations/catalogue' },
      { spec: '../../../shared/integrations/types', typeOnly: true },
      { spec: '../../../shared/integrations/webex-entra-ids' },
      { spec: '../../../shared/integrations/cxone-computed' },
    ];
    expect(await refusedImports('renderer/src/components/Example.tsx', [...refused, ...allowed])).toEqual(refused.map((s) => s.spec));
  });

  it('leaves electron/ free to import shared/ and Node', async () => {
    const config = (await new ESLint({ cwd: ROOT }).calculateConfigForFile(resolve(ROOT, 'electron/app/main.ts'))) as { rules: Record<string, unknown> };
    expect(config.rules['no-restricted-imports']).toBeUndefined();
  });
});
