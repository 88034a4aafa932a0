import { ko } from './ko';
import type { LocalePack } from './locale-packs';
import { validationKo } from './validation-ko';

export const localePack: LocalePack = { messages: ko, validation: validationKo };
