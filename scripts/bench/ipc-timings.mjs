// Every IPC call a page makes on the browser-mode host, per channel, from the page's own Resource Timing
// (request start to response end), so nothing in the host or the bench has to be instrumented.
import { summarize, ratio } from './stats.mjs';

/** Init script: room for every call of a long run (the default buffer keeps 250 entries). */
export function keepAllResourceTimings() {
  performance.setResourceTimingBufferSize(1_000_000);
}

/** Durations of this page's `/api/<channel>` calls, to add to `byChannel` ({ channel: ms[] }). */
export async function collectApiTimings(page, byChannel) {
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.startsWith('/api/'))
      .map((entry) => ({ channel: new URL(entry.name).pathname.slice('/api/'.length), ms: entry.responseEnd - entry.startTime, startedAt: entry.startTime })),
  );
  for (const { channel, ms } of entries) (byChannel[channel] ??= []).push(ms);
  return entries;
}

/** The floor: `app.getInfo` (validates an empty request, answers constants) called from the page, one at a time. */
export async function timeTrivialCalls(page, runs) {
  return page.evaluate(async (count) => {
    const token = sessionStorage.getItem('scim-wizard-host-token');
    const samples = [];
    for (let i = 0; i < count; i++) {
      const startedAt = performance.now();
      const response = await fetch('/api/app.getInfo', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: '{}',
      });
      await response.json();
      samples.push(performance.now() - startedAt);
    }
    return samples;
  }, runs);
}

/** One row per channel: its calls, median and p95, and p95 against the trivial channel's p95. */
export function ipcTable(byChannel, floorSamples) {
  const floor = summarize(floorSamples);
  const channels = Object.entries(byChannel)
    .map(([channel, samples]) => ({ channel, ...summarize(samples), p95Ratio: ratio(summarize(samples).p95Ms, floor.p95Ms) }))
    .sort((a, b) => b.p95Ms - a.p95Ms);
  return { floor: { channel: 'app.getInfo (from the page, sequential)', ...floor }, channels };
}
