import { firstScreenEn } from './first-screen-en';
import type { TextsPart } from './locale-packs';

/** The first screen's English texts: loaded before it shows (locale-packs.ts). */
export const texts: TextsPart = { messages: firstScreenEn };
