import type { ValidationNote } from './result';

/**
 * Admins copy ids and URLs out of e-mails, chat and documents, which wrap
 * them in spaces and (often typographic) quotes. This strips exactly that:
 * surrounding whitespace and ONE pair of matching quotes, so a stray
 * unmatched quote is still reported as a bad character by the caller.
 */
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ['\u201C', '\u201D'], // “ ”
  ['\u2018', '\u2019'], // ‘ ’
  ['`', '`'],
];

export interface CleanedText {
  text: string;
  notes: ValidationNote[];
}

/**
 * Line breaks around a pasted secret, dropped without a note (copying a whole line takes its
 * break along). A loop, not `/^[\r\n]+|[\r\n]+$/g`: that regex retries the run from every
 * position of a long run of line breaks inside the text, quadratic in its length.
 */
export function dropLineBreaksAround(input: string): string {
  const isBreak = (char: string | undefined) => char === '\r' || char === '\n';
  let start = 0;
  let end = input.length;
  while (start < end && isBreak(input[start])) start += 1;
  while (end > start && isBreak(input[end - 1])) end -= 1;
  return input.slice(start, end);
}

export function cleanPastedText(input: string): CleanedText {
  const notes: ValidationNote[] = [];
  let text = input.trim();
  if (text !== input) notes.push({ code: 'trimmed-whitespace', message: 'Removed spaces around the value.' });
  const pair = QUOTE_PAIRS.find(([open, close]) => text.length >= 2 && text.startsWith(open) && text.endsWith(close));
  if (pair) {
    text = text.slice(pair[0].length, text.length - pair[1].length);
    notes.push({ code: 'removed-quotes', message: `Removed the quotes (${pair[0]}${pair[1]}) around the value.` });
    const inner = text.trim();
    if (inner !== text && !notes.some((n) => n.code === 'trimmed-whitespace')) {
      notes.push({ code: 'trimmed-whitespace', message: 'Removed spaces around the value.' });
    }
    text = inner;
  }
  return { text, notes };
}
