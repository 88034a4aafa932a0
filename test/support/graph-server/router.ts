import { methodNotAllowed, segmentNotFound, GraphError } from './graph-error';
import type { Route } from './route-types';

/**
 * Finds the route for a method and a path under /v1.0. Literal segments match case-insensitively, as Graph's do;
 * where two patterns fit (jobs/validateCredentials and jobs/{jobId}), the one with more literal segments wins.
 * A path some route has but not for this method is a 405; a path no route has is Graph's 400 for an unknown segment.
 */
export function findRoute(routes: Route[], method: string, segments: string[]): { route: Route; params: Record<string, string> } {
  const fitting: Array<{ route: Route; params: Record<string, string>; literals: number }> = [];
  for (const route of routes) {
    const pattern = route.pattern.split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    const fits = pattern.every((part, index) => {
      const segment = segments[index]!;
      const parameter = /^\{(\w+)\}$/.exec(part)?.[1];
      if (parameter) {
        params[parameter] = segment;
        return segment !== '';
      }
      literals += 1;
      return part.toLowerCase() === segment.toLowerCase();
    });
    if (fits) fitting.push({ route, params, literals });
  }
  if (fitting.length === 0) throw segmentNotFound(firstUnknownSegment(routes, segments));
  const forMethod = fitting.filter((candidate) => candidate.route.method === method).sort((a, b) => b.literals - a.literals);
  const best = forMethod[0];
  // A literal route for another method beats a parameter route for this one (POST .../jobs/start is not GET .../jobs/{jobId}).
  const bestLiterals = Math.max(...fitting.map((candidate) => candidate.literals));
  if (!best || best.literals < bestLiterals) throw methodNotAllowed();
  return { route: best.route, params: best.params };
}

/** The first segment no route pattern has at that depth, for Graph's "Resource not found for the segment" message. */
function firstUnknownSegment(routes: Route[], segments: string[]): string {
  for (let depth = 0; depth < segments.length; depth += 1) {
    const known = routes.some((route) => {
      const pattern = route.pattern.split('/').filter(Boolean);
      return (
        pattern.length > depth &&
        pattern.slice(0, depth + 1).every((part, index) => /^\{\w+\}$/.test(part) || part.toLowerCase() === segments[index]!.toLowerCase())
      );
    });
    if (!known) return segments[depth]!;
  }
  return segments[segments.length - 1] ?? '';
}

export function decodeSegments(pathUnderVersion: string): string[] {
  try {
    return pathUnderVersion
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    throw new GraphError(400, 'BadRequest', 'The request URL is not valid.');
  }
}
