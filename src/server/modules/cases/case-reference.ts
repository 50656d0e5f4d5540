import { stockholmYear } from '../../../shared/working-days.ts';

/** The calendar year in Sweden at the given moment; a case opened on New Year's Eve night counts in Swedish time. */
export const swedishYear = stockholmYear;

/** NMT-YYYY-NNNNNN, the number a case is known by in every conversation about it. */
export function formatCaseReference(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) {
    throw new RangeError(`Case sequence out of range: ${sequence}`);
  }
  return `NMT-${year}-${String(sequence).padStart(6, '0')}`;
}
