import type { IncomingMessage } from 'node:http';
import type { Refusal } from './responses';

export type BodyResult = { ok: true; value: unknown } | { ok: false; refusal: Refusal };

const tooLarge = (maxBytes: number, reason: string): BodyResult => ({
  ok: false,
  refusal: { status: 413, code: 'INVALID_REQUEST', message: `The request is larger than ${maxBytes} bytes.`, reason, headers: { Connection: 'close' } },
});

const invalid = (reason: string): BodyResult => ({
  ok: false,
  refusal: { status: 400, code: 'INVALID_REQUEST', message: 'The request body is not valid JSON.', reason },
});

/**
 * Reads a JSON request body of at most `maxBytes`. An oversized body is refused
 * as soon as it is known to be too big (from Content-Length, or once the bytes
 * received pass the limit) and reading stops there: the rest is never
 * buffered, and the 413 closes the connection.
 */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > maxBytes) return Promise.resolve(tooLarge(maxBytes, 'Content-Length over the limit'));

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        req.pause();
        settle(tooLarge(maxBytes, 'body over the limit'));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('error', () => settle(invalid('request stream failed')));
    req.once('end', () => settle(parse(Buffer.concat(chunks))));
    // 'close' before 'end' means the client went away mid-body; nobody will read the answer.
    req.once('close', () => settle(invalid('request closed before its end')));
  });
}

function parse(bytes: Buffer): BodyResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return invalid('body is not UTF-8');
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    // The parser's message may quote the body, so it stays out of the reason.
    return invalid('body is not valid JSON');
  }
}
