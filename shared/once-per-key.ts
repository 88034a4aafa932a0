/**
 * `make` run at most once per key for the module's life: every later call with that key answers the first result.
 * For loads a React component waits on with `use()`: the same promise object each time, so React sees it settled
 * on the next render. A failed load stays failed until the page reloads (the wizard's Reload message).
 */
export function oncePerKey<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key) as T;
  };
}
