import { randomUUID } from 'node:crypto';

/**
 * Microsoft Graph's error body, as documented at https://learn.microsoft.com/en-us/graph/errors:
 * `{ "error": { "code", "message", "innerError": { "date", "request-id", "client-request-id" } } }`.
 * Handlers throw a GraphError; the server turns it into this body with the request's ids.
 */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra response headers, e.g. Retry-After on a 429. */
    readonly headers: Record<string, string> = {},
    /** Extra innerError members (the documented 429 example carries code, status and message there). */
    readonly innerExtras: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface RequestIds {
  requestId: string;
  clientRequestId: string;
}

/** Graph echoes the caller's client-request-id and makes a request-id of its own. */
export function requestIdsFor(clientRequestIdHeader: string | undefined): RequestIds {
  return { requestId: randomUUID(), clientRequestId: clientRequestIdHeader ?? randomUUID() };
}

export function graphErrorBody(error: GraphError, ids: RequestIds): string {
  const date = new Date().toISOString().replace(/\.\d{3}Z$/, '');
  return JSON.stringify({
    error: {
      code: error.code,
      message: error.message,
      innerError: { ...error.innerExtras, date, 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId },
    },
  });
}

// ---- The refusals used by more than one route (messages as Graph words them).

/** Directory objects (users, groups, service principals): https://learn.microsoft.com/en-us/graph/errors */
export const resourceNotFound = (id: string) =>
  new GraphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);

export const badRequest = (message: string) => new GraphError(400, 'Request_BadRequest', message);

export const unreadableJson = () =>
  new GraphError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');

export const unknownProperty = (property: string, type: string) => badRequest(`Property '${property}' does not exist on type 'microsoft.graph.${type}'.`);

/** Graph's answer to a method the target does not take (https://learn.microsoft.com/en-us/graph/json-batching, its 405 example). */
export const methodNotAllowed = () => new GraphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');

export const segmentNotFound = (segment: string) => new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
