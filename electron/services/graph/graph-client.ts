import { randomUUID } from 'node:crypto';
import type { AppError } from '../../../shared/errors';
import { isRedirect, isRecord, parseJson, readLimited, withDeadline } from '../checks/http-exchange';
import type { CheckVerdict } from '../checks/check-verdict';
import { graphFailureToError, graphUnreachable, safeGraphCode } from './graph-errors';
import type { GraphOperation } from './graph-operations';

/**
 * One Microsoft Graph call at a time: JSON in and out, the bearer token from the Microsoft
 * sign-in, a `client-request-id` per call (Graph echoes it, support can quote it), a deadline
 * that covers the body, redirects refused (the Authorization header would go along), and every
 * failure turned into an app error code (graph-errors.ts). The token and the secrets a call
 * carries are never logged, returned or put in an error.
 */
export interface GraphClientOptions {
  /** `graph.graphBaseUrl` of the endpoints file, default https://graph.microsoft.com/v1.0 (no trailing slash). */
  baseUrl: string;
  accessToken: () => Promise<string>;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  log?: (line: string) => void;
  now?: () => Date;
}

export interface GraphRequest {
  operation: GraphOperation;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Under the base, starting with '/'; callers encode path segments. */
  path: string;
  query?: Readonly<Record<string, string>>;
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
  /** Secret values in the body: cut out of any text Graph sends back. */
  secrets?: readonly string[];
  timeoutMs?: number;
}

export interface GraphClient {
  /** The parsed JSON answer, or null for 204 No Content. */
  call(request: GraphRequest): Promise<Record<string, unknown> | null>;
}

export const GRAPH_TIMEOUT_MS = 30_000;
/** A schema or a page of log entries is tens of kilobytes; this bounds what a wrong server can send. */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

type Outcome = { ok: true; json: Record<string, unknown> | null } | { ok: false; error: AppError };

function isVerdict(value: Outcome | CheckVerdict): value is CheckVerdict {
  return 'outcome' in value;
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const fetchImpl = options.fetchImpl ?? fetch;
  const log = options.log ?? (() => {});
  const now = options.now ?? (() => new Date());

  return {
    async call(request) {
      const url = new URL(`${base}${request.path}`);
      for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value);
      const host = url.host;
      const clientRequestId = randomUUID();
      const token = await options.accessToken();
      const secrets = [token, ...(request.secrets ?? [])];
      const started = Date.now();
      const answer = await withDeadline({ timeoutMs: request.timeoutMs ?? options.timeoutMs ?? GRAPH_TIMEOUT_MS }, async (signal): Promise<Outcome> => {
        const response = await fetchImpl(url, {
          method: request.method,
          headers: {
            Authorization: `Bearer ${token}`,
            Accept: 'application/json',
            'client-request-id': clientRequestId,
            ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
            ...request.headers,
          },
          ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
          redirect: 'manual',
          signal,
        });
        return judge(response, request, clientRequestId, secrets, now());
      });
      const elapsed = Date.now() - started;
      if (isVerdict(answer)) {
        log(`graph ${request.operation.id}: no answer from ${host} (${answer.outcome}) after ${elapsed} ms, client-request-id ${clientRequestId}`);
        throw graphUnreachable(request.operation, host, answer.outcome, clientRequestId);
      }
      if (!answer.ok) {
        log(
          `graph ${request.operation.id}: ${answer.error.code} (${String(answer.error.params?.status ?? '')} ${String(answer.error.params?.graphCode ?? '')}) after ${elapsed} ms, client-request-id ${clientRequestId}`,
        );
        throw answer.error;
      }
      log(`graph ${request.operation.id}: ok after ${elapsed} ms, client-request-id ${clientRequestId}`);
      return answer.json;
    },
  };
}

async function judge(response: Response, request: GraphRequest, clientRequestId: string, secrets: readonly string[], now: Date): Promise<Outcome> {
  const status = response.status;
  const requestId = response.headers.get('request-id');
  const text = await readLimited(response, MAX_ANSWER_BYTES);
  const json = text === null ? undefined : parseJson(text);
  if (response.ok) {
    if (status === 204 || text === '') return { ok: true, json: null };
    if (!isRecord(json) || Array.isArray(json)) {
      return {
        ok: false,
        error: graphFailureToError(
          { status, graphCode: 'not-json', graphMessage: '', retryAfter: null, requestId, clientRequestId },
          request.operation,
          secrets,
        ),
      };
    }
    return { ok: true, json };
  }
  const error = isRecord(json) && isRecord(json.error) ? json.error : {};
  return {
    ok: false,
    error: graphFailureToError(
      {
        status,
        graphCode: isRedirect(status) ? 'redirect' : safeGraphCode(error.code),
        graphMessage: typeof error.message === 'string' ? error.message : '',
        retryAfter: response.headers.get('retry-after'),
        requestId,
        clientRequestId,
      },
      request.operation,
      secrets,
      now,
    ),
  };
}

/** A path segment as Graph expects it: percent-encoded, quotes doubled inside OData literals by the caller. */
export const segment = (value: string) => encodeURIComponent(value);

/** An OData string literal: single quotes doubled (https://learn.microsoft.com/en-us/graph/query-parameters#escaping-single-quotes). */
export const odataString = (value: string) => `'${value.replace(/'/g, "''")}'`;
