import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { PRODUCTION_WEBEX_ENDPOINTS, type WebexEndpoints } from '../../../shared/endpoints/webex-endpoints';
import { createTokenCaptureSessions } from '../../../electron/services/token-capture/capture-session';
import type { CapturedToken, LoopbackCapture, LoopbackCaptureOptions } from '../../../electron/services/token-capture/loopback-listener';
import { rejection } from '../../support/rejection';

const SILENT = { info: () => {}, warn: () => {} };
const NOW = new Date('2026-03-01T09:00:00Z');

/** A listener double: records what it was asked for and lets the test settle it. */
function fakeListener() {
  const started: Array<{ options: LoopbackCaptureOptions; capture: LoopbackCapture; resolve(token: CapturedToken): void; cancelled: boolean }> = [];
  const startLoopbackCapture = async (options: LoopbackCaptureOptions): Promise<LoopbackCapture> => {
    let resolve!: (token: CapturedToken) => void;
    let reject!: (error: AppError) => void;
    const result = new Promise<CapturedToken>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    result.catch(() => {});
    const entry = {
      options,
      resolve: (token: CapturedToken) => resolve(token),
      cancelled: false,
      capture: {
        redirectUri: `http://localhost:${options.port}/auth/code`,
        result,
        closed: Promise.resolve(),
        connectionCount: async () => 0,
        cancel: () => {
          entry.cancelled = true;
          reject(new AppError('CAPTURE_CANCELLED', 'Sign-in cancelled.'));
        },
      },
    };
    started.push(entry);
    return entry.capture;
  };
  return { started, startLoopbackCapture };
}

let ids = 0;
function sessionsWith(listener: ReturnType<typeof fakeListener>, timeoutMs = 600_000) {
  return createTokenCaptureSessions({
    startLoopbackCapture: listener.startLoopbackCapture,
    randomId: () => `capture-${++ids}`,
    now: () => NOW,
    timeoutMs,
    log: SILENT,
  });
}

