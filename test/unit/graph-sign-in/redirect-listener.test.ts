import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { judgeCodeRedirect, startRedirectListener } from '../../../electron/services/graph-sign-in/redirect-listener';
import { rawRequest } from './support/tls-http';

/** The loopback listener for the code redirect, on its own (no provider). */
const STATE = 'expected-state-0123456789abcdefghijklmnop';

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('judgeCodeRedirect', () => {
  it('takes a code only with the expected state', () => {
    expect(judgeCodeRedirect(new URLSearchParams({ code: 'abc', state: STATE }), STATE)).toEqual({
      kind: 'code',
      redirect: { code: 'abc', state: STATE, clientInfo: null },
    });
    expect(judgeCodeRedirect(new URLSearchParams({ code: 'abc', state: 'other' }), STATE)).toEqual({ kind: 'wrong-state' });
    expect(judgeCodeRedirect(new URLSearchParams({ code: 'abc' }), STATE)).toEqual({ kind: 'wrong-state' });
    expect(
      judgeCodeRedirect(
        new URLSearchParams([
          ['code', 'abc'],
          ['state', STATE],
          ['state', STATE],
        ]),
        STATE,
      ),
    ).toEqual({ kind: 'wrong-state' });
  });

  it('lets nobody end the sign-in with an error unless the state is right', () => {
    expect(judgeCodeRedirect(new URLSearchParams({ error: 'access_denied' }), STATE)).toEqual({ kind: 'wrong-state' });
    const judged = judgeCodeRedirect(
      new URLSearchParams({ error: 'consent_required', error_description: 'AADSTS65001: The user has not consented. Trace ID: x', state: STATE }),
      STATE,
    );
    expect(judged).toMatchObject({ kind: 'failed', error: { code: 'GRAPH_CONSENT_REQUIRED', params: { error: 'consent_required', aadsts: 'AADSTS65001' } } });
  });

  it('refuses a repeated or malformed code', () => {
    const repeated = judgeCodeRedirect(
      new URLSearchParams([
        ['code', 'a'],
        ['code', 'b'],
        ['state', STATE],
      ]),
      STATE,
    );
    expect(repeated).toMatchObject({ kind: 'failed', error: { code: 'GRAPH_SIGN_IN_FAILED', params: { variant: 'no-code' } } });
    expect(judgeCodeRedirect(new URLSearchParams({ code: 'has space', state: STATE }), STATE)).toMatchObject({ kind: 'failed' });
  });

  it('keeps Entra client_info only when it looks like base64', () => {
    const judged = judgeCodeRedirect(new URLSearchParams({ code: 'c', state: STATE, client_info: 'eyJ1aWQiOiJ4In0' }), STATE);
    expect(judged).toMatchObject({ kind: 'code', redirect: { clientInfo: 'eyJ1aWQiOiJ4In0' } });
    expect(judgeCodeRedirect(new URLSearchParams({ code: 'c', state: STATE, client_info: '<script>' }), STATE)).toMatchObject({
      redirect: { clientInfo: null },
    });
  });
});

describe('startRedirectListener', () => {
  it('listens on a fresh 127.0.0.1 port with the path, and refuses everything but the right redirect', async () => {
    const listener = await startRedirectListener({ path: '/graph-sign-in', expectedState: STATE, timeoutMs: 30_000 });
    expect(listener.redirectUri).toBe(`http://127.0.0.1:${listener.port}/graph-sign-in`);
    const base = `http://127.0.0.1:${listener.port}`;
    expect((await rawRequest(`${base}/other?code=c&state=${STATE}`)).status).toBe(404);
    expect((await rawRequest(`${base}/graph-sign-in?code=c&state=${STATE}`, { method: 'POST' })).status).toBe(405);
    // A HEAD (a link preview, a prefetch) must not use the code up.
    expect((await rawRequest(`${base}/graph-sign-in?code=c&state=${STATE}`, { method: 'HEAD' })).status).toBe(405);
    // DNS rebinding: a foreign Host is refused even with the right state.
    expect((await rawRequest(`${base}/graph-sign-in?code=c&state=${STATE}`, { headers: { host: `evil.example:${listener.port}` } })).status).toBe(403);
    expect((await rawRequest(`${base}/graph-sign-in?code=c&state=wrong`)).status).toBe(400);

    const page = await rawRequest(`${base}/graph-sign-in?code=the-code&state=${STATE}`);
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).not.toContain('the-code');
    await expect(listener.result).resolves.toEqual({ code: 'the-code', state: STATE, clientInfo: null });
    await listener.closed;
    expect(await portIsFree(listener.port)).toBe(true);
  });

  it('frees the port on cancel, with GRAPH_SIGN_IN_CANCELLED', async () => {
    const listener = await startRedirectListener({ path: '/graph-sign-in', expectedState: STATE, timeoutMs: 30_000 });
    expect(await portIsFree(listener.port)).toBe(false);
    listener.cancel();
    await expect(listener.result).rejects.toMatchObject({ code: 'GRAPH_SIGN_IN_CANCELLED' });
    await listener.closed;
    expect(await portIsFree(listener.port)).toBe(true);
  });

  it('frees the port on timeout, with GRAPH_SIGN_IN_TIMEOUT', async () => {
    const listener = await startRedirectListener({ path: '/graph-sign-in', expectedState: STATE, timeoutMs: 150 });
    await expect(listener.result).rejects.toMatchObject({ code: 'GRAPH_SIGN_IN_TIMEOUT', params: { timeoutMs: 150 } });
    await listener.closed;
    expect(await portIsFree(listener.port)).toBe(true);
  });

  it('logs no code and no state', async () => {
    const lines: string[] = [];
    const listener = await startRedirectListener({ path: '/graph-sign-in', expectedState: STATE, timeoutMs: 30_000, log: (line) => lines.push(line) });
    await rawRequest(`http://127.0.0.1:${listener.port}/graph-sign-in?code=secret-code-value&state=wrong-state-value`);
    await rawRequest(`http://127.0.0.1:${listener.port}/graph-sign-in?code=secret-code-value&state=${STATE}`);
    await listener.closed;
    const all = lines.join('\n');
    expect(all).toContain('authorization code received');
    for (const secret of ['secret-code-value', 'wrong-state-value', STATE]) expect(all).not.toContain(secret);
  });
});
