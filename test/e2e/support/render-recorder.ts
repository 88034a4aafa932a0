import type { Page } from '@playwright/test';

interface Fiber {
  tag: number;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  memoizedProps: Record<string, unknown> | null;
}
interface RecorderWindow {
  __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown;
  __rendered?: string[] | null;
}

/**
 * Runs in the page before React loads: stands in for React DevTools' hook, which React calls after every
 * commit, also in a production build. A component rendered in a commit is a fiber that was not in the
 * tree committed before and carries React's PerformedWork flag (1): a component that bailed out either
 * kept its old fiber or got a copy without the flag. Each rendered component is named by the first
 * `data-testid` in its output; while recording, the names are collected in `window.__rendered`.
 */
function recordRendersInPage() {
  const FUNCTION_COMPONENT_TAGS = new Set([0, 11, 14, 15]); // function, forwardRef, memo, simple memo
  const HOST_COMPONENT = 5;
  const PERFORMED_WORK = 1;
  const page = window as unknown as RecorderWindow;
  let previous = new Set<Fiber>();
  const firstTestId = (fiber: Fiber): string | null => {
    for (let child = fiber.child; child; child = child.sibling) {
      const own = child.tag === HOST_COMPONENT ? child.memoizedProps?.['data-testid'] : undefined;
      if (typeof own === 'string') return own;
      const deeper = firstTestId(child);
      if (deeper) return deeper;
    }
    return null;
  };
  page.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot(_id: number, root: { current: Fiber }) {
      const committed = new Set<Fiber>();
      const walk = (fiber: Fiber | null) => {
        for (let node = fiber; node; node = node.sibling) {
          committed.add(node);
          if (page.__rendered && FUNCTION_COMPONENT_TAGS.has(node.tag) && !previous.has(node) && (node.flags & PERFORMED_WORK) !== 0) {
            page.__rendered.push(firstTestId(node) ?? '(no test id)');
          }
          walk(node.child);
        }
      };
      walk(root.current);
      previous = committed;
    },
  };
}

/** Which components render, by the first test id they show: `start()` before an action, `stop()` after it. */
export async function recordRenders(page: Page) {
  await page.addInitScript(recordRendersInPage);
  return {
    start: () => page.evaluate(() => void ((window as unknown as RecorderWindow).__rendered = [])),
    async stop(): Promise<Set<string>> {
      const rendered = await page.evaluate(() => {
        const names = (window as unknown as RecorderWindow).__rendered ?? [];
        (window as unknown as RecorderWindow).__rendered = null;
        return names;
      });
      return new Set(rendered);
    },
  };
}
