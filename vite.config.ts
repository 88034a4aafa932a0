import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { firstScreenChunk } from './scripts/vite/first-screen-chunk.ts';
import { preloadFirstScreen } from './scripts/vite/preload-first-screen.ts';

/**
 * One config, four builds chosen by --mode:
 *  - renderer:          the React UI (renderer/) -> dist/renderer
 *  - node:              plain-Node entries (browser-mode host, CLI) -> dist/node/*.mjs
 *  - electron-main:     the Electron main process -> dist/electron/main.cjs
 *  - electron-preload:  the sandboxed preload (must be CommonJS) -> dist/electron/preload.cjs
 */
const nodeExternals = ['electron', '@github/keytar', 'electron-store', 'conf', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function nodeBuild(entries: Record<string, string>, outDir: string, format: 'es' | 'cjs'): UserConfig {
  return {
    build: {
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: true,
      ssr: true,
      rollupOptions: {
        input: entries,
        external: nodeExternals,
        output: {
          format,
          entryFileNames: format === 'es' ? '[name].mjs' : '[name].cjs',
          chunkFileNames: format === 'es' ? 'chunks/[name]-[hash].mjs' : 'chunks/[name]-[hash].cjs',
        },
      },
    },
    ssr: { noExternal: true, external: nodeExternals },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  switch (mode) {
    case 'node':
      return nodeBuild({ 'browser-host': 'electron/browser-mode/main.ts', cli: 'electron/cli/main.ts' }, 'dist/node', 'es');
    case 'electron-main':
      return nodeBuild({ main: 'electron/app/main.ts' }, 'dist/electron', 'cjs');
    case 'electron-preload': {
      const config = nodeBuild({ preload: 'electron/app/preload.ts' }, 'dist/electron', 'cjs');
      config.build!.emptyOutDir = false;
      return config;
    }
    default:
      return {
        root: 'renderer',
        base: './',
        // The entry loads src/render-app.tsx with import() at once: its chunks are preloaded from index.html.
        plugins: [react(), preloadFirstScreen('render-app.tsx')],
        build: {
          outDir: '../dist/renderer',
          emptyOutDir: true,
          target: 'chrome120',
          sourcemap: false,
          rolldownOptions: {
            output: {
              // React and i18next change only with their versions: one cacheable chunk, and no chunk over 100 KiB gzip.
              codeSplitting: {
                groups: [
                  { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next)[\\/]/ },
                  firstScreenChunk({ entry: resolve('renderer/src/main.tsx'), firstScreen: resolve('renderer/src/render-app.tsx'), name: 'render-app' }),
                ],
              },
            },
          },
        },
        server: { port: 5173, strictPort: true },
      };
  }
});
