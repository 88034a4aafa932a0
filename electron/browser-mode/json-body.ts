import type { IncomingMessage } from 'node:http';
import { readLimitedBody } from '../services/http/limited-body';
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
 * Reads a JSON request body of at most `maxBytes`; an oversized one is refused
 * as soon as it is known to be too big, and the 413 closes the connection.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const body = await readLimitedBody(req, maxBytes);
  if (body.ok) return parse(body.bytes);
  if (body.reason === 'declared-too-large') return tooLarge(maxBytes, 'Content-Length over the limit');
  if (body.reason === 'too-large') return tooLarge(maxBytes, 'body over the limit');
  return invalid('request closed before its end');
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
