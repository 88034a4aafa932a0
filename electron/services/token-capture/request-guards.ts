import type { IncomingMessage } from 'node:http';

/**
 * Checks on who is talking to the loopback listener. A web page the admin has
 * open elsewhere can send requests to localhost too: the Host check stops DNS
 * rebinding (evil.example resolving to 127.0.0.1), the Origin check stops
 * cross-site posts, and the size limit keeps a hostile body from costing memory.
 */
export function loopbackAuthorities(port: number): string[] {
  return [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`];
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && loopbackAuthorities(port).includes(host.toLowerCase());
}

/** No Origin is fine (a top-level navigation or an old browser); a present one must be this listener. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return loopbackAuthorities(port).some((authority) => origin.toLowerCase() === `http://${authority}`);
}

export type BodyResult = { ok: true; body: string } | { ok: false; reason: 'too-large' | 'aborted' };

/** Reads at most `limit` bytes; says 'too-large' as soon as the declared or received size passes it. */
export function readLimitedBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ ok: false, reason: 'too-large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish({ ok: false, reason: 'too-large' });
      else chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => finish({ ok: true, body: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', () => finish({ ok: false, reason: 'aborted' }));
    req.on('close', () => finish({ ok: false, reason: 'aborted' }));
  });
}
