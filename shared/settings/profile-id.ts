import { profileIdSchema } from './schema';

/** Room for the slug in the 40-character id (`profileIdSchema`), leaving a dash and the suffix. */
const SLUG_MAX = 24;
const SUFFIX_LENGTH = 6;

/** Lower-case ASCII letters and digits of the name, dash-joined; empty for a name with none (e.g. all Hangul). */
export function profileSlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      // Accents split off by NFKD are dropped, so "Ünïcödé" reads "unicode".
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, SLUG_MAX)
      .replace(/-+$/, '')
  );
}

function randomSuffix(random: () => Uint8Array): string {
  return Array.from(random(), (byte) => (byte % 36).toString(36))
    .join('')
    .slice(0, SUFFIX_LENGTH);
}

/**
 * A new profile id: a readable slug of the name (so keychain accounts say whose they are) plus a random
 * suffix, so two profiles with similar names, or a name reused after a delete, never share keychain entries.
 * Web Crypto, so this stays free of Node imports.
 */
export function newProfileId(
  name: string,
  taken: ReadonlySet<string> = new Set(),
  random: () => Uint8Array = () => globalThis.crypto.getRandomValues(new Uint8Array(SUFFIX_LENGTH)),
): string {
  const slug = profileSlug(name) || 'profile';
  // 36^6 suffixes: a clash is a broken random source, not bad luck.
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const id = `${slug}-${randomSuffix(random)}`;
    if (!taken.has(id) && profileIdSchema.safeParse(id).success) return id;
  }
  throw new Error('Could not make a new profile id.');
}
