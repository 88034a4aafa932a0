import type { JosaOption } from './josa-options';

type ParticleRule = (word: string, option: JosaOption) => string;

let rule: ParticleRule | null = null;

/**
 * Set by josa.ts, which the Korean texts import: es-hangul then travels with the
 * Korean language pack instead of the first screen's code (issue 10).
 */
export function registerParticleRule(next: ParticleRule): void {
  rule = next;
}

/** The word and its particle. Only Korean texts ask for one, and they bring the rule; without it, the word. */
export function withParticle(word: string, option: JosaOption): string {
  return rule ? rule(word, option) : word;
}
