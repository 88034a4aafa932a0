import { AppError, type ErrorParams } from '../../../shared/errors';
import type { GraphOperation } from './graph-operations';

/**
 * Graph's answers as the app's error codes, with params and never a token or a secret value.
 * Graph's error body is `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`
 * (https://learn.microsoft.com/en-us/graph/errors); a 429 carries Retry-After in seconds
 * (https://learn.microsoft.com/en-us/graph/throttling).
 */
export interface GraphFailure {
  status: number;
  graphCode: string;
  graphMessage: string;
  retryAfter: string | null;
  requestId: string | null;
  clientRequestId: string;
}

/** Without Retry-After, Microsoft asks for a back-off; ten seconds is where the throttling page's examples start. */
const DEFAULT_RETRY_AFTER_SECONDS = 10;
const MAX_DETAIL_CHARS = 500;
/** Graph's codes are words such as Authorization_RequestDenied; anything else is not repeated. */
const GRAPH_CODE = /^[A-Za-z0-9_.-]{1,100}$/;

export function safeGraphCode(code: unknown): string {
  return typeof code === 'string' && GRAPH_CODE.test(code) ? code : 'unknown';
}

/**
 * Text Graph passed on (validateCredentials echoes the SCIM server's answer), fit to show:
 * every secret value and anything shaped like a bearer credential cut out, control characters
 * removed, bounded. When a secret was in it, only the part before the first secret is kept.
 */
export function scrubbedText(text: string, secrets: readonly string[]): string {
  let cut = text;
  // A server may echo a secret raw or percent-encoded.
  for (const secret of secrets.flatMap((value) => [value, encodeURIComponent(value)])) {
    if (secret.length < 4) continue;
    const at = cut.indexOf(secret);
    if (at >= 0) cut = `${cut.slice(0, at).trimEnd()} […]`;
  }
  cut = withoutControlCharacters(cut)
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 […]')
    .replace(/[A-Za-z0-9._~+/=-]{40,}/g, '[…]')
    .trim();
  return cut.length > MAX_DETAIL_CHARS ? `${cut.slice(0, MAX_DETAIL_CHARS)}…` : cut;
}

function retryAfterSeconds(header: string | null, now: Date): number {
  if (header === null) return DEFAULT_RETRY_AFTER_SECONDS;
  if (/^\d{1,6}$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  return Number.isNaN(date) ? DEFAULT_RETRY_AFTER_SECONDS : Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}

/** Control characters (C0 and DEL) as one space each run: what Graph relays is shown on one line. */
function withoutControlCharacters(text: string): string {
  let out = '';
  let inRun = false;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const control = code < 0x20 || code === 0x7f;
    if (control && !inRun) out += ' ';
    if (!control) out += ch;
    inRun = control;
  }
  return out;
}

/** A request code of Graph's own (malformed request), not a verdict about the credentials. */
const isRequestShapeCode = (code: string) => code === 'BadRequest' || code.startsWith('Request_') || code === 'InvalidRequest';

export function graphFailureToError(failure: GraphFailure, operation: GraphOperation, secrets: readonly string[], now: Date = new Date()): AppError {
  const ids: ErrorParams = { clientRequestId: failure.clientRequestId, ...(failure.requestId ? { requestId: failure.requestId } : {}) };
  const base: ErrorParams = { ...ids, operation: operation.id, status: failure.status, graphCode: failure.graphCode };
  const { status, graphCode } = failure;
  if (status === 401)
    return new AppError('GRAPH_REQUEST_FAILED', 'Microsoft Graph did not accept the sign-in. Sign in to Microsoft again.', {
      ...base,
      variant: 'unauthorized',
    });
  if (status === 403) {
    // Authorization_RequestDenied is "Insufficient privileges to complete the operation." (https://learn.microsoft.com/en-us/graph/errors).
    return new AppError('GRAPH_PERMISSION_MISSING', `Microsoft Graph refused ${operation.id}: ${operation.permission} is missing.`, {
      ...base,
      permission: operation.permission,
    });
  }
  if (status === 404) {
    return new AppError('GRAPH_NOT_FOUND', `Microsoft Graph has no such object (${operation.id}).`, {
      ...base,
      ...(operation.notFound ? { variant: operation.notFound } : {}),
    });
  }
  if (status === 429) {
    const seconds = retryAfterSeconds(failure.retryAfter, now);
    return new AppError('GRAPH_THROTTLED', `Microsoft Graph is throttling; retry after ${seconds} s.`, { ...base, retryAfterSeconds: seconds });
  }
  if (operation.id === 'validateCredentials' && status >= 400 && status < 500 && !isRequestShapeCode(graphCode)) {
    const detail = scrubbedText(failure.graphMessage, secrets) || graphCode;
    return new AppError('GRAPH_CREDENTIALS_REJECTED', 'Entra ID could not connect to the SCIM service with these credentials.', { ...base, detail });
  }
  return new AppError('GRAPH_REQUEST_FAILED', `Microsoft Graph answered HTTP ${status} (${graphCode}) to ${operation.id}.`, base);
}

export function graphUnreachable(operation: GraphOperation, host: string, outcome: string, clientRequestId: string): AppError {
  return new AppError('GRAPH_UNREACHABLE', `Microsoft Graph (${host}) could not be reached: ${outcome}.`, {
    operation: operation.id,
    host,
    outcome,
    clientRequestId,
  });
}
