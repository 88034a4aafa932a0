/** The one result shape of every pure validator in shared/validators. */
export type ValidationResult =
  | { ok: true; value: string; notes?: ValidationNote[] }
  | { ok: false; code: string; message: string; params?: Record<string, string | number> };

/** Harmless changes a validator made while normalising (trimmed spaces, lower-cased id...). */
export interface ValidationNote {
  code: string;
  message: string;
}

export function fail(code: string, message: string, params?: Record<string, string | number>): ValidationResult {
  return params ? { ok: false, code, message, params } : { ok: false, code, message };
}
