import { z } from 'zod';
import { MAX_SCHEMA_JSON_CHARS, type MappingFinding } from '../ipc/contract';
import { WEBEX_RECOMMENDED_MAPPINGS, type RecommendedMapping } from './webex-recommended-mappings';

/**
 * Reads an Entra provisioning schema (Microsoft Graph `synchronizationSchema`,
 * what "Review your schema" shows) and compares its user object mapping with
 * the Webex recommended mappings. Pure: text in, findings or a precise
 * refusal out. Only the part we read is validated; everything else passes
 * through, since Microsoft adds properties over time.
 */

export type EntraSchemaAnalysis =
  | { ok: true; objectMappingName: string; findings: MappingFinding[] }
  | { ok: false; code: EntraSchemaRefusal; message: string; params?: Record<string, string | number> };

export type EntraSchemaRefusal =
  'too-large' | 'not-json' | 'not-synchronization-schema' | 'no-user-mapping' | 'user-mapping-disabled' | 'bad-attribute-mapping';

// ---- The subset of the Graph format we read (attributeMappingSource nests through function parameters).

export interface AttributeMappingSource {
  expression?: string | null;
  name?: string | null;
  type?: string | null;
  parameters?: Array<{ key?: string | null; value?: AttributeMappingSource | null }> | null;
}

const sourceSchema: z.ZodType<AttributeMappingSource> = z.lazy(() =>
  z.looseObject({
    expression: z.string().nullish(),
    name: z.string().nullish(),
    type: z.string().nullish(),
    parameters: z.array(z.looseObject({ key: z.string().nullish(), value: sourceSchema.nullish() })).nullish(),
  }),
);

const attributeMappingSchema = z.looseObject({
  targetAttributeName: z.string(),
  // null when the mapping only sets a default value (mapping type "None" in the portal).
  source: sourceSchema.nullish(),
  defaultValue: z.string().nullish(),
});
type AttributeMapping = z.infer<typeof attributeMappingSchema>;

const objectMappingSchema = z.looseObject({
  name: z.string().nullish(),
  enabled: z.boolean().nullish(),
  sourceObjectName: z.string(),
  targetObjectName: z.string().nullish(),
  attributeMappings: z.array(attributeMappingSchema),
});
type ObjectMapping = z.infer<typeof objectMappingSchema>;

export const synchronizationSchemaSchema = z.looseObject({
  synchronizationRules: z.array(z.looseObject({ name: z.string().nullish(), objectMappings: z.array(objectMappingSchema) })),
});

// ---- Analysis.

export function analyzeEntraSchema(jsonText: string): EntraSchemaAnalysis {
  if (jsonText.length > MAX_SCHEMA_JSON_CHARS) {
    return refuse(
      'too-large',
      `The text has ${jsonText.length} characters; a provisioning schema is at most ${MAX_SCHEMA_JSON_CHARS}. Paste only the schema JSON.`,
      { length: jsonText.length, max: MAX_SCHEMA_JSON_CHARS },
    );
  }
  // Notepad and some browsers save a byte-order mark that JSON.parse refuses.
  const text = jsonText.replace(/^\uFEFF/, '');

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return notJson(text);
  }

  const shapeProblem = describeNonSchema(data);
  if (shapeProblem) return refuse('not-synchronization-schema', shapeProblem);

  let parsed: z.infer<typeof synchronizationSchemaSchema>;
  try {
    const result = synchronizationSchemaSchema.safeParse(data);
    if (!result.success) return refuseIssue(result.error.issues[0]);
    parsed = result.data;
  } catch {
    // Only a pathologically nested document gets here (stack exhausted while validating).
    return refuse('not-synchronization-schema', 'The schema is nested too deeply to be a provisioning schema.');
  }

  const userMappings = parsed.synchronizationRules.flatMap((rule) => rule.objectMappings).filter((m) => m.sourceObjectName.toLowerCase() === 'user');
  if (userMappings.length === 0) {
    const names = parsed.synchronizationRules.flatMap((rule) => rule.objectMappings).map((m) => m.sourceObjectName);
    const seen = names.length > 0 ? ` It maps only: ${[...new Set(names)].map((n) => shorten(n, 60)).join(', ')}.` : ' It has no object mappings at all.';
    return refuse('no-user-mapping', `The schema has no mapping for Entra users (sourceObjectName "User").${seen}`);
  }
  const chosen = userMappings.find((m) => m.enabled !== false);
  if (!chosen) {
    const name = displayName(userMappings[0]);
    return refuse(
      'user-mapping-disabled',
      `The user mapping "${name}" is disabled (Enabled: No), so Entra provisions no users. Enable it under Provisioning > Mappings.`,
      { objectMapping: name },
    );
  }

  return {
    ok: true,
    objectMappingName: displayName(chosen),
    findings: WEBEX_RECOMMENDED_MAPPINGS.map((recommended) => compare(recommended, chosen.attributeMappings)),
  };
}

