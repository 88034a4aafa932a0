import { firstScreenKo } from './first-screen-ko';
import type { TextsPart } from './locale-packs';

/** The first screen's Korean texts: loaded before it shows (locale-packs.ts). */
export const texts: TextsPart = { messages: firstScreenKo };
