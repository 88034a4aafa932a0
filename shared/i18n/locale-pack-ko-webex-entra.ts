// The particle rule these texts' {{x, josa(...)}} need (es-hangul), loaded with them.
import './josa';
import type { TextsPart } from './locale-packs';
import { webexEntraKo } from './webex-entra-ko';

/** The webex-entra integration's own texts in this language: loaded with the first wizard or report of a profile of it. */
export const texts: TextsPart = { messages: { integrations: { 'webex-entra': webexEntraKo } } };
