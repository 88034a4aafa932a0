/**
 * One queue per key: work for the same key runs strictly one after another,
 * in the order it was asked for, whatever the transport does with overlapping
 * requests. A failure is handed to its caller and does not stop the queue.
 */
export function createOrderedQueues() {
  const tails = new Map<string, Promise<unknown>>();
  return function enqueue<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    tails.set(key, tail);
    // Forget an idle queue so the map does not grow with every profile ever used.
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return next;
  };
}
