/**
 * How many profile writes are queued or under way, for the "Saving… / Saved"
 * indicator: the admin (and a test) can tell when the value on screen is also
 * the value on disk.
 */
type Listener = (pending: number) => void;

let pending = 0;
const listeners = new Set<Listener>();

function notify(): void {
  for (const listener of listeners) listener(pending);
}

export function trackWrite<T>(work: Promise<T>): Promise<T> {
  pending += 1;
  notify();
  const settle = () => {
    pending -= 1;
    notify();
  };
  work.then(settle, settle);
  return work;
}

export function pendingWrites(): number {
  return pending;
}

export function onPendingWrites(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
