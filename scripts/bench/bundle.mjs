// The renderer's JavaScript as the page loads it: what index.html loads before any interaction (its
// module scripts, module preloads and their static imports) versus chunks fetched later by import().
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const kib = (bytes) => +(bytes / 1024).toFixed(1);

/** Relative specifiers of static `import ... from "./x.js"`, `import "./x.js"` and `export ... from`; never `import("./x.js")`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.m?js)["']/g;
const HTML_ENTRY = /<(?:script[^>]*\stype="module"[^>]*\ssrc|link[^>]*\srel="modulepreload"[^>]*\shref)="([^"]+)"/g;

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

function staticImportsOf(file) {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(STATIC_IMPORT)].map((match) => resolve(dirname(file), match[1]));
}

/** Files index.html loads before interaction, following static imports to the end. */
function initialModules(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const queue = [...html.matchAll(HTML_ENTRY)].map((match) => resolve(dir, match[1]));
  const seen = new Set();
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImportsOf(file));
  }
  return seen;
}

export function measureBundle(folder) {
  const dir = resolve(folder);
  const initial = initialModules(dir);
  const chunks = listFiles(dir)
    .filter((file) => /\.m?js$/.test(file))
    .map((file) => {
      const bytes = readFileSync(file);
      return { file: relative(dir, file), rawKiB: kib(bytes.length), gzipKiB: kib(gzipSync(bytes).length), initial: initial.has(file) };
    })
    .sort((a, b) => b.gzipKiB - a.gzipKiB);
  const sum = (list, key) => +list.reduce((total, chunk) => total + chunk[key], 0).toFixed(1);
  const initialChunks = chunks.filter((chunk) => chunk.initial);
  return {
    initialJsGzipKiB: sum(initialChunks, 'gzipKiB'),
    initialJsRawKiB: sum(initialChunks, 'rawKiB'),
    allJsGzipKiB: sum(chunks, 'gzipKiB'),
    largestChunk: chunks[0] ?? null,
    chunks,
  };
}
