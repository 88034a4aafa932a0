import { firstScreenEn } from './first-screen-en';
import { mergeTexts } from './merge-texts';
import { cxoneEn } from './cxone-en';
import { otherScreensEn } from './other-screens-en';
import type { TextsLike } from './texts-shape';
import { webexEntraEn } from './webex-entra-en';

/** Each integration's own texts, loaded in the page with the first wizard or report of a profile of it. */
export const integrationTextsEn = { cxone: cxoneEn, 'webex-entra': webexEntraEn };

/**
 * Every English text: the first screen's (loaded before it shows), the other screens' (loaded
 * with them) and each integration's. shared/i18n/ko.ts must have exactly the same keys (checked by its type and by a
 * unit test). Placeholders use i18next's {{name}} syntax.
 */
export const en = mergeTexts(mergeTexts(firstScreenEn, otherScreensEn), { integrations: integrationTextsEn });

/** The shape every language must have. */
export type Messages = TextsLike<typeof en>;