function compare(recommended: RecommendedMapping, mappings: AttributeMapping[]): MappingFinding {
  const base = { target: recommended.target, recommendedSource: recommended.source, kind: recommended.kind };
  const wanted = normaliseTarget(recommended.target);
  const candidates = mappings.filter((m) => normaliseTarget(m.targetAttributeName) === wanted);
  if (candidates.length === 0) return { ...base, status: 'missing' };
  if (candidates.some((m) => sourceMatches(recommended, m.source))) return { ...base, status: 'ok' };
  const first = candidates[0] as AttributeMapping;
  return { ...base, status: 'different-source', actualSource: describeSource(first) };
}

function sourceMatches(recommended: RecommendedMapping, source: AttributeMappingSource | null | undefined): boolean {
  if (!source) return false;
  const actual = normaliseExpression(expressionOf(source));
  if (recommended.target === 'active') return isActiveFromSoftDelete(actual);
  // The table writes direct mappings as the attribute name; Entra's expression for them is [name].
  const expected = /^\w+$/.test(recommended.source) ? `[${recommended.source}]` : recommended.source;
  return actual === normaliseExpression(expected);
}

/** `active` is right when it is true exactly while the user is not soft-deleted, whatever the spelling. */
function isActiveFromSoftDelete(expression: string): boolean {
  if (expression === 'not([issoftdeleted])') return true;
  const call = /^switch\((.*)\)$/.exec(expression);
  if (!call) return false;
  const [subject, , ...pairs] = splitArguments(call[1] ?? '');
  if (subject !== '[issoftdeleted]' || pairs.length < 2) return false;
  const cases = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) cases.set(unquote(pairs[i] ?? ''), unquote(pairs[i + 1] ?? ''));
  return cases.get('false') === 'true' && (cases.get('true') ?? 'false') === 'false';
}

/** The expression Entra shows for a source; rebuilt from the structured form when `expression` is absent. */
function expressionOf(source: AttributeMappingSource): string {
  if (source.expression && source.expression.trim() !== '') return source.expression;
  const name = source.name ?? '';
  switch ((source.type ?? 'Attribute').toLowerCase()) {
    case 'constant':
      return JSON.stringify(name);
    case 'function':
      return `${name}(${(source.parameters ?? []).map((p) => (p.value ? expressionOf(p.value) : '')).join(', ')})`;
    default:
      return `[${name}]`;
  }
}

/** Case-insensitive, and blind to whitespace outside string constants. */
function normaliseExpression(expression: string): string {
  return expression.replace(/"(?:[^"\\]|\\.)*"|\s+/g, (part) => (part.startsWith('"') ? part : '')).toLowerCase();
}

/** Case-insensitive; spaces only matter inside a filter such as `[type eq "work"]`, and only as separators. */
function normaliseTarget(target: string): string {
  return target
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\s*([[\].])\s*/g, '$1')
    .toLowerCase();
}

/** Top-level arguments of a call, split on commas outside quotes and parentheses. */
function splitArguments(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      current += c;
      if (c === '\\') current += text[++i] ?? '';
      else if (c === '"') quoted = false;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      args.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  args.push(current);
  return args;
}

function unquote(text: string): string {
  return text.startsWith('"') && text.endsWith('"') && text.length >= 2 ? text.slice(1, -1) : text;
}

/** What the admin sees in Entra's mapping list for this source. */
function describeSource(mapping: AttributeMapping): string {
  const source = mapping.source;
  if (!source) return mapping.defaultValue ? `(none; default value "${shorten(mapping.defaultValue, 100)}")` : '(none)';
  const isAttribute = (source.type ?? 'Attribute').toLowerCase() === 'attribute';
  const text = isAttribute && source.name ? source.name : expressionOf(source).replace(/\s+/g, ' ').trim();
  return shorten(text, 300);
}

