import { failure, type CheckVerdict } from './check-verdict';

// Node's fetch throws TypeError('fetch failed') with the socket or TLS error as `cause`.

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME']);
const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'HOSTNAME_MISMATCH',
  'EPROTO',
]);
const TLS_PREFIXES = ['CERT_', 'ERR_TLS_', 'ERR_SSL_', 'SELF_SIGNED', 'UNABLE_TO_'];
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

/** A failure before any answer: dns, tls, timeout (code), connection-refused, or network (code / unknown). */
export function classifyNetworkError(error: unknown): CheckVerdict {
  const codes = errorCodes(error);
  const has = (test: (code: string) => boolean) => codes.find(test);

  const dns = has((c) => DNS_CODES.has(c));
  if (dns) return failure('dns', { params: { code: dns } });
  const tls = has((c) => TLS_CODES.has(c) || TLS_PREFIXES.some((p) => c.startsWith(p)));
  if (tls) return failure('tls', { params: { code: tls } });
  const timeout = has((c) => TIMEOUT_CODES.has(c));
  if (timeout) return failure('timeout', { reason: 'code', params: { code: timeout } });
  if (has((c) => c === 'ECONNREFUSED')) return failure('connection-refused', { params: { code: 'ECONNREFUSED' } });
  const other = codes[0];
  return other ? failure('network', { reason: 'code', params: { code: other } }) : failure('network', { reason: 'unknown' });
}

/** Error codes along the cause chain, including each error of an AggregateError (several addresses tried). */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (typeof value !== 'object' || value === null || seen.has(value) || depth > 5) return;
    seen.add(value);
    const record = value as Record<string, unknown>;
    // Error codes are short upper-case words; anything else is not a code to show.
    if (typeof record.code === 'string' && /^[A-Z0-9_]{2,64}$/.test(record.code)) codes.push(record.code);
    if (Array.isArray(record.errors)) for (const inner of record.errors) visit(inner, depth + 1);
    visit(record.cause, depth + 1);
  };
  visit(error, 0);
  return codes;
}
