// Times a user action inside the page: from the trigger event (a click or a change, seen in the capture
// phase before any handler) to the DOM mutation that shows the result. Playwright's own round trips stay
// out, so the app and its floor are measured the same way and neither pays the harness.

/** Arms the timer, runs `act` (the click or select), and answers the milliseconds the page measured. */
export async function timeInPage(page, trigger, until, act) {
  await page.evaluate(
    ({ trigger, present, absent }) => {
      const done = () => present.every((selector) => document.querySelector(selector)) && absent.every((selector) => !document.querySelector(selector));
      window.__benchTimer = new Promise((resolve, reject) => {
        // A refused save never shows its result: fail the run instead of hanging it.
        setTimeout(() => reject(new Error(`no result within 30 s after the ${trigger}`)), 30_000);
        let startedAt = null;
        document.addEventListener(trigger, () => (startedAt ??= performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (startedAt === null || !done()) return;
          observer.disconnect();
          const doneAt = performance.now();
          window.__benchLast = { startedAt, doneAt };
          resolve(doneAt - startedAt);
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    },
    { trigger, present: until.present ?? [], absent: until.absent ?? [] },
  );
  await act();
  return page.evaluate(() => window.__benchTimer);
}

/**
 * The last timed action split around its one request to `path` (Resource Timing): before it was sent,
 * the request itself (answered by the server, response read; `serverMs` of it inside the handler, from its
 * Server-Timing header), and after it until the result showed. A
 * result shown before the answer (the profile switch) has a negative "after"; the request is waited for,
 * so the next action never overlaps it.
 */
export async function phasesOfLast(page, path) {
  const found = await page.waitForFunction(
    (path) => {
      const { startedAt, doneAt } = window.__benchLast;
      const request = performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname === path && entry.startTime >= startedAt);
      if (!request) return null;
      // Server-Timing (the host's and the floor's): the handler's own time within the request.
      const serverMs = request.serverTiming.reduce((sum, timing) => sum + timing.duration, 0);
      return { beforeMs: request.startTime - startedAt, requestMs: request.responseEnd - request.startTime, serverMs, afterMs: doneAt - request.responseEnd };
    },
    path,
    { timeout: 30_000 },
  );
  return found.jsonValue();
}
