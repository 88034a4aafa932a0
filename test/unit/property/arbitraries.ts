import fc from 'fast-check';

/**
 * Shared generators for the property tests: hostile text of every kind a paste, a file or a
 * local client can deliver, and the disguises phishing URLs use on a genuine host.
 */

/** Runs per property: the whole folder stays well under 20 s on two cores. */
export const RUNS = { numRuns: 150 } as const;
export const FEW_RUNS = { numRuns: 60 } as const;

/**
 * Any Unicode scalar value (U+0000..U+10FFFF without the surrogates). Built here because
 * fast-check's `unit: 'binary'` spends over a second building its tables in every test file.
 */
export const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff - 0x800 }).map((n) => String.fromCodePoint(n < 0xd800 ? n : n + 0x800));

/** Lone UTF-16 surrogates: not valid text, but a string can hold them (a pasted half emoji). */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** C0/C1 controls, DEL, zero-width, bidi marks and overrides, BOM, and the Unicode spaces trim() removes. */
export const invisibleChar = fc.constantFrom(
  '\u0000',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2007',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u2028',
  '\u202a',
  '\u202e',
  '\u2060',
  '\u2066',
  '\u2069',
  '\u3000',
  '\ufeff',
);

/** Quotes a paste may bring, matched or not. */
const quote = fc.constantFrom('"', "'", '`', '\u201c', '\u201d', '\u2018', '\u2019');

/** Characters with a meaning in URLs, JSON and shells. */
const syntaxChar = fc.constantFrom('/', '\\', '@', ':', '?', '#', '%', '.', '=', '&', '+', '-', '_', '~', '[', ']', '{', '}', '"', ' ', ',');

/** One character of any kind: ASCII, any code point, a lone surrogate, an invisible one, a quote or URL syntax. */
export const anyChar = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: anyCodePoint },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: invisibleChar },
  { weight: 1, arbitrary: quote },
  { weight: 2, arbitrary: syntaxChar },
);

/** Text made of any characters, short to a few hundred. */
export const hostileText = fc.oneof(
  fc.string({ unit: anyChar, maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: anyCodePoint, maxLength: 300 }),
  fc.constantFrom('', ' ', '\u0000', '""', "''", '\u201c\u201d', '__proto__', 'constructor', 'null', '{}', '[]', 'undefined', 'NaN'),
);

/**
 * Huge values, far past every length limit (a whole file pasted into a field): a short piece
 * repeated, or one long run of a character between two others, the shape that makes a
 * backtracking regex retry the run from every position.
 */
export const hugeText = fc.oneof(
  fc
    .tuple(fc.string({ unit: anyChar, minLength: 1, maxLength: 8 }), fc.integer({ min: 5_000, max: 200_000 }))
    .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length))),
  fc
    .tuple(anyChar, fc.oneof(anyChar, fc.constantFrom('.', '\n', '/', '-', '=', '@', ':')), anyChar, fc.integer({ min: 50_000, max: 200_000 }))
    .map(([before, run, after, length]) => `${before}${run.repeat(length)}${after}`),
);

/** Wraps a value the way a paste does: spaces, line breaks and (one pair of) quotes around it. */
export function pasted(value: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const pairs: readonly (readonly [string, string])[] = [
    ['', ''],
    ['"', '"'],
    ["'", "'"],
    ['`', '`'],
    ['\u201c', '\u201d'],
    ['\u2018', '\u2019'],
  ];
  const space = fc.constantFrom('', ' ', '  ', '\t', '\n', '\r\n', '\u00a0');
  return fc.tuple(value, fc.constantFrom(...pairs), space, space, space, space).map(([v, [open, close], a, b, c, d]) => `${a}${open}${b}${v}${c}${close}${d}`);
}

