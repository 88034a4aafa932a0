import { otherScreensKo } from './other-screens-ko';
import type { TextsPart } from './locale-packs';
import { validationKo } from './validation-ko';

/** The other screens' Korean texts and the validators' refusals: loaded with the first screen that needs them. */
export const texts: TextsPart = { messages: otherScreensKo, validation: validationKo };
