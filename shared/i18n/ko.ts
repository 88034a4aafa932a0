import type { Messages } from './en';
import { firstScreenKo } from './first-screen-ko';
import { mergeTexts } from './merge-texts';
import { otherScreensKo } from './other-screens-ko';

/** Every Korean text, the same keys and {{placeholders}} as en.ts (other-screens-ko.ts says how they are worded). */
export const ko: Messages = mergeTexts(firstScreenKo, otherScreensKo);
