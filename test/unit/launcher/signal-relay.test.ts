import { constants } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { createSignalRelay, exitCodeOf, SIGNAL_BURST_MS } from '../../../scripts/start/signal-relay.mjs';
import type { StopSignal } from '../../../scripts/start/launcher-types';

/** A relay whose clock the test sets; `listen` is a no-op so the test process's own signal handling is untouched. */
function relayAt() {
  let time = 1_000;
  const onIdleSignal = vi.fn<(signal: StopSignal) => void>();
  const relay = createSignalRelay({ onIdleSignal, now: () => time, listen: () => undefined });
  return { relay, onIdleSignal, advance: (ms: number) => (time += ms) };
}

describe('createSignalRelay', () => {
  it('passes a signal to the running child once per burst (terminal and npm both send Ctrl+C)', () => {
    const { relay, advance } = relayAt();
    const deliver = vi.fn<(signal: StopSignal) => void>();
    relay.attach(deliver);
    relay.relay('SIGINT');
    advance(5);
    relay.relay('SIGINT');
    expect(deliver.mock.calls).toEqual([['SIGINT']]);
    expect(relay.received).toBe(true);

    // A second Ctrl+C later is the user's "stop now" and goes through.
    advance(SIGNAL_BURST_MS + 1);
    relay.relay('SIGINT');
    expect(deliver.mock.calls).toEqual([['SIGINT'], ['SIGINT']]);
  });

  it('passes SIGTERM and SIGHUP on', () => {
    const { relay, advance } = relayAt();
    const deliver = vi.fn<(signal: StopSignal) => void>();
    relay.attach(deliver);
    relay.relay('SIGTERM');
    advance(1);
    relay.relay('SIGHUP');
    expect(deliver.mock.calls).toEqual([['SIGTERM'], ['SIGHUP']]);
  });

  it('lets the launcher stop itself when nothing runs', () => {
    const { relay, onIdleSignal } = relayAt();
    relay.relay('SIGTERM');
    expect(onIdleSignal).toHaveBeenCalledWith('SIGTERM');
    const deliver = vi.fn<(signal: StopSignal) => void>();
    relay.attach(deliver);
    relay.detach();
    relay.relay('SIGINT');
    expect(deliver).not.toHaveBeenCalled();
    expect(onIdleSignal).toHaveBeenCalledWith('SIGINT');
  });

  it('forgets signals from before the current child', () => {
    const { relay } = relayAt();
    relay.attach(() => undefined);
    relay.relay('SIGTERM');
    relay.attach(() => undefined);
    expect(relay.received).toBe(false);
  });
});

describe('exitCodeOf', () => {
  it("is the child's code, or 128 + the signal's number as a shell reports it", () => {
    expect(exitCodeOf(0, null, constants.signals)).toBe(0);
    expect(exitCodeOf(2, null, constants.signals)).toBe(2);
    expect(exitCodeOf(null, 'SIGTERM', constants.signals)).toBe(128 + constants.signals.SIGTERM);
    expect(exitCodeOf(null, 'SIGINT', constants.signals)).toBe(130);
  });
});
