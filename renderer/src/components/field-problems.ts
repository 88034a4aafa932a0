import { createContext, useContext } from 'react';
import type { ValidationFailure } from '../../../shared/validators/result';

/**
 * What the admin typed but main did not save, per field of the step on screen:
 * the step's "before you continue" line says what is wrong with it instead of
 * asking to fill in a field that is visibly filled.
 */
export interface FieldProblems {
  problems: Readonly<Record<string, ValidationFailure>>;
  report(fieldId: string, failure: ValidationFailure | null): void;
}

export const FieldProblemsContext = createContext<FieldProblems>({ problems: {}, report: () => {} });

export function useFieldProblems(): FieldProblems {
  return useContext(FieldProblemsContext);
}
