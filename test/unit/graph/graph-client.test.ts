import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { createGraphClient } from '../../../electron/services/graph/graph-client';
import { GRAPH_OPERATIONS } from '../../../electron/services/graph/graph-operations';

/** The client's own rules, against a loopback server that answers what each test needs. */

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function serve(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
}

const TOKEN = 'graph-token-for-client-tests-0123456789';

async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('the Graph client', () => {
  it('refuses a redirect instead of following it with the token', async () => {
    let followed = false;
    const base = await serve((req, res) => {
      if (req.url?.startsWith('/elsewhere')) followed = true;
      res.writeHead(302, { location: '/elsewhere' }).end();
    });
    const lines: string[] = [];
    const client = createGraphClient({ baseUrl: base, accessToken: () => Promise.resolve(TOKEN), log: (line) => lines.push(line) });
    const error = await failureOf(client.call({ operation: GRAPH_OPERATIONS.listTemplates, method: 'GET', path: '/applicationTemplates' }));
    expect(error).toMatchObject({ code: 'GRAPH_REQUEST_FAILED', params: { status: 302, graphCode: 'redirect' } });
    expect(followed).toBe(false);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it('gives up after its deadline: GRAPH_UNREACHABLE with the timeout', async () => {
    const base = await serve(() => {
      /* never answers */
    });
    const client = createGraphClient({ baseUrl: base, accessToken: () => Promise.resolve(TOKEN), timeoutMs: 200 });
    const error = await failureOf(client.call({ operation: GRAPH_OPERATIONS.startJob, method: 'POST', path: '/x' }));
    expect(error).toMatchObject({ code: 'GRAPH_UNREACHABLE', params: { outcome: 'timeout', operation: 'startJob' } });
  });

  it('sends JSON with the documented headers and reads 204 as no content', async () => {
    const seen: Array<Record<string, unknown>> = [];
    const base = await serve((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, type: req.headers['content-type'], consistency: req.headers.consistencylevel, body });
        res.writeHead(204).end();
      });
    });
    const client = createGraphClient({ baseUrl: `${base}/`, accessToken: () => Promise.resolve(TOKEN) });
    const answer = await client.call({
      operation: GRAPH_OPERATIONS.updateServicePrincipal,
      method: 'PATCH',
      path: '/servicePrincipals/abc',
      query: { $select: 'id' },
      headers: { ConsistencyLevel: 'eventual' },
      body: { tags: ['HideApp'] },
    });
    expect(answer).toBeNull();
    expect(seen).toEqual([
      { method: 'PATCH', url: '/v1.0/servicePrincipals/abc?%24select=id', type: 'application/json', consistency: 'eventual', body: '{"tags":["HideApp"]}' },
    ]);
  });

  it('a success that is not JSON is a failed request, not a crash', async () => {
    const base = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>sign in</html>'));
    const client = createGraphClient({ baseUrl: base, accessToken: () => Promise.resolve(TOKEN) });
    expect(await failureOf(client.call({ operation: GRAPH_OPERATIONS.listTemplates, method: 'GET', path: '/a' }))).toMatchObject({
      code: 'GRAPH_REQUEST_FAILED',
      params: { graphCode: 'not-json', status: 200 },
    });
  });

  it("an error body's code is repeated only when it is a plain word", async () => {
    const base = await serve((_req, res) =>
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: `<script>${TOKEN}`, message: TOKEN } })),
    );
    const client = createGraphClient({ baseUrl: base, accessToken: () => Promise.resolve(TOKEN) });
    const error = await failureOf(client.call({ operation: GRAPH_OPERATIONS.listTemplates, method: 'GET', path: '/a' }));
    expect(error.params).toMatchObject({ graphCode: 'unknown', status: 500 });
    expect(JSON.stringify(error.toShape())).not.toContain(TOKEN);
  });
});
