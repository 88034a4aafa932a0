import type { FieldDefinition } from '../../../shared/integrations/types';
import type { ValidationResult } from '../../../shared/validators/result';
import { fail } from '../../../shared/validators/result';
import { VALIDATORS, type ValidatorContext } from '../../../shared/validators';

/** Main's own check of a field value before it is saved, whatever the renderer already checked. */
export function validateFieldValue(field: FieldDefinition, value: string, ctx: ValidatorContext): ValidationResult {
  switch (field.kind) {
    case 'text':
      if (value.trim() === '' && !field.required) return { ok: true, value: '' };
      return VALIDATORS[field.validator](value, ctx);
    case 'choice':
      return field.options.some((o) => o.value === value) ? { ok: true, value } : fail('not-an-option', { value: value.slice(0, 60) });
    case 'checkbox':
      return value === 'true' || value === 'false' ? { ok: true, value } : fail('not-a-boolean');
    case 'secret':
      // Secrets never travel as field values: they go through secrets.save, straight to the keychain.
      return fail('secret-not-a-field');
  }
}
