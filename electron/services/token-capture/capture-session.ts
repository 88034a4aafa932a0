import { randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { buildAuthorizeUrl, type WebexEndpoints } from '../../../shared/endpoints/webex-endpoints';
import { startLoopbackCapture, type CaptureLog, type CapturedToken, type LoopbackCapture } from './loopback-listener';

/**
 * The app's token captures, by id: one at a time, because they all share the
 * one registered redirect port. Starting a new one cancels the previous one
 * and waits for its port to be free. Tokens pass through `wait` to the caller
 * (which puts them in the keychain); nothing here keeps them.
 */
export interface TokenCaptureSessionsDeps {
  startLoopbackCapture?: typeof startLoopbackCapture;
  randomId?: () => string;
  now?: () => Date;
  timeoutMs?: number;
  log?: CaptureLog;
}

export interface StartedCapture {
  captureId: string;
  authorizeUrl: string;
  redirectUri: string;
  timeoutAt: Date;
}

export interface TokenCaptureSessions {
  start(params: { endpoints: WebexEndpoints }): Promise<StartedCapture>;
  /** The captured token, or the capture's AppError. Once per capture; unknown or already awaited ids get NOT_FOUND. */
  wait(captureId: string): Promise<CapturedToken>;
  /** True when the capture was still pending and is now cancelled. */
  cancel(captureId: string): boolean;
}

interface Current {
  id: string;
  capture: LoopbackCapture;
  pending: boolean;
  awaited: boolean;
}

/** Ten minutes: long enough for a sign-in with MFA, short enough not to hold the port all day. */
const DEFAULT_CAPTURE_TIMEOUT_MS = 10 * 60 * 1000;

// Routine steps stay quiet; refusals and degraded modes reach the console like the rest of main's log.
const consoleLog: CaptureLog = {
  info: () => {},
  warn: (message) => console.warn(`[scim-wizard] token capture: ${message}`),
};

/** 32 random bytes: the OAuth state, unguessable by any page that can reach the listener. */
function newState(): string {
  return randomBytes(32).toString('base64url');
}

export function createTokenCaptureSessions(deps: TokenCaptureSessionsDeps = {}): TokenCaptureSessions {
  const startCapture = deps.startLoopbackCapture ?? startLoopbackCapture;
  const randomId = deps.randomId ?? randomUUID;
  const now = deps.now ?? (() => new Date());
  const timeoutMs = deps.timeoutMs ?? DEFAULT_CAPTURE_TIMEOUT_MS;
  const log = deps.log ?? consoleLog;

  let current: Current | null = null;
  // Starts run one after another, so two quick clicks cannot race for the port.
  let queue: Promise<unknown> = Promise.resolve();

  // The last listener's shutdown; a new one may only listen once the port is free.
  let lastClosed: Promise<void> = Promise.resolve();

  const doStart = async (endpoints: WebexEndpoints): Promise<StartedCapture> => {
    current?.capture.cancel();
    current = null;
    await lastClosed;
    const state = newState();
    const capture = await startCapture({ port: endpoints.loopbackPort, expectedState: state, timeoutMs, log });
    const entry: Current = { id: randomId(), capture, pending: true, awaited: false };
    current = entry;
    lastClosed = capture.closed;
    const done = () => {
      entry.pending = false;
    };
    capture.result.then(done, done);
    return {
      captureId: entry.id,
      authorizeUrl: buildAuthorizeUrl(endpoints, state, () => randomBytes(16).toString('base64url')),
      redirectUri: capture.redirectUri,
      timeoutAt: new Date(now().getTime() + timeoutMs),
    };
  };

  return {
    start: ({ endpoints }) => {
      const started = queue.then(() => doStart(endpoints));
      queue = started.catch(() => {});
      return started;
    },

    wait: async (captureId) => {
      const entry = current;
      if (!entry || entry.id !== captureId || entry.awaited) {
        throw new AppError('NOT_FOUND', 'This sign-in is no longer pending. Start it again.', { captureId: captureId.slice(0, 64) });
      }
      entry.awaited = true;
      try {
        return await entry.capture.result;
      } finally {
        // The outcome is delivered; drop the entry so the token is not kept alive by it.
        if (current === entry) current = null;
      }
    },

    cancel: (captureId) => {
      const entry = current;
      if (!entry || entry.id !== captureId) return false;
      const wasPending = entry.pending;
      entry.capture.cancel();
      if (!entry.awaited) current = null;
      return wasPending;
    },
  };
}
