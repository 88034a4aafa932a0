import { otherScreensEn } from './other-screens-en';
import type { TextsPart } from './locale-packs';
import { validationEn } from './validation-en';

/** The other screens' English texts and the validators' refusals: loaded with the first screen that needs them. */
export const texts: TextsPart = { messages: otherScreensEn, validation: validationEn };
