import type { IncomingMessage } from 'node:http';
import { GraphError } from './graph-error';
import { clauseForm, FilterSyntaxError, matchesFilter, parseFilter } from './odata-filter';

/**
 * The query options of a collection GET: $filter (only the forms the route allows), $search (directory
 * objects only, with the ConsistencyLevel header Graph requires for it), $orderby (where allowed), $select, $top and $count.
 * Any other $-option is refused rather than silently ignored, so a client relying on it notices.
 */
export interface CollectionSpec {
  /** The entity type in Graph's messages, e.g. 'User'. */
  entity: string;
  /** Allowed clause forms, see clauseForm(), e.g. ['displayName eq', 'startswith displayName']. */
  filterForms: string[];
  /** The code Graph answers an unsupported filter with: 'Request_UnsupportedQuery' on directory objects, 'BadRequest' elsewhere. */
  filterErrorCode: string;
  /** Properties $search may name; absent = $search refused. */
  searchable?: string[];
  /** Directory objects: $search and $count are advanced queries, which need `ConsistencyLevel: eventual`. */
  directoryObject?: boolean;
  caseSensitive?: boolean;
  /** Properties $orderby may name (with asc or desc); absent = $orderby refused. */
  orderable?: string[];
}

const SEARCH_NEEDS_HEADER =
  // Verbatim from https://learn.microsoft.com/en-us/graph/search-query-parameter (directory objects).
  "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'";

const eventual = (req: IncomingMessage) => String(req.headers['consistencylevel'] ?? '').toLowerCase() === 'eventual';

const ALLOWED_OPTIONS = new Set(['$filter', '$search', '$select', '$top', '$count', '$orderby']);

export function applyCollectionQuery<T extends object>(
  req: IncomingMessage,
  url: URL,
  spec: CollectionSpec,
  items: T[],
): { value: Record<string, unknown>[]; count?: number } {
  for (const name of url.searchParams.keys()) {
    if (name.startsWith('$') && !ALLOWED_OPTIONS.has(name)) throw new GraphError(400, 'BadRequest', `Query option '${name}' is not supported on this request.`);
    if (!name.startsWith('$')) throw new GraphError(400, 'BadRequest', `Query parameter '${name}' is not supported.`);
  }
  let selected = items;
  const filter = url.searchParams.get('$filter');
  if (filter !== null) {
    let clauses;
    try {
      clauses = parseFilter(filter);
    } catch (error) {
      if (!(error instanceof FilterSyntaxError)) throw error;
      throw new GraphError(400, 'BadRequest', `Invalid filter clause: ${error.message}`);
    }
    for (const clause of clauses) {
      if (!spec.filterForms.includes(clauseForm(clause)))
        throw new GraphError(
          400,
          spec.filterErrorCode,
          `Unsupported or invalid query filter clause specified for property '${clause.path}' of resource '${spec.entity}'.`,
        );
    }
    selected = selected.filter((item) => matchesFilter(item, clauses, { caseSensitive: spec.caseSensitive === true }));
  }
  const search = url.searchParams.get('$search');
  if (search !== null) {
    if (!spec.searchable) throw new GraphError(400, 'BadRequest', `$search is not supported on resource '${spec.entity}'.`);
    if (!eventual(req)) throw new GraphError(400, 'Request_UnsupportedQuery', SEARCH_NEEDS_HEADER);
    const match = searchMatcher(search, spec.searchable);
    selected = selected.filter((item) => match(item as Record<string, unknown>));
  }
  const orderBy = url.searchParams.get('$orderby');
  if (orderBy !== null) {
    const [property = '', direction = 'asc', ...rest] = orderBy.trim().split(/\s+/);
    if (!spec.orderable?.includes(property) || !['asc', 'desc'].includes(direction) || rest.length > 0)
      throw new GraphError(400, spec.filterErrorCode, `Unsupported $orderby clause '${orderBy}' for resource '${spec.entity}'.`);
    const sign = direction === 'desc' ? -1 : 1;
    selected = [...selected].sort(
      (a, b) => sign * String((a as Record<string, unknown>)[property]).localeCompare(String((b as Record<string, unknown>)[property])),
    );
  }
  const top = url.searchParams.get('$top');
  if (top !== null) {
    if (!/^\d+$/.test(top) || Number(top) < 1 || Number(top) > 999)
      throw new GraphError(400, 'Request_BadRequest', `Invalid page size specified: '${top}'. Must be between 1 and 999 inclusive.`);
    selected = selected.slice(0, Number(top));
  }
  const select = url.searchParams.get('$select');
  const fields = select === null ? undefined : select.split(',').map((field) => field.trim());
  const value = selected.map((item) => {
    const record = item as Record<string, unknown>;
    if (!fields) return { ...record };
    // Graph always returns the id, whatever $select says.
    return Object.fromEntries(['id', ...fields.filter((field) => field !== 'id')].filter((field) => field in record).map((field) => [field, record[field]]));
  });
  // "If the ConsistencyLevel header is not specified, the request ... silently ignores the $count query parameter
  // (?$count=true)" for directory objects (https://learn.microsoft.com/en-us/graph/aad-advanced-queries).
  const counted = url.searchParams.get('$count') === 'true' && (!spec.directoryObject || eventual(req));
  return counted ? { value, count: selected.length } : { value };
}

/**
 * $search on directory objects: `"property:term"` clauses in double quotes, joined with AND or OR.
 * Graph tokenizes the value and matches the start of any word (https://learn.microsoft.com/en-us/graph/search-query-parameter).
 */
function searchMatcher(search: string, searchable: string[]): (item: Record<string, unknown>) => boolean {
  const parts = search.trim().split(/\s+(AND|OR)\s+(?=")/);
  const terms: Array<{ property: string; term: string }> = [];
  const joins: string[] = [];
  parts.forEach((part, index) => {
    if (index % 2 === 1) {
      joins.push(part);
      return;
    }
    const clause = /^"([A-Za-z]+):([^"]*)"$/.exec(part);
    if (!clause)
      throw new GraphError(400, 'Request_BadRequest', `Syntax error: '${part}' is not a valid $search clause; write "property:term" in double quotes.`);
    const [, property = '', term = ''] = clause;
    if (!searchable.includes(property)) throw new GraphError(400, 'Request_UnsupportedQuery', `Property '${property}' does not support $search.`);
    terms.push({ property, term: term.toLowerCase() });
  });
  const hit = (item: Record<string, unknown>, { property, term }: { property: string; term: string }) => {
    const value = item[property];
    if (typeof value !== 'string') return false;
    const lower = value.toLowerCase();
    return lower.startsWith(term) || lower.split(/[\s@._-]+/).some((word) => word.startsWith(term));
  };
  return (item) => {
    let result = hit(item, terms[0]!);
    terms.slice(1).forEach((term, index) => {
      result = joins[index] === 'AND' ? result && hit(item, term) : result || hit(item, term);
    });
    return result;
  };
}
