import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` (recursively) whose bytes contain `secret`, as paths. */
export function filesContaining(dir: string, secret: string): string[] {
  const hits: string[] = [];
  const needle = Buffer.from(secret);
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (readFileSync(full).includes(needle)) hits.push(full);
    }
  };
  walk(dir);
  return hits;
}

/** Every file under `dir` (recursively, hidden and moved-aside files too), for a test to show what it scanned. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every file under `dir` with its bytes, named by path: the input of `findLeaks`. */
export function filesUnder(dir: string): Record<string, Buffer> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, readFileSync(file)]));
}

export type LeakForm = 'raw' | 'url-encoded' | 'json-escaped' | 'base64' | 'base64url';

/**
 * A secret in the forms a careless log, file or page would hold it (issue 10, 2.2). The base64
 * forms drop their padding, so a value cut out of a longer base64 text is still found.
 */
export function leakForms(secret: string): Array<{ form: LeakForm; value: string }> {
  const bytes = Buffer.from(secret);
  return [
    { form: 'raw', value: secret },
    { form: 'url-encoded', value: encodeURIComponent(secret) },
    { form: 'json-escaped', value: JSON.stringify(secret).slice(1, -1) },
    { form: 'base64', value: bytes.toString('base64').replace(/=+$/, '') },
    { form: 'base64url', value: bytes.toString('base64url') },
  ];
}

/** One place a secret was found: where, which secret (its name, never its value), and in which forms. */
export interface LeakHit {
  where: string;
  secret: string;
  /** Every form found; forms whose text coincides (raw and url-encoded for a base64url token) are all listed. */
  forms: LeakForm[];
}

/**
 * Where any of `secrets` (named) appears in the named texts, in any of its leak forms. One hit per
 * text and secret, so a planted value is reported exactly once whatever forms it coincides with.
 */
export function findLeaks(texts: Record<string, string | Buffer>, secrets: Record<string, string>): LeakHit[] {
  const needles = Object.entries(secrets).map(([name, secret]) => {
    if (secret.length < 8) throw new Error(`secret "${name}" is too short to scan for without false hits`);
    return { name, forms: leakForms(secret).map(({ form, value }) => ({ form, bytes: Buffer.from(value) })) };
  });
  const hits: LeakHit[] = [];
  for (const [where, text] of Object.entries(texts)) {
    const haystack = Buffer.isBuffer(text) ? text : Buffer.from(text);
    for (const { name, forms } of needles) {
      const found = forms.filter(({ bytes }) => haystack.includes(bytes)).map(({ form }) => form);
      if (found.length > 0) hits.push({ where, secret: name, forms: found });
    }
  }
  return hits;
}

/** A hit as one line for an assertion message; it never holds the secret. */
export const describeLeak = (hit: LeakHit): string => `${hit.where}: ${hit.secret} (${hit.forms.join(', ')})`;
