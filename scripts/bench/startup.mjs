// Start-up to the first interactive screen, wizard against the bare React page, cold (a fresh browser
// context: empty cache and storage) and interleaved so both see the same machine.
// "Interactive": the first integration-picker button exists and is enabled (bare page: its one button),
// stamped by a MutationObserver from navigation start, in the page's own clock.
import { collectApiTimings, keepAllResourceTimings } from './ipc-timings.mjs';
import { summarize, ratio } from './stats.mjs';

export const WIZARD_READY = '[data-testid^="integration-start-"]';
export const BARE_READY = '[data-testid="bare-ready"]';
const INTERACTIVE_SIGNAL = 'bench: interactive';

function stampInteractive({ selector, signal }) {
  const check = () => {
    const button = document.querySelector(selector);
    if (!button || button.disabled || window.__benchInteractiveAt !== undefined) return false;
    window.__benchInteractiveAt = performance.now();
    console.debug(signal);
    return true;
  };
  const observer = new MutationObserver(() => check() && observer.disconnect());
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

async function coldLoad(browser, url, selector, apiTimings) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(keepAllResourceTimings);
    await page.addInitScript(stampInteractive, { selector, signal: INTERACTIVE_SIGNAL });
    // Told by a console line, not by polling: polling runs Playwright's injected script (about 330 KB) in the
    // page while it starts, on its main thread, and that delayed both pages by 60 to 190 ms in traces here.
    const interactive = page.waitForEvent('console', { predicate: (message) => message.text() === INTERACTIVE_SIGNAL, timeout: 30_000 });
    const startedAt = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await interactive;
    const wallMs = performance.now() - startedAt;
    const inPageMs = await page.evaluate(() => window.__benchInteractiveAt);
    const scripts = await page.evaluate(
      (before) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime < before && /\.m?js$/.test(new URL(entry.name).pathname))
          .map((entry) => new URL(entry.name).pathname),
      inPageMs,
    );
    let callsBefore = 0;
    if (apiTimings) {
      const entries = await collectApiTimings(page, apiTimings);
      callsBefore = entries.filter((entry) => entry.startedAt < inPageMs).length;
    }
    return { inPageMs, wallMs, callsBefore, scripts };
  } finally {
    await context.close();
  }
}

/**
 * `librariesUrl`: the bare page plus React's and the app's i18n libraries (scripts/bench/libraries-page/),
 * loaded in the same rounds: its ratio to the bare page is the start-up lower bound those libraries set.
 */
export async function measureStartup(browser, { wizardUrl, bareUrl, librariesUrl, runs, apiTimings }) {
  const wizard = [];
  const bare = [];
  const withLibraries = [];
  const pages = [
    () => coldLoad(browser, wizardUrl, WIZARD_READY, apiTimings).then((sample) => wizard.push(sample)),
    () => coldLoad(browser, bareUrl, BARE_READY, null).then((sample) => bare.push(sample)),
    () => coldLoad(browser, librariesUrl, BARE_READY, null).then((sample) => withLibraries.push(sample)),
  ];
  for (let i = 0; i < runs; i++) {
    // Each page takes each place in a round in turn: the first place was the slower one in five of six runs
    // of 15 rounds here (1 to 9 ms for the same page), and the wizard always had it.
    for (let k = 0; k < pages.length; k++) await pages[(i + k) % pages.length]();
  }
  const app = summarize(wizard.map((s) => s.inPageMs));
  const floor = summarize(bare.map((s) => s.inPageMs));
  const libraries = summarize(withLibraries.map((s) => s.inPageMs));
  return {
    definition: 'navigation start to the first integration-picker button enabled (bare page: its button), page clock, fresh context per load',
    app,
    floor,
    ratioMedian: ratio(app.medianMs, floor.medianMs),
    libraries: { page: 'the bare page with React, i18next and react-i18next set up as the app sets them up, one translated button', ...libraries },
    librariesRatio: ratio(libraries.medianMs, floor.medianMs),
    wallClock: { app: summarize(wizard.map((s) => s.wallMs)), floor: summarize(bare.map((s) => s.wallMs)) },
    apiCallsBeforeInteractive: Math.max(...wizard.map((s) => s.callsBefore)),
    // Every script either page fetched before it was interactive, in any run: the "initial JavaScript".
    scriptsBeforeInteractive: { app: [...new Set(wizard.flatMap((s) => s.scripts))], floor: [...new Set(bare.flatMap((s) => s.scripts))] },
  };
}
