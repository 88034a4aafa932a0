import type { HtmlTagDescriptor, Plugin } from 'vite';

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  moduleIds: string[];
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/**
 * The entry (renderer/src/main.tsx) is small and loads the app with import(), so
 * its first calls to main start before the app is downloaded and parsed. Vite
 * only preloads a dynamic import once it runs; these links let the browser fetch
 * the app's chunks (and its CSS, without blocking) while the entry itself loads.
 * `firstScreen`: the module, by file name, that the entry imports at once.
 */
export function preloadFirstScreen(firstScreen: string): Plugin {
  return {
    name: 'preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter((item): item is ChunkLike & typeof item => item.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        // The chunk that holds the module: its facade, or a chunk it was grouped into (first-screen-chunk.ts).
        const start = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(`/${firstScreen}`)));
        if (!start) throw new Error(`preload-first-screen: no chunk is built from ${firstScreen}`);
        const files = new Set<string>();
        const css = new Set<string>();
        const visit = (chunk: ChunkLike | undefined) => {
          if (!chunk || files.has(chunk.fileName)) return;
          files.add(chunk.fileName);
          chunk.viteMetadata?.importedCss.forEach((file) => css.add(file));
          chunk.imports.forEach((file) => visit(byFile.get(file)));
        };
        visit(start);
        // The entry is already a <script> of the page.
        if (context.chunk) files.delete(context.chunk.fileName);
        const link = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({ tag: 'link', attrs, injectTo: 'head' });
        return [
          ...[...files].map((file) => link({ rel: 'modulepreload', crossorigin: true, href: `./${file}` })),
          ...[...css].map((file) => link({ rel: 'preload', as: 'style', crossorigin: true, href: `./${file}` })),
        ];
      },
    },
  };
}
