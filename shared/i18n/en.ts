import { firstScreenEn } from './first-screen-en';
import { mergeTexts } from './merge-texts';
import { otherScreensEn } from './other-screens-en';
import type { TextsLike } from './texts-shape';

/**
 * Every English text: the first screen's (loaded before it shows) and the other screens' (loaded
 * with them). shared/i18n/ko.ts must have exactly the same keys (checked by its type and by a
 * unit test). Placeholders use i18next's {{name}} syntax.
 */
export const en = mergeTexts(firstScreenEn, otherScreensEn);

/** The shape every language must have. */
export type Messages = TextsLike<typeof en>;
