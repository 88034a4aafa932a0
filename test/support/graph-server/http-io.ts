import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphError, unreadableJson } from './graph-error';

/** Graph refuses bodies above 4 MB; a test peer needs far less. */
const MAX_BODY_BYTES = 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new GraphError(413, 'Request_EntityTooLarge', 'The request body is too large.');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A JSON object body, with the content type Graph's reference pages require for every body they document. */
export function readJsonObject({ req, body: text }: { req: IncomingMessage; body: string }): Record<string, unknown> {
  const contentType = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(contentType)) throw unreadableJson();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw unreadableJson();
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw unreadableJson();
  return parsed as Record<string, unknown>;
}

/** Methods documented with "Don't supply a request body" still tolerate an empty one; anything else is refused. */
export function requireNoBody({ body: text }: { body: string }): void {
  if (text.trim() !== '') throw new GraphError(400, 'BadRequest', 'This request takes no body.');
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8' });
  res.end(text);
}

export function sendNoContent(res: ServerResponse): void {
  res.writeHead(204);
  res.end();
}
