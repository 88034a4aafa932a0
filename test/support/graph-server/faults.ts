import { GraphError } from './graph-error';
import type { RouteId } from './route-types';

/**
 * Failures tests switch on per route:
 * - deny: 403 Authorization_RequestDenied, what Graph answers a caller lacking the permission or role
 *   ("Insufficient privileges to complete the operation.", https://learn.microsoft.com/en-us/graph/errors);
 * - throttle: 429 TooManyRequests with Retry-After, shaped like the example of
 *   https://learn.microsoft.com/en-us/graph/throttling ("Please retry again later." with innerError code/status "429").
 */
export interface ThrottleRule {
  retryAfterSeconds: number;
  /** How many calls are throttled before the route answers again; default 1. */
  times?: number;
}

export class Faults {
  private readonly denied = new Set<RouteId>();
  private readonly throttled = new Map<RouteId, { retryAfterSeconds: number; remaining: number }>();

  deny(route: RouteId): void {
    this.denied.add(route);
  }
  allow(route: RouteId): void {
    this.denied.delete(route);
  }
  throttle(route: RouteId, rule: ThrottleRule): void {
    this.throttled.set(route, { retryAfterSeconds: rule.retryAfterSeconds, remaining: rule.times ?? 1 });
  }

  /** The injected refusal for this call, if any (a throttle counts down per call). */
  refusalFor(route: RouteId): GraphError | undefined {
    const throttle = this.throttled.get(route);
    if (throttle && throttle.remaining > 0) {
      throttle.remaining -= 1;
      return tooManyRequests(throttle.retryAfterSeconds);
    }
    if (this.denied.has(route)) return new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
    return undefined;
  }
}

export function tooManyRequests(retryAfterSeconds: number): GraphError {
  return new GraphError(
    429,
    'TooManyRequests',
    'Please retry again later.',
    { 'retry-after': String(retryAfterSeconds) },
    { code: '429', message: 'Please retry after', status: '429' },
  );
}
