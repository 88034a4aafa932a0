import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The built page's first load (issue 10: the first screen must not wait on what it can avoid): the
 * entry imports nothing at start, so its calls to main leave before the app arrives; everything the
 * first screen imports at once comes in a handful of preloaded files, not one per shared module
 * (scripts/vite/first-screen-chunk.ts). `npm test` builds the renderer before the tests run.
 */
const DIST = resolve(import.meta.dirname, '../../../dist/renderer');

function builtPage(): { html: string; entry: string; preloaded: string[] } {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/renderer is not built: run `npm run build:renderer` (npm test does it first).');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"><\/script>/.exec(html)?.[1];
  if (!entry) throw new Error('index.html has no module entry script');
  const preloaded = [...html.matchAll(/<link rel="modulepreload" crossorigin href="\.\/(assets\/[^"]+\.js)">/g)].map((match) => match[1]!);
  return { html, entry, preloaded };
}

/** Static imports of a built chunk (`import{…}from"./x.js"` or `import"./x.js"`), as asset paths. */
function staticImports(file: string): string[] {
  const code = readFileSync(join(DIST, file), 'utf8');
  return [...code.matchAll(/\bimport\s*(?:\{[^}]*\}\s*from\s*|[\w$]+\s+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g)].map((match) => `assets/${match[1]}`);
}

describe('the first load of the built page', () => {
  const page = builtPage();

  it('starts with an entry that imports nothing, so its calls leave before the app is fetched', () => {
    expect(staticImports(page.entry)).toEqual([]);
    expect(readFileSync(join(DIST, page.entry), 'utf8')).toContain('app.getInfo');
  });

  it('preloads every file the first screen imports at once, each once, and nothing else', () => {
    expect(new Set(page.preloaded).size).toBe(page.preloaded.length);
    const firstScreen = page.preloaded.find((file) => /\/render-app-[\w-]+\.js$/.test(file));
    expect(firstScreen).toBeDefined();
    const reachable = new Set<string>();
    const visit = (file: string) => {
      if (reachable.has(file)) return;
      reachable.add(file);
      staticImports(file)
        .filter((next) => next !== page.entry)
        .forEach(visit);
    };
    visit(firstScreen!);
    expect([...reachable].sort()).toEqual([...page.preloaded].sort());
  });

  it('needs four script files in all: the entry, the first screen, React and i18next, and the bundler runtime', () => {
    const names = [page.entry, ...page.preloaded].map((file) => /assets\/(.+)-[\w-]{8}\.js$/.exec(file)?.[1]).sort();
    expect(names).toEqual(['index', 'render-app', 'rolldown-runtime', 'vendor']);
  });
});
