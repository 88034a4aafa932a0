import { josa } from 'es-hangul';
import type { JosaOption } from './josa-options';
import { registerParticleRule } from './particle-rule';

/**
 * Korean particles (조사) chosen from the word before them: `{{file, josa(으로/로)}}`
 * in ko.ts and validation-ko.ts. es-hangul decides for Hangul (받침, ㄹ-받침 with
 * 으로/로, 와/과) and for all-capital abbreviations (URL → 엘 → 로). It reads any
 * other Latin word or a number as if it had no 받침 ("json를", "3000를"), so those
 * get a reading-based rule here.
 */
export { JOSA_OPTIONS, isJosaOption, type JosaOption } from './josa-options';

/** The word followed by the right form of the particle. */
export function withJosa(word: string, option: JosaOption): string {
  return `${word}${pickJosa(word, option)}`;
}

/** Only the particle: 이 or 가, 으로 or 로, ... */
export function pickJosa(word: string, option: JosaOption): string {
  const last = lastReadablePart(word);
  const letters = /[A-Za-z]+$/.exec(last)?.[0];
  if (letters && isSpelt(letters)) {
    // es-hangul reads an all-capital word by the name of its last letter (L → 엘).
    const letter = letters[letters.length - 1]!.toUpperCase();
    return josa(letter, option).slice(letter.length);
  }
  return josa.pick(readingOf(last, letters), option);
}

// Stand-ins with the same ending sound: no 받침, ㄹ-받침, another 받침.
const OPEN = '가';
const RIEUL = '갈';
const CLOSED = '감';

/** A Hangul syllable (or the word itself) that ends in the same sound as `last`. */
function readingOf(last: string, letters: string | undefined): string {
  if (/[\uAC00-\uD7A3]$/.test(last)) return last;
  if (letters) return loanwordEnding(letters);
  const digits = /\d[\d,]*$/.exec(last)?.[0];
  if (digits) return numberEnding(digits.replace(/,/g, ''));
  return OPEN;
}

/**
 * The part a reader pronounces last: closing quotes, brackets and punctuation are
 * silent, and a trailing gloss in parentheses is skipped, as Korean spelling does
 * ("Webex(상용)" reads "Webex").
 */
function lastReadablePart(word: string): string {
  let text = word.trim();
  for (;;) {
    const withoutGloss = text.replace(/\s*\([^()]*\)$/, '');
    // A gloss after nothing readable is what is read: "' '(공백)" reads 공백.
    if (withoutGloss !== text && /[\p{L}\p{N}]/u.test(withoutGloss)) {
      text = withoutGloss;
      continue;
    }
    const withoutMarks = text.replace(/[^\p{L}\p{N}]+$/u, '');
    if (withoutMarks === text) return text;
    text = withoutMarks;
  }
}

/**
 * How a number is read in Sino-Korean: the last spoken word is the last non-zero
 * digit (일 칠 팔 → ㄹ, 삼 육 → 받침, 이 사 오 구 → none) or, after trailing zeros,
 * its place: 십 백 천, then 만 억 조 for each group of four (3000 → 삼천 → 으로).
 */
function numberEnding(digits: string): string {
  if (/^0+$/.test(digits)) return '영';
  const zeros = /0*$/.exec(digits)?.[0].length ?? 0;
  const lastDigit = Number(digits[digits.length - 1 - zeros]);
  if (zeros === 0) return '영일이삼사오육칠팔구'[lastDigit] ?? OPEN;
  const place = zeros % 4;
  if (place > 0) return ['', '십', '백', '천'][place] ?? OPEN;
  return ['', '만', '억', '조', '경'][Math.min(zeros / 4, 4)] ?? OPEN;
}

/** Abbreviations are spelt out: all capitals ("URL", "ID"), a single letter, or no vowel ("c", "ctl"). */
function isSpelt(letters: string): boolean {
  return /^[A-Z]+$/.test(letters) || letters.length === 1 || !/[aeiouy]/i.test(letters);
}

/**
 * Other Latin words are read as Korean loanwords: a final m, n or ng closes the
 * syllable (com → 컴, json → 제이슨, keyring → 키링), a final l is ㄹ (mail → 메일),
 * a silent e is skipped (name → 네임, file → 파일), anything else ends open
 * (Webex → 웹엑스, Azure → 애저, Hub → 허브).
 */
function loanwordEnding(letters: string): string {
  const word = letters.toLowerCase().replace(/([^aeiouy])e$/, '$1');
  if (/(m|n|ng)$/.test(word)) return CLOSED;
  if (/l$/.test(word)) return RIEUL;
  return OPEN;
}

// Korean texts import this module, so whatever shows them (the ko language pack, Node) has the rule.
registerParticleRule(withJosa);
