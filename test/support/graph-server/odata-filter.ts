/**
 * The small part of OData's $filter grammar Graph documents for the routes served here
 * (https://learn.microsoft.com/en-us/graph/filter-query-parameter): clauses joined by `and`, each one of
 *   path eq|ne|gt|lt|ge|le literal        e.g. displayName eq 'Cisco Webex', activityDateTime gt 2024-01-01T00:00:00Z
 *   contains|startswith(path, 'text')     e.g. contains(displayName, 'salesf'), startswith(displayName,'a')
 *   path/any(v:contains(v, 'text'))       e.g. categories/any(c:contains(c, 'myCategory'))
 *   path/any(v:v eq 'text')               e.g. tags/any(t:t eq 'HideApp')
 * Each route lists the clause forms it takes ("displayName eq", "categories any-contains"); any
 * other form, or text this parser cannot read, is refused by the route with Graph's error.
 */

export type Literal = string | number | boolean | null;
export type Clause =
  | { form: 'compare'; path: string; op: 'eq' | 'ne' | 'gt' | 'lt' | 'ge' | 'le'; value: Literal }
  | { form: 'function'; fn: 'contains' | 'startswith'; path: string; value: string }
  | { form: 'any'; path: string; inner: 'contains' | 'eq'; value: string };

export class FilterSyntaxError extends Error {}

/** The name a route uses to allow a clause: "displayName eq", "displayName startswith", "tags any-eq". */
export function clauseForm(clause: Clause): string {
  if (clause.form === 'compare') return `${clause.path} ${clause.op}`;
  if (clause.form === 'function') return `${clause.path} ${clause.fn}`;
  return `${clause.path} any-${clause.inner}`;
}

class Reader {
  private at = 0;
  constructor(private readonly text: string) {}
  get done(): boolean {
    this.skipSpaces();
    return this.at >= this.text.length;
  }
  skipSpaces(): void {
    while (this.text[this.at] === ' ') this.at += 1;
  }
  peekWord(): string {
    this.skipSpaces();
    return /^[A-Za-z_][\w/.]*/.exec(this.text.slice(this.at))?.[0] ?? '';
  }
  word(): string {
    const word = this.peekWord();
    if (word === '') throw new FilterSyntaxError(`A name was expected at position ${this.at}.`);
    this.at += word.length;
    return word;
  }
  expect(symbol: string): void {
    this.skipSpaces();
    if (!this.text.startsWith(symbol, this.at)) throw new FilterSyntaxError(`'${symbol}' was expected at position ${this.at}.`);
    this.at += symbol.length;
  }
  tryExpect(symbol: string): boolean {
    this.skipSpaces();
    if (!this.text.startsWith(symbol, this.at)) return false;
    this.at += symbol.length;
    return true;
  }
  string(): string {
    this.skipSpaces();
    if (this.text[this.at] !== "'") throw new FilterSyntaxError(`A quoted string was expected at position ${this.at}.`);
    let value = '';
    this.at += 1;
    for (;;) {
      const char = this.text[this.at];
      if (char === undefined) throw new FilterSyntaxError('A string is not closed.');
      this.at += 1;
      if (char === "'") {
        if (this.text[this.at] !== "'") return value;
        this.at += 1; // OData writes a quote inside a string as two quotes.
      }
      value += char;
    }
  }
  literal(): Literal {
    this.skipSpaces();
    if (this.text[this.at] === "'") return this.string();
    const raw = /^[^\s)]+/.exec(this.text.slice(this.at))?.[0] ?? '';
    this.at += raw.length;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    if (raw === 'null') return null;
    if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
    if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(raw)) return raw; // a DateTimeOffset literal, written unquoted
    throw new FilterSyntaxError(`'${raw}' is not a literal.`);
  }
}

function readClause(reader: Reader): Clause {
  const first = reader.word();
  if ((first === 'contains' || first === 'startswith') && reader.tryExpect('(')) {
    const path = reader.word();
    reader.expect(',');
    const value = reader.string();
    reader.expect(')');
    return { form: 'function', fn: first, path, value };
  }
  if (first.endsWith('/any') && reader.tryExpect('(')) {
    const path = first.slice(0, -'/any'.length);
    const variable = reader.word();
    reader.expect(':');
    const next = reader.word();
    if (next === 'contains' || next === 'startswith') {
      if (next === 'startswith') throw new FilterSyntaxError('Only contains() and eq are supported inside any().');
      reader.expect('(');
      if (reader.word() !== variable) throw new FilterSyntaxError(`contains() must test '${variable}'.`);
      reader.expect(',');
      const value = reader.string();
      reader.expect(')');
      reader.expect(')');
      return { form: 'any', path, inner: 'contains', value };
    }
    if (next !== variable || reader.word() !== 'eq') throw new FilterSyntaxError(`any() must test '${variable}'.`);
    const value = reader.string();
    reader.expect(')');
    return { form: 'any', path, inner: 'eq', value };
  }
  const op = reader.word();
  if (!['eq', 'ne', 'gt', 'lt', 'ge', 'le'].includes(op)) throw new FilterSyntaxError(`'${op}' is not a comparison operator.`);
  return { form: 'compare', path: first, op: op as 'eq', value: reader.literal() };
}

export function parseFilter(text: string): Clause[] {
  const reader = new Reader(text);
  const clauses = [readClause(reader)];
  while (!reader.done) {
    if (reader.word() !== 'and') throw new FilterSyntaxError('Clauses may only be joined with and.');
    clauses.push(readClause(reader));
  }
  return clauses;
}

function valueAt(item: unknown, path: string): unknown {
  let value: unknown = item;
  for (const part of path.split('/')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/** Directory filters compare strings ignoring case; the provisioning log's are case-sensitive (its reference page says so). */
export function matchesFilter(item: unknown, clauses: Clause[], options: { caseSensitive: boolean }): boolean {
  const fold = (value: unknown) => (typeof value === 'string' && !options.caseSensitive ? value.toLowerCase() : value);
  return clauses.every((clause) => {
    const actual = valueAt(item, clause.path);
    if (clause.form === 'function') {
      if (typeof actual !== 'string') return false;
      const a = fold(actual) as string;
      const b = fold(clause.value) as string;
      return clause.fn === 'contains' ? a.includes(b) : a.startsWith(b);
    }
    if (clause.form === 'any') {
      if (!Array.isArray(actual)) return false;
      return actual.some((entry) => {
        if (typeof entry !== 'string') return false;
        return clause.inner === 'eq' ? fold(entry) === fold(clause.value) : (fold(entry) as string).includes(fold(clause.value) as string);
      });
    }
    const a = fold(actual);
    const b = fold(clause.value);
    switch (clause.op) {
      case 'eq':
        return a === b;
      case 'ne':
        return a !== b;
      default: {
        if (typeof a !== 'string' && typeof a !== 'number') return false;
        if (typeof b !== 'string' && typeof b !== 'number') return false;
        const order = typeof a === 'string' && typeof b === 'string' && /^\d{4}-/.test(b) ? Date.parse(a) - Date.parse(b) : a < b ? -1 : a > b ? 1 : 0;
        return clause.op === 'gt' ? order > 0 : clause.op === 'lt' ? order < 0 : clause.op === 'ge' ? order >= 0 : order <= 0;
      }
    }
  });
}