/** A JSON-ish value of any shape, including the prototype keys a hostile file would use. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.anything({ maxDepth: 3, withNullPrototype: true, key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype')) }),
);

/** Look-alike replacements for ASCII letters and digits: Cyrillic, Greek, Latin extensions, fullwidth forms. */
const HOMOGLYPHS: Readonly<Record<string, readonly string[]>> = {
  a: ['\u0430', '\u03b1', '\u0251'],
  c: ['\u0441', '\u03f2', '\u217d'],
  e: ['\u0435', '\u03b5'],
  i: ['\u0456', '\u03b9', '\u0131', '\u2170'],
  k: ['\u03ba', '\u043a'],
  l: ['\u04cf', '\u0399', '\u217c'],
  m: ['\u217f'],
  n: ['\u0578', '\u03b7'],
  o: ['\u043e', '\u03bf', '\u0585', '\u00f6'],
  p: ['\u0440', '\u03c1'],
  r: ['\u0433'],
  s: ['\u0455'],
  t: ['\u03c4'],
  u: ['\u03c5', '\u057d'],
  v: ['\u03bd', '\u0475'],
  w: ['\u0461'],
  x: ['\u0445', '\u03c7'],
  y: ['\u0443'],
  '1': ['\u0661', '\u06f1'],
  '0': ['\u0660', '\u06f0'],
  '.': ['\u3002', '\uff0e', '\u2024'],
  '-': ['\u2010', '\u2011', '\u2212'],
};

/** The fullwidth form of a printable ASCII character (U+FF01..U+FF5E mirror U+0021..U+007E). */
export function fullwidth(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x21 && code <= 0x7e ? String.fromCodePoint(code + 0xfee0) : char;
}

export type Disguise = 'homoglyph' | 'fullwidth' | 'percent' | 'trailing-dot' | 'punycode';

/**
 * A host made to look like `genuine`: one character swapped for a look-alike or its fullwidth form,
 * one character percent-encoded, a trailing dot, or a label turned into punycode. `kind` says which.
 */
export function disguisedHost(genuine: string): fc.Arbitrary<{ host: string; kind: Disguise }> {
  const positions = [...genuine].map((c, i) => ({ c, i }));
  const swappable = positions.filter(({ c }) => HOMOGLYPHS[c] !== undefined);
  const printable = positions.filter(({ c }) => c !== '.');
  const replaceAt = (i: number, by: string) => [...genuine].map((c, j) => (j === i ? by : c)).join('');
  const labels = genuine.split('.');
  return fc.oneof(
    fc
      .constantFrom(...swappable)
      .chain(({ c, i }) => fc.constantFrom(...(HOMOGLYPHS[c] ?? [c])).map((by) => ({ host: replaceAt(i, by), kind: 'homoglyph' as const }))),
    fc.constantFrom(...printable).map(({ c, i }) => ({ host: replaceAt(i, fullwidth(c)), kind: 'fullwidth' as const })),
    fc.constantFrom(...printable).map(({ c, i }) => ({
      host: replaceAt(i, `%${(c.codePointAt(0) ?? 0).toString(16).padStart(2, '0')}`),
      kind: 'percent' as const,
    })),
    fc.constant({ host: `${genuine}.`, kind: 'trailing-dot' as const }),
    fc
      .integer({ min: 0, max: labels.length - 1 })
      .map((n) => ({ host: labels.map((l, j) => (j === n ? `xn--${l}-abc` : l)).join('.'), kind: 'punycode' as const })),
  );
}

/** `text` with the case of each ASCII letter chosen at random. */
export function randomCase(text: string): fc.Arbitrary<string> {
  return fc.mixedCase(fc.constant(text));
}

/** A lower-case UUID, as Control Hub shows an Org ID. */
export const orgIdArb = fc.uuid();

/** The base64 form Webex APIs return for an organization id. */
export function base64OrgId(uuid: string, cluster = 'us'): string {
  return btoa(`ciscospark://${cluster}/ORGANIZATION/${uuid}`).replace(/=+$/, '');
}

/** A CXone access key (32 bytes of RFC 4648 base32, 52 characters, then "===="). */
export const accessKeyArb = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), minLength: 52, maxLength: 52 }).map((k) => `${k}====`);

/** A bearer token: RFC 6750 b64token characters, 20 to 300 of them, optional "=" padding. */
export const bearerTokenArb = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/'), minLength: 20, maxLength: 300 }),
    fc.constantFrom('', '=', '=='),
  )
  .map(([body, padding]) => `${body}${padding}`);
