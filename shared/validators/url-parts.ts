/**
 * Splits a URL the way it was typed. `new URL()` would lower-case the host,
 * drop a default port (:443), resolve "..", decode percent-escapes in the
 * host, map full-width letters and IDN to ASCII and ignore tabs: each of those
 * can make a disguised URL look genuine, so the checks look at the raw text.
 * Splitting follows the URL standard's boundaries: the authority ends at the
 * first "/", "?", "#" or "\", and user info ends at its last "@".
 */
export interface RawUrl {
  scheme: string;
  /** Text before the last "@" of the authority, or null when there is none. */
  userinfo: string | null;
  /** As typed; "[...]" kept for IPv6. */
  host: string;
  /** Text after the host's ":", or null when there is no ":". */
  port: string | null;
  path: string;
  query: string | null;
  fragment: string | null;
}

export type RawUrlSplit = { ok: true; url: RawUrl } | { ok: false; problem: 'no-scheme' } | { ok: false; problem: 'no-slashes'; scheme: string };

export function splitRawUrl(text: string): RawUrlSplit {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text);
  if (!scheme) return { ok: false, problem: 'no-scheme' };
  const rest = text.slice(scheme[0].length);
  if (!rest.startsWith('//')) return { ok: false, problem: 'no-slashes', scheme: scheme[1] ?? '' };

  const afterSlashes = rest.slice(2);
  const authorityEnd = afterSlashes.search(/[/?#\\]/);
  const authority = authorityEnd < 0 ? afterSlashes : afterSlashes.slice(0, authorityEnd);
  const tail = authorityEnd < 0 ? '' : afterSlashes.slice(authorityEnd);

  const at = authority.lastIndexOf('@');
  const userinfo = at < 0 ? null : authority.slice(0, at);
  const hostPort = authority.slice(at + 1);
  const portStart = hostPort.startsWith('[') ? hostPort.indexOf(':', Math.max(hostPort.indexOf(']'), 0)) : hostPort.indexOf(':');
  const host = portStart < 0 ? hostPort : hostPort.slice(0, portStart);
  const port = portStart < 0 ? null : hostPort.slice(portStart + 1);

  const hash = tail.indexOf('#');
  const beforeHash = hash < 0 ? tail : tail.slice(0, hash);
  const question = beforeHash.indexOf('?');
  return {
    ok: true,
    url: {
      scheme: scheme[1] ?? '',
      userinfo,
      host,
      port,
      path: question < 0 ? beforeHash : beforeHash.slice(0, question),
      query: question < 0 ? null : beforeHash.slice(question + 1),
      fragment: hash < 0 ? null : tail.slice(hash + 1),
    },
  };
}
