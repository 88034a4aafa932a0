import type { CodeSplittingGroup, ChunkingContext } from 'rolldown';

/** Every module `start` imports statically, directly or not, itself included (dynamic imports are later screens). */
function staticClosure(context: ChunkingContext, start: string): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    const info = context.getModuleInfo(id);
    if (!info) continue;
    seen.add(id);
    queue.push(...info.importedIds);
  }
  return seen;
}

/**
 * One chunk for what the first screen imports at once. Left alone, Rolldown gives each module the first
 * screen shares with a later one (the wizard, a dialog) a chunk of its own: five files of 0.1 to 3 KiB on
 * the first load, each one more request for the browser to queue (HTTP/1.1, six at a time) before the
 * first screen can run; the last waited 115 ms to be sent in a traced cold load. On the start-up figure the
 * gain is inside the machine's noise (README, Benchmark). The entry's own modules stay in the entry, so the
 * entry still imports nothing and sends its first calls before the app arrives.
 * Modules of a group listed before this one (vendor) keep their chunk.
 */
export function firstScreenChunk(options: { entry: string; firstScreen: string; name: string }): CodeSplittingGroup {
  let members: Set<string> | null = null;
  return {
    // Its own members only: pulling in their dependencies would take the entry's modules (the API client)
    // too, and make the entry wait for this chunk.
    includeDependenciesRecursively: false,
    name: (id, context) => {
      if (!members) {
        const entryModules = staticClosure(context, options.entry);
        members = new Set([...staticClosure(context, options.firstScreen)].filter((module) => !entryModules.has(module)));
      }
      return members.has(id) ? options.name : null;
    },
  };
}
