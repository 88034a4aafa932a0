// The renderer's JavaScript as the page loads it: the chunks the page fetched before its first screen was
// interactive (recorded by the start-up runs, so a chunk the entry imports at once counts as initial even when
// it is loaded by import()), versus chunks fetched later, when a dialog or another language is opened.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const kib = (bytes) => +(bytes / 1024).toFixed(1);

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** `loadedBeforeInteractive`: URL paths (`/assets/x.js`) the start-up runs saw fetched before the first screen was usable. */
export function measureBundle(folder, loadedBeforeInteractive) {
  const dir = resolve(folder);
  const initial = new Set([...loadedBeforeInteractive].map((path) => resolve(dir, `.${path}`)));
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
