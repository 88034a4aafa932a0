import type { IncomingMessage } from 'node:http';

export type LimitedBody = { ok: true; bytes: Buffer } | { ok: false; reason: 'declared-too-large' | 'too-large' | 'aborted' };

/**
 * Reads a request body of at most `limit` bytes, for both local HTTP servers
 * (browser mode and the loopback token listener). An oversized body is refused
 * as soon as that is known (Content-Length, or the bytes received passing the
 * limit) and reading stops there: the rest is never buffered.
 */
export function readLimitedBody(req: IncomingMessage, limit: number): Promise<LimitedBody> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ ok: false, reason: 'declared-too-large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const settle = (result: LimitedBody) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        req.pause();
        settle({ ok: false, reason: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => settle({ ok: true, bytes: Buffer.concat(chunks) }));
    // An error, or 'close' before 'end': the client went away mid-body and nobody will read an answer.
    req.once('error', () => settle({ ok: false, reason: 'aborted' }));
    req.once('close', () => settle({ ok: false, reason: 'aborted' }));
  });
}
