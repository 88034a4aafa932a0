import { validationEn } from '../i18n/validation-en';
import { formatValidationMessage, type ValidationParams } from './validation-message';

/** The one result shape of every pure validator in shared/validators. */
export type ValidationResult =
  { ok: true; value: string; notes?: ValidationNote[] } | { ok: false; code: string; message: string; params?: Record<string, string | number> };

export type ValidationFailure = Extract<ValidationResult, { ok: false }>;

/** Harmless changes a validator made while normalising (trimmed spaces, lower-cased id...). */
export interface ValidationNote {
  code: string;
  message: string;
}

/**
 * A refusal: a stable code, the params its sentence needs (README, "Validator
 * codes"), and the English sentence from shared/i18n/validation-en.ts. The UI
 * renders the same code and params in the language on screen.
 */
export function fail(code: string, params?: ValidationParams): ValidationFailure {
  const message = formatValidationMessage(validationEn, code, params) ?? code;
  return params && Object.keys(params).length > 0 ? { ok: false, code, message, params: { ...params } } : { ok: false, code, message };
}
