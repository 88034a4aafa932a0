import { lazy, type ComponentType } from 'react';

/**
 * A part of a step that not every integration's steps show (an action or panel kind), in a chunk of its own:
 * rendered through React.lazy inside the wizard's slot (ui/LazySlot.tsx: the wizard appears whole once its
 * parts are in, and a part that cannot load shows the slot's Reload message), and `preload()`ed as soon as a
 * wizard whose steps use it opens, so moving between steps never waits for it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint: any props.
export function onDemand<T extends ComponentType<any>>(load: () => Promise<T>) {
  let loading: Promise<{ default: T }> | null = null;
  const start = () => (loading ??= load().then((component) => ({ default: component })));
  return {
    Component: lazy(start),
    // A failed preload is not reported here: rendering the part fails the same way, into the slot's message.
    preload: () => void start().catch(() => undefined),
  };
}
