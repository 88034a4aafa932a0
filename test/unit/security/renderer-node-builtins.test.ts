import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { build, createLogger, type InlineConfig, type Rollup } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Issue 10, 2.6: the renderer bundle holds no Node built-in. Two ways one could get in:
 *  - an import left in the output (`import "node:fs"`, `require("fs")`, `import("os")`): read from the bundle;
 *  - an import Vite quietly replaces with an empty module, with only a warning ("Module "fs" has been
 *    externalized for browser compatibility"): nothing of it is left to read in the output, so the renderer
 *    is built here and the warning itself is caught.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const ASSETS = join(ROOT, 'dist/renderer/assets');
const BUILD_TIMEOUT_MS = 60_000;
const work = mkdtempSync(join(tmpdir(), 'renderer-builtins-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every module specifier the code imports or requires (TypeScript's scanner: strings and object keys are not imports). */
function nodeBuiltinImports(code: string): string[] {
  return ts
    .preProcessFile(code, true, true)
    .importedFiles.map((file) => file.fileName)
    .filter((specifier) => isBuiltin(specifier));
}

/** Builds with Vite in memory and returns the chunks and every module it stubbed out for the browser. */
async function buildCollectingStubs(config: InlineConfig): Promise<{ chunks: Rollup.OutputChunk[]; stubbed: string[] }> {
  const warnings: string[] = [];
  const logger = createLogger('warn', { allowClearScreen: false });
  const customLogger = { ...logger, info: () => undefined, warn: (msg: string) => warnings.push(msg), warnOnce: (msg: string) => warnings.push(msg) };
  // As `npm run build` does: Vite keeps a NODE_ENV that is set, and vitest sets "test", which builds a
  // development bundle (its stubs throw at run time instead of warning at build time).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  let result: Awaited<ReturnType<typeof build>>;
  try {
    result = await build({ ...config, logLevel: 'warn', customLogger, build: { ...config.build, write: false } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunks = outputs.flatMap((output) => output.output.filter((item): item is Rollup.OutputChunk => item.type === 'chunk'));
  const stubbed = warnings.flatMap((msg) => [...msg.matchAll(/Module "([^"]+)" has been externalized for browser compatibility/g)].map((m) => m[1] ?? ''));
  return { chunks, stubbed };
}

describe('the built renderer (dist/renderer/assets/*.js)', () => {
  it('imports or requires no Node built-in', () => {
    if (!existsSync(ASSETS)) throw new Error('dist/renderer/assets is missing. Run `npm run build` first (`npm test` builds before the unit tests).');
    const scripts = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const found = scripts.flatMap((name) => nodeBuiltinImports(readFileSync(join(ASSETS, name), 'utf8')).map((specifier) => `${name}: ${specifier}`));
    expect(found).toEqual([]);
  });

  it('(control) the reader finds each form of a built-in import, and nothing in strings or keys', () => {
    const planted =
      'import{a}from"./x.js";import"node:fs";export{b}from"path";require(`os`);import("node:child_process");var o={node:1},s="require(\\"zlib\\")";';
    expect(nodeBuiltinImports(planted)).toEqual(['node:fs', 'path', 'os', 'node:child_process']);
  });
});

describe('building the renderer', () => {
  it(
    'stubs out no Node built-in, and emits none',
    async () => {
      const { chunks, stubbed } = await buildCollectingStubs({ configFile: join(ROOT, 'vite.config.ts'), mode: 'renderer', root: join(ROOT, 'renderer') });
      expect(chunks.length).toBeGreaterThan(0);
      expect(stubbed).toEqual([]);
      expect(chunks.flatMap((chunk) => nodeBuiltinImports(chunk.code))).toEqual([]);
    },
    BUILD_TIMEOUT_MS,
  );

  it(
    '(control) catches a renderer that imports fs and node:path, which Vite would ship as empty objects',
    async () => {
      const root = join(work, 'planted');
      mkdirSync(root, { recursive: true });
      writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
      writeFileSync(
        join(root, 'main.js'),
        'import { readFileSync } from "fs";\nimport path from "node:path";\ndocument.title = String(readFileSync) + path.sep;\n',
      );
      const { chunks, stubbed } = await buildCollectingStubs({ configFile: false, root, base: './', build: { outDir: join(work, 'planted-out') } });
      expect(stubbed.sort()).toEqual(['fs', 'node:path']);
      expect(chunks.flatMap((chunk) => nodeBuiltinImports(chunk.code))).toEqual([]);
    },
    BUILD_TIMEOUT_MS,
  );
});