function displayName(mapping: ObjectMapping | undefined): string {
  return shorten(mapping?.name?.trim() || `${mapping?.sourceObjectName ?? 'User'} -> ${mapping?.targetObjectName ?? '?'}`, 200);
}

// ---- Refusals.

function refuse(code: EntraSchemaRefusal, message: string, params?: Record<string, string | number>): EntraSchemaAnalysis {
  return params ? { ok: false, code, message, params } : { ok: false, code, message };
}

/** Why parsed JSON is not a synchronizationSchema at all, with a hint when it is a neighbouring Graph object. */
function describeNonSchema(data: unknown): string | null {
  if (Array.isArray(data)) return 'The JSON is a list, not a provisioning schema object. Copy the whole schema, starting with {.';
  if (typeof data !== 'object' || data === null) return `The JSON is a single ${data === null ? 'null' : typeof data} value, not a provisioning schema object.`;
  const record = data as Record<string, unknown>;
  if (Array.isArray(record.synchronizationRules)) return null;
  if ('synchronizationRules' in record) return 'synchronizationRules is not a list.';
  const context = typeof record['@odata.context'] === 'string' ? record['@odata.context'] : '';
  if (/servicePrincipals/i.test(context) || ('appId' in record && 'servicePrincipalType' in record)) {
    return 'This is an Entra application (service principal) object, not its provisioning schema: it has no synchronizationRules. Use Provisioning > Mappings > Show advanced options > Review your schema.';
  }
  if ('objectMappings' in record || 'attributeMappings' in record) {
    return 'This is only part of a schema (an object mapping or rule): it has no synchronizationRules. Copy the whole schema.';
  }
  return 'This JSON has no synchronizationRules list, so it is not an Entra provisioning schema.';
}

function refuseIssue(issue: z.core.$ZodIssue | undefined): EntraSchemaAnalysis {
  if (!issue) return refuse('not-synchronization-schema', 'The schema does not have the expected shape.');
  const path = issue.path;
  const at = path.indexOf('attributeMappings');
  const problem = `${issue.path.length > 0 ? `${formatPath(path)}: ` : ''}${issue.message}`;
  if (at >= 0 && typeof path[at + 1] === 'number') {
    const element = formatPath(path.slice(0, at + 2));
    return refuse('bad-attribute-mapping', `The attribute mapping at ${element} is not valid (${problem}).`, { path: element });
  }
  return refuse('not-synchronization-schema', `The schema does not have the expected shape (${problem}).`, { path: formatPath(path) });
}

/** ['synchronizationRules', 0, 'objectMappings'] -> synchronizationRules[0].objectMappings */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

function notJson(text: string): EntraSchemaAnalysis {
  if (text.trim() === '') return refuse('not-json', 'The text is empty. Paste the schema JSON.', { position: 0, line: 1, column: 1 });
  const position = jsonErrorOffset(text);
  if (position === null) return refuse('not-json', 'The text is not valid JSON.');
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  const ending = position >= text.length ? ' The text ends too early: was it copied completely?' : '';
  return refuse('not-json', `The text is not valid JSON: the problem is at line ${line}, column ${column} (character ${position + 1}).${ending}`, {
    position,
    line,
    column,
  });
}

/**
 * Offset of the first JSON syntax error. JSON.parse's message names it only
 * sometimes, and differently across V8 versions (Node vs Electron), so the
 * position comes from this small scanner instead.
 */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const stop: () => never = () => {
    throw new JsonStop(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') stop();
      if (c === '"') return void i++;
      if (c !== '\\') {
        i++;
        continue;
      }
      const escape = text[i + 1];
      if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i += 2;
      else {
        i++; // point at the bad escape letter
        stop();
      }
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"') stop();
          string();
          space();
          if (text[i] !== ':') stop();
          i++;
        }
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else stop();
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 512));
    if (!literal) return stop();
    i += literal[0].length;
  };
  try {
    value();
    space();
    if (i < text.length) stop();
    return null;
  } catch (error) {
    if (error instanceof JsonStop) return error.offset;
    return null; // stack exhausted on absurd nesting: no position rather than a wrong one
  }
}

class JsonStop {
  constructor(readonly offset: number) {}
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
