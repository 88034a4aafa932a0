/**
 * Passes the stop signals the launcher receives to whatever it is running (the
 * build, the download, Electron, the browser-mode host), so Ctrl+C and a
 * service manager's SIGTERM stop the app as they did before the launcher.
 *
 * @import { CreateSignalRelay, ExitCodeOf, StopSignal } from './launcher-types.js'
 */

/** @type {StopSignal[]} */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Under `npm start` one Ctrl+C arrives twice within milliseconds (from the
 * terminal and again from npm, which forwards it): pass it on once. A second
 * Ctrl+C after this ("stop now" to the browser-mode host) still goes through.
 */
export const SIGNAL_BURST_MS = 300;

/** @type {CreateSignalRelay} */
export const createSignalRelay = ({ onIdleSignal, now = Date.now, listen = listenToStopSignals }) => {
  /** @type {((signal: StopSignal) => void) | null} */
  let target = null;
  let received = false;
  /** @type {Map<StopSignal, number>} */
  const lastSeen = new Map();

  /** @param {StopSignal} signal */
  const relay = (signal) => {
    received = true;
    const at = now();
    const previous = lastSeen.get(signal);
    lastSeen.set(signal, at);
    if (previous !== undefined && at - previous < SIGNAL_BURST_MS) return;
    if (!target) return onIdleSignal(signal);
    target(signal);
  };
  listen(relay);

  return {
    /** @param {(signal: StopSignal) => void} deliver */
    attach(deliver) {
      target = deliver;
      received = false;
    },
    detach() {
      target = null;
    },
    /** A stop signal arrived since the last attach. */
    get received() {
      return received;
    },
    relay,
  };
};

/** @param {(signal: StopSignal) => void} relay */
function listenToStopSignals(relay) {
  for (const signal of STOP_SIGNALS) process.on(signal, relay);
}

/**
 * The exit code a shell reports for a child: its own code, or 128 + the signal's number (os.constants.signals).
 * @type {ExitCodeOf}
 */
export const exitCodeOf = (code, signal, signalNumbers) => (code !== null ? code : 128 + (signal !== null ? (signalNumbers[signal] ?? 0) : 0));