describe('createTokenCaptureSessions: the authorize URL', () => {
  it('builds the commercial production URL with a fresh random state that the listener expects', async () => {
    const listener = fakeListener();
    const sessions = sessionsWith(listener);
    const started = await sessions.start({ endpoints: PRODUCTION_WEBEX_ENDPOINTS.commercial });
    const url = new URL(started.authorizeUrl);
    expect(url.protocol).toBe('https:');
    expect(url.host).toBe('idbroker.webex.com');
    expect(url.pathname).toBe('/idb/oauth2/v1/authorize');
    expect(url.searchParams.get('response_type')).toBe('token');
    expect(url.searchParams.get('client_id')).toBe(PRODUCTION_WEBEX_ENDPOINTS.commercial.clientId);
    expect(started.authorizeUrl).toContain('redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fauth%2Fcode');
    expect(started.authorizeUrl).toContain('scope=spark%3Apeople_read%20spark%3Apeople_write%20Identity%3ASCIM');
    expect(started.authorizeUrl).not.toContain('+');

    const state = url.searchParams.get('state') ?? '';
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes, base64url
    expect(listener.started[0]?.options).toMatchObject({ port: 3000, expectedState: state, timeoutMs: 600_000 });
    expect(started.redirectUri).toBe('http://localhost:3000/auth/code');
    expect(started.captureId).toMatch(/^capture-\d+$/);
    expect(started.timeoutAt).toEqual(new Date(NOW.getTime() + 600_000));
  });

  it('builds the government URL on idbroker-f.webex.com', async () => {
    const sessions = sessionsWith(fakeListener());
    const url = new URL((await sessions.start({ endpoints: PRODUCTION_WEBEX_ENDPOINTS.government })).authorizeUrl);
    expect(url.host).toBe('idbroker-f.webex.com');
    expect(url.pathname).toBe('/idb/oauth2/v1/authorize');
    expect(url.searchParams.get('redirect_uri')).toBe('http://localhost:3000/auth/code');
  });

  it('uses a different state every time and fills {random} extra params', async () => {
    const listener = fakeListener();
    const sessions = sessionsWith(listener);
    const endpoints: WebexEndpoints = { ...PRODUCTION_WEBEX_ENDPOINTS.commercial, extraParams: { nonce: '{random}', prompt: 'login' } };
    const first = new URL((await sessions.start({ endpoints })).authorizeUrl);
    const second = new URL((await sessions.start({ endpoints })).authorizeUrl);
    expect(first.searchParams.get('state')).not.toBe(second.searchParams.get('state'));
    expect(first.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(first.searchParams.get('nonce')).not.toBe(second.searchParams.get('nonce'));
    expect(first.searchParams.get('prompt')).toBe('login');
  });
});

describe('createTokenCaptureSessions: one capture at a time', () => {
  it('hands the captured token to wait(), once', async () => {
    const listener = fakeListener();
    const sessions = sessionsWith(listener);
    const { captureId } = await sessions.start({ endpoints: PRODUCTION_WEBEX_ENDPOINTS.commercial });
    const token = { accessToken: 'tok', tokenType: 'Bearer', expiresIn: 60, scope: null };
    listener.started[0]?.resolve(token);
    await expect(sessions.wait(captureId)).resolves.toEqual(token);
    expect((await rejection(sessions.wait(captureId))).code).toBe('NOT_FOUND');
  });

  it('refuses unknown ids and a second waiter with NOT_FOUND', async () => {
    const sessions = sessionsWith(fakeListener());
    expect((await rejection(sessions.wait('nope'))).code).toBe('NOT_FOUND');
    const { captureId } = await sessions.start({ endpoints: PRODUCTION_WEBEX_ENDPOINTS.commercial });
    const first = sessions.wait(captureId);
    expect((await rejection(sessions.wait(captureId))).code).toBe('NOT_FOUND');
    sessions.cancel(captureId);
    expect((await rejection(first)).code).toBe('CAPTURE_CANCELLED');
  });

  it('cancels the previous capture when a new one starts', async () => {
    const listener = fakeListener();
    const sessions = sessionsWith(listener);
    const first = await sessions.start({ endpoints: PRODUCTION_WEBEX_ENDPOINTS.commercial });
    const firstWait = sessions.wait(first.captureId);
    const second = await sessions.start({ endpoints: PRODUCTION_WEBEX_ENDPOINTS.commercial });
    expect(listener.started[0]?.cancelled).toBe(true);
    expect(listener.started[1]?.cancelled).toBe(false);
    expect((await rejection(firstWait)).code).toBe('CAPTURE_CANCELLED');
    expect(sessions.cancel(first.captureId)).toBe(false);
    expect(sessions.cancel(second.captureId)).toBe(true);
    expect(sessions.cancel(second.captureId)).toBe(false);
  });

  it('frees the real port for the next capture (a new start on the same port works)', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const sessions = createTokenCaptureSessions({ log: SILENT, timeoutMs: 10_000 });
    const endpoints: WebexEndpoints = { ...PRODUCTION_WEBEX_ENDPOINTS.commercial, loopbackPort: port };
    const first = await sessions.start({ endpoints });
    const firstWait = sessions.wait(first.captureId);
    // Two quick starts in a row must not race each other for the port either.
    const [second, third] = await Promise.all([sessions.start({ endpoints }), sessions.start({ endpoints })]);
    expect((await rejection(firstWait)).code).toBe('CAPTURE_CANCELLED');
    expect((await rejection(sessions.wait(second.captureId))).code).toBe('NOT_FOUND');

    const state = new URL(third.authorizeUrl).searchParams.get('state') ?? '';
    const waiting = sessions.wait(third.captureId);
    const reply = await fetch(`http://127.0.0.1:${port}/auth/capture`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Origin: `http://127.0.0.1:${port}` },
      body: new URLSearchParams({ access_token: 'real-token', token_type: 'Bearer', expires_in: '3600', state }).toString(),
    });
    expect(reply.status).toBe(200);
    await expect(waiting).resolves.toEqual({ accessToken: 'real-token', tokenType: 'Bearer', expiresIn: 3600, scope: null });
  });

  it('passes PORT_IN_USE from the listener through start()', async () => {
    const sessions = createTokenCaptureSessions({
      log: SILENT,
      startLoopbackCapture: () => Promise.reject(new AppError('PORT_IN_USE', 'Port 3000 is already in use by node (pid 1).', { port: 3000 })),
    });
    expect((await rejection(sessions.start({ endpoints: PRODUCTION_WEBEX_ENDPOINTS.commercial }))).code).toBe('PORT_IN_USE');
  });
});
