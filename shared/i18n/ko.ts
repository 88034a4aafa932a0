import { cxoneKo } from './cxone-ko';
import type { integrationTextsEn, Messages } from './en';
import { firstScreenKo } from './first-screen-ko';
import { mergeTexts } from './merge-texts';
import { otherScreensKo } from './other-screens-ko';
import type { TextsLike } from './texts-shape';
import { webexEntraKo } from './webex-entra-ko';

export const integrationTextsKo: TextsLike<typeof integrationTextsEn> = { cxone: cxoneKo, 'webex-entra': webexEntraKo };

/** Every Korean text, the same keys and {{placeholders}} as en.ts (other-screens-ko.ts says how they are worded). */
export const ko: Messages = mergeTexts(mergeTexts(firstScreenKo, otherScreensKo), { integrations: integrationTextsKo });
