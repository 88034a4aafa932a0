import type { FieldDefinition } from '../../../shared/integrations/types';
import type { ValidationResult } from '../../../shared/validators/result';
import { fail } from '../../../shared/validators/result';
import { VALIDATORS } from '../../../shared/validators';

/** Main's own check of a field value before it is saved, whatever the renderer already checked. */
export function validateFieldValue(field: FieldDefinition, value: string, fields: Readonly<Record<string, string>>, scimBaseUrl: string): ValidationResult {
  switch (field.kind) {
    case 'text':
      if (value.trim() === '' && !field.required) return { ok: true, value: '' };
      return VALIDATORS[field.validator](value, { fields: { ...fields }, scimBaseUrl });
    case 'choice':
      return field.options.some((o) => o.value === value) ? { ok: true, value } : fail('not-an-option', { value: value.slice(0, 60) });
    case 'checkbox':
      return value === 'true' || value === 'false' ? { ok: true, value } : fail('not-a-boolean');
  }
}
