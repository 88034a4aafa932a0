import { createConnection } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphServer } from '../../support/graph-server';
import { errorOf, graphCall, startPeer, valueOf } from './graph-call';

let server: GraphServer;
beforeAll(async () => {
  server = await startPeer({ users: [{ userPrincipalName: 'wanda@contoso.com', displayName: 'Wanda Kim' }] });
});
afterAll(() => server.close());

describe('authentication', () => {
  it('refuses a call without a token with 401 InvalidAuthenticationToken in Graph’s error shape', async () => {
    const answer = await graphCall(server, 'GET', '/users', { token: null, headers: { 'client-request-id': 'my-correlation-id' } });
    expect(answer.status).toBe(401);
    const error = errorOf(answer);
    expect(error.code).toBe('InvalidAuthenticationToken');
    expect(error.message).toBe('Access token is empty.');
    expect(error.innerError['client-request-id']).toBe('my-correlation-id');
    expect(error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });

  it('refuses a token acceptToken rejects', async () => {
    const answer = await graphCall(server, 'GET', '/users', { token: 'not-a-valid-token' });
    expect(answer.status).toBe(401);
    expect(errorOf(answer).message).toBe('Access token validation failure.');
  });

  it('answers a valid token', async () => {
    const answer = await graphCall(server, 'GET', '/users');
    expect(answer.status).toBe(200);
    expect(valueOf(answer).map((user) => user.userPrincipalName)).toEqual(['wanda@contoso.com']);
  });
});

describe('malformed requests', () => {
  it('refuses an unknown segment with 400 BadRequest', async () => {
    const answer = await graphCall(server, 'GET', '/servicePrincipalz');
    expect(answer.status).toBe(400);
    expect(errorOf(answer)).toMatchObject({ code: 'BadRequest', message: "Resource not found for the segment 'servicePrincipalz'." });
  });

  it('refuses a method the path does not take with 405', async () => {
    const answer = await graphCall(server, 'DELETE', '/applicationTemplates');
    expect(answer.status).toBe(405);
    expect(errorOf(answer).code).toBe('Request_BadRequest');
    const onJob = await graphCall(server, 'GET', '/servicePrincipals/x/synchronization/jobs/validateCredentials');
    expect(onJob.status).toBe(405);
  });

  it('refuses a path outside /v1.0', async () => {
    const response = await fetch(`${server.origin}/beta/users`, { headers: { authorization: 'Bearer graph-access-token-for-tests-0123456789' } });
    expect(response.status).toBe(400);
  });
});

describe('injected permission denials and throttling', () => {
  it('denies one route with 403 Authorization_RequestDenied until allowed again', async () => {
    server.faults.deny('groups.list');
    const denied = await graphCall(server, 'GET', '/groups');
    expect(denied.status).toBe(403);
    expect(errorOf(denied)).toMatchObject({ code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
    expect((await graphCall(server, 'GET', '/users')).status).toBe(200);
    server.faults.allow('groups.list');
    expect((await graphCall(server, 'GET', '/groups')).status).toBe(200);
  });

  it('throttles a route with 429 TooManyRequests and Retry-After for the given number of calls', async () => {
    server.faults.throttle('users.list', { retryAfterSeconds: 7, times: 2 });
    for (let call = 0; call < 2; call += 1) {
      const answer = await graphCall(server, 'GET', '/users');
      expect(answer.status).toBe(429);
      expect(answer.headers.get('retry-after')).toBe('7');
      expect(errorOf(answer)).toMatchObject({ code: 'TooManyRequests', message: 'Please retry again later.' });
      expect(errorOf(answer).innerError).toMatchObject({ code: '429', status: '429' });
    }
    expect((await graphCall(server, 'GET', '/users')).status).toBe(200);
  });

  it('sends a fractional Retry-After as given, as Graph’s own example does (Retry-After: 2.128)', async () => {
    server.faults.throttle('users.list', { retryAfterSeconds: 2.128 });
    expect((await graphCall(server, 'GET', '/users')).headers.get('retry-after')).toBe('2.128');
  });

  it('takes denials and throttles as start options too', async () => {
    const other = await startPeer({ deny: ['applicationTemplates.list'], throttle: { 'users.list': { retryAfterSeconds: 1 } } });
    try {
      expect((await graphCall(other, 'GET', '/applicationTemplates')).status).toBe(403);
      expect((await graphCall(other, 'GET', '/users')).status).toBe(429);
      expect((await graphCall(other, 'GET', '/users')).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});

describe('request log and shutdown', () => {
  it('records method, path, query, route and status, and never a header or a body', async () => {
    server.requests.length = 0;
    await graphCall(server, 'GET', `/users?$filter=${encodeURIComponent("startswith(displayName,'Wa')")}`);
    await graphCall(server, 'PUT', '/servicePrincipals/unknown/synchronization/secrets', {
      body: { value: [{ key: 'SecretToken', value: 'very-secret-scim-token' }] },
    });
    expect(server.requests).toEqual([
      { method: 'GET', path: '/v1.0/users', query: { $filter: "startswith(displayName,'Wa')" }, route: 'users.list', status: 200 },
      { method: 'PUT', path: '/v1.0/servicePrincipals/unknown/synchronization/secrets', query: {}, route: 'synchronization.secrets.put', status: 404 },
    ]);
    expect(JSON.stringify(server.requests)).not.toMatch(/very-secret-scim-token|graph-access-token/);
  });

  it('frees its port on close', async () => {
    const other = await startPeer();
    const port = Number(new URL(other.origin).port);
    await other.close();
    const refused = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port });
      socket.on('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.on('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });
});
