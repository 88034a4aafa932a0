import type { TextsPart } from './locale-packs';
import { webexEntraEn } from './webex-entra-en';

/** The webex-entra integration's own texts in this language: loaded with the first wizard or report of a profile of it. */
export const texts: TextsPart = { messages: { integrations: { 'webex-entra': webexEntraEn } } };
