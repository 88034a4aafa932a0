import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Finds a secret in what a fault left behind: every file under a folder, or a
 * text (an error's message and params, a log). A value written "as a fallback"
 * could be in any encoding, so each secret is looked for raw, URL-encoded,
 * JSON-escaped, base64, base64url and as UTF-16 (what a Windows tool would write).
 */
export interface SecretHit {
  where: string;
  form: string;
}

function formsOf(secret: string): { form: string; bytes: Buffer }[] {
  const base64 = Buffer.from(secret, 'utf8').toString('base64');
  return [
    { form: 'raw', bytes: Buffer.from(secret, 'utf8') },
    { form: 'url-encoded', bytes: Buffer.from(encodeURIComponent(secret), 'utf8') },
    { form: 'json-escaped', bytes: Buffer.from(JSON.stringify(secret).slice(1, -1), 'utf8') },
    { form: 'base64', bytes: Buffer.from(base64.replace(/=+$/, ''), 'utf8') },
    { form: 'base64url', bytes: Buffer.from(Buffer.from(secret, 'utf8').toString('base64url'), 'utf8') },
    { form: 'utf-16le', bytes: Buffer.from(secret, 'utf16le') },
  ];
}

export function findSecretsInBytes(where: string, bytes: Buffer, secrets: readonly string[]): SecretHit[] {
  return secrets.flatMap((secret) =>
    formsOf(secret)
      .filter(({ bytes: needle }) => bytes.includes(needle))
      .map(({ form }) => ({ where, form })),
  );
}

export function findSecretsInText(where: string, text: string, secrets: readonly string[]): SecretHit[] {
  return findSecretsInBytes(where, Buffer.from(text, 'utf8'), secrets);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every file under `dir`, read whole (temp files and moved-aside copies included). */
export function findSecretsUnder(dir: string, secrets: readonly string[]): SecretHit[] {
  return filesUnder(dir).flatMap((file) => findSecretsInBytes(file, readFileSync(file), secrets));
}
