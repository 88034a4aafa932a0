// Prints every figure beside its floor, the ratio, the target and PASS/MISS, and writes the same as JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { TARGETS } from './config.mjs';
import { ratio, verdict } from './stats.mjs';

const pad = (text, width) => String(text).padEnd(width);
const row = (name, figure, floor, value, target) =>
  `${pad(name, 44)} ${pad(figure, 22)} ${pad(floor, 22)} ${pad(value ?? '-', 6)} ${pad(target === null ? '-' : `<= ${target}`, 9)} ${verdict(value, target)}`;

/** The rows the issue asks for: [name, figure, floor, ratio-or-value, target]. */
export function verdictRows(results) {
  const ms = (summary, key = 'medianMs') => `${summary[key]} ms`;
  const { startup, bundle, tokenCapture, secretSave, profileSwitch, ipc, memory } = results;
  const rows = [
    ['start-up to interactive (median)', ms(startup.app), ms(startup.floor), startup.ratioMedian, TARGETS.startup],
    ['initial JS gzip', `${bundle.app.initialJsGzipKiB} KiB`, `${bundle.floor.initialJsGzipKiB} KiB`, bundle.initialRatio, TARGETS.initialJs],
    [
      `largest chunk gzip (${bundle.app.largestChunk?.file})`,
      `${bundle.app.largestChunk?.gzipKiB} KiB`,
      'ceiling',
      bundle.app.largestChunk?.gzipKiB,
      TARGETS.largestChunkKiB,
    ],
  ];
  for (const [name, pair, target] of [
    ['token capture', tokenCapture, TARGETS.tokenCapture],
    ['CXone secret save', secretSave, TARGETS.secretSave],
    ['profile switch', profileSwitch, TARGETS.profileSwitch],
  ]) {
    rows.push([`${name} (median)`, ms(pair.app), ms(pair.floor), pair.ratioMedian, target]);
    rows.push([`${name} (p95)`, ms(pair.app, 'p95Ms'), ms(pair.floor, 'p95Ms'), pair.ratioP95, target]);
  }
  for (const channel of ipc.channels)
    rows.push([`IPC ${channel.channel} p95 (n=${channel.runs})`, ms(channel, 'p95Ms'), ms(ipc.floor, 'p95Ms'), channel.p95Ratio, TARGETS.ipcP95]);
  rows.push([
    'host RSS after start',
    `${memory.hostAfterStartMiB} MiB`,
    `${memory.floorMiB} MiB`,
    ratio(memory.hostAfterStartMiB, memory.floorMiB),
    TARGETS.memory,
  ]);
  rows.push([
    'host RSS after both flows',
    `${memory.hostAfterFlowsMiB} MiB`,
    `${memory.floorMiB} MiB`,
    ratio(memory.hostAfterFlowsMiB, memory.floorMiB),
    TARGETS.memory,
  ]);
  return rows;
}

/** Per page-driven flow: app and floor, each split around its one request. */
export function phaseLines(results) {
  const line = ({ beforeMs, requestMs, serverMs, afterMs }) => `${beforeMs} / ${requestMs} (${serverMs}) / ${afterMs}`;
  return [
    ['CXone secret save', results.secretSave],
    ['profile switch', results.profileSwitch],
  ].map(([name, pair]) => {
    const floor = [
      pair.promised ? `${pad(line(pair.phases.floor), 27)} floor keeping the promises ${line(pair.promised.phases)}` : line(pair.phases.floor),
      pair.react ? `; in React ${line(pair.react.phases)}` : '',
    ].join('');
    return `  ${pad(name, 18)} app ${pad(line(pair.phases.app), 27)} floor ${floor}`;
  });
}

const PART_NAMES = { keychainRead: 'keychain read', keychainWrite: 'keychain write', settingsWrite: 'settings write' };

/** One line per flow: floor + each required part = bound, its ratio, and whether the target is still reachable. */
export function lowerBoundLines(results) {
  const { requiredWork, lowerBounds } = results;
  const { startup, ...flows } = lowerBounds;
  const reach = (ratio, target, what) => `target ${target}: ${ratio <= target ? 'reachable' : `OUT OF REACH with these ${what}`}`;
  return [
    `  ${pad('startup', 14)} bare page ${startup.floorMs} ms; with ${startup.libraries.join(', ')} set up and one translated button ${startup.boundMs} ms: ratio >= ${startup.ratio} (${reach(startup.ratio, TARGETS.startup, 'libraries')})`,
    ...Object.entries(flows).map(([flow, bound]) => {
      const parts = bound.parts.map((name) => `${PART_NAMES[name]} ${requiredWork[name].medianMs}`).join(' + ');
      const line = `  ${pad(flow, 14)} floor ${bound.floorMs} + ${parts} = ${+(bound.floorMs + bound.extraMs).toFixed(1)} ms: ratio >= ${bound.ratio} (${reach(bound.ratio, TARGETS[flow], 'promises')})`;
      // Each floor measured inside the flow: what it is, and what it adds to the plain floor.
      const more = [
        [bound.inFlow, 'the floor doing that work itself', 'promises'],
        [bound.inReact, "that floor's page written with React and the app's libraries", 'libraries and promises'],
      ]
        .filter(([measured]) => measured)
        .map(([measured, what, costs]) => `in the flow, ${what}: ${measured.ms} ms: ratio ${measured.ratio} (${reach(measured.ratio, TARGETS[flow], costs)})`);
      return [line, ...more.map((text) => `  ${pad('', 14)} ${text}`)].join('\n');
    }),
  ];
}

export function report(results) {
  const rows = verdictRows(results);
  const lines = [
    '',
    `Benchmark (browser mode; ${results.machine.chromium}; ${results.machine.cpuModel} x${results.machine.cpuCount}, ${results.machine.memoryGiB} GiB; ${results.machine.os}; Node ${results.machine.node})`,
    `commit ${results.machine.gitCommit}`,
    '',
    `${pad('figure', 44)} ${pad('app', 22)} ${pad('floor (same run)', 22)} ${pad('ratio', 6)} ${pad('target', 9)} verdict`,
    ...rows.map((r) => row(...r)),
    '',
    'renderer chunks (gzip):',
    ...results.bundle.app.chunks.map((c) => `  ${pad(c.file, 50)} ${pad(`${c.gzipKiB} KiB`, 11)} ${c.initial ? 'initial' : 'on demand'}`),
    '',
    'where the page-driven time goes (median ms: before the request is sent / the request (of which in the handler) / after it until shown):',
    ...phaseLines(results),
    '',
    'lower bounds: the floor plus what the app must do that it does not (start-up: measured in the same rounds; flows: each part timed alone, and for a stored secret also the floor doing that work in the flow; medians):',
    ...lowerBoundLines(results),
    '',
    `start-up: ${results.startup.apiCallsBeforeInteractive} IPC call(s) started before interactive; wall clock (node) ${results.startup.wallClock.app.medianMs} ms vs ${results.startup.wallClock.floor.medianMs} ms`,
    `Electron cold start: ${results.electron.skipped ? `skipped: ${results.electron.skipped}` : `first paint ${results.electron.firstPaint.medianMs} ms, interactive ${results.electron.interactive.medianMs} ms (median)`}`,
  ];
  console.log(lines.join('\n'));
  results.verdicts = rows.map(([name, figure, floor, value, target]) => ({ name, figure, floor, value, target, verdict: verdict(value, target) }));
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwritten to test-results/bench.json');
}
