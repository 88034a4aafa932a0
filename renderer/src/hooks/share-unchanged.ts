const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * `next`, with every part that equals the same part of `previous` replaced by that part: an answer from
 * main is new JSON each time, and this keeps what did not change the same object, so a screen part that
 * selects it (hooks/app-context.ts, useAppSelector) is not rendered again for nothing. Plain data only
 * (objects, arrays, strings, numbers, booleans, null), as the settings are.
 */
export function shareUnchanged<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return next;
  if (Array.isArray(previous) && Array.isArray(next)) {
    const shared = next.map((item: unknown, i) => shareUnchanged(previous[i], item));
    const same = shared.length === previous.length && shared.every((item, i) => item === previous[i]);
    return (same ? previous : shared) as T;
  }
  if (isRecord(previous) && isRecord(next)) {
    const shared: Record<string, unknown> = {};
    let same = Object.keys(previous).length === Object.keys(next).length;
    for (const [key, value] of Object.entries(next)) {
      const kept = Object.hasOwn(previous, key) ? shareUnchanged(previous[key], value) : value;
      // Defined as data, not assigned: a key such as "__proto__" stays a key.
      Object.defineProperty(shared, key, { value: kept, enumerable: true, writable: true, configurable: true });
      if (kept !== previous[key] || !Object.hasOwn(previous, key)) same = false;
    }
    return (same ? previous : shared) as T;
  }
  return next;
}
