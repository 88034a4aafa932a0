import { useSyncExternalStore } from 'react';
import type { MappingFinding } from '../../../shared/ipc/contract';

/** The last schema comparison, shared by the loader action and the mapping table of the same step. */
export interface MappingComparison {
  objectMappingName: string;
  findings: MappingFinding[];
}

let current: MappingComparison | null = null;
const listeners = new Set<() => void>();

export function setMappingComparison(next: MappingComparison | null): void {
  current = next;
  for (const listener of listeners) listener();
}

export function useMappingComparison(): MappingComparison | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
