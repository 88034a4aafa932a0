/**
 * Is a host made to look like one of the genuine Webex hosts? Phishing
 * tricks this catches: the genuine name inside another domain
 * (api.ciscospark.com.evil.com), the brand under a foreign domain
 * (api-ciscospark.com, api.ciscospark.co), small typos and look-alike
 * characters (apl.ciscospark.com, api.c1scospark.com), non-ASCII homographs
 * and punycode (xn--...), percent-encoding and a trailing dot that parsers
 * silently resolve. Hosts that are merely different (evil.example,
 * api.webex.com) are not look-alikes: the caller reports them as wrong hosts.
 *
 * The host is the raw text between "//" and the path, already lower-cased.
 * The answer is a reason code with its params (sentences: `reason_*` in
 * shared/i18n/validation-*.ts).
 */
import { hexOf } from './validation-message';

export type LookalikeReason = { reason: string } & Record<string, string | number>;

/** Edits (insert, delete, substitute, swap) within which a different host counts as a typo of a genuine one. */
const MAX_TYPO_DISTANCE = 2;

export function lookalikeReason(host: string, genuineHosts: readonly string[]): LookalikeReason | null {
  const nonAscii = Array.from(host).find((c) => (c.codePointAt(0) ?? 0) > 0x7e);
  if (nonAscii) return { reason: 'non-ascii', reasonChar: nonAscii, reasonHex: hexOf(nonAscii) };
  if (host.includes('%')) return { reason: 'percent' };
  if (host.split('.').some((label) => label.startsWith('xn--'))) return { reason: 'punycode' };
  if (host.endsWith('.')) return { reason: 'trailing-dot' };

  for (const genuine of genuineHosts) {
    if (host === genuine) continue;
    if (host.includes(genuine)) return { reason: 'contains', genuine };
    const distance = Math.min(editDistance(host, genuine), editDistance(skeleton(host), skeleton(genuine)));
    if (distance <= MAX_TYPO_DISTANCE) {
      return { reason: distance === 0 ? 'lookalike-characters' : distance === 1 ? 'typo-one' : 'typo', genuine, distance };
    }
  }

  const domains = [...new Set(genuineHosts.map(registrableDomain))];
  if (!domains.some((d) => host === d || host.endsWith(`.${d}`))) {
    const tokens = host.split(/[.\-_]/).map(skeleton);
    for (const domain of domains) {
      const brand = domain.split('.')[0] ?? '';
      if (brand !== '' && tokens.includes(skeleton(brand))) return { reason: 'brand', brand, domain };
    }
  }
  return null;
}

/** The last two labels: enough for the genuine .com hosts this is given. */
function registrableDomain(host: string): string {
  return host.split('.').slice(-2).join('.');
}

/** Folds characters that look alike in common fonts, so "apl.c1sc0spark.corn" meets "api.ciscospark.com". */
function skeleton(text: string): string {
  return text
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[1il|]/g, 'l')
    .replace(/0/g, 'o')
    .replace(/5/g, 's')
    .replace(/[-_]/g, '.');
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}
