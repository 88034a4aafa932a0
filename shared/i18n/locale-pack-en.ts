import { en } from './en';
import type { LocalePack } from './locale-packs';
import { validationEn } from './validation-en';

export const localePack: LocalePack = { messages: en, validation: validationEn };
