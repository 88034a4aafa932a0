import type { TextsPart } from './locale-packs';
import { cxoneEn } from './cxone-en';

/** The cxone integration's own texts in this language: loaded with the first wizard or report of a profile of it. */
export const texts: TextsPart = { messages: { integrations: { cxone: cxoneEn } } };
