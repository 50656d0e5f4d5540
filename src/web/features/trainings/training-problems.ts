import { trainingProblemCodes, type TrainingProblemCode } from '../../../shared/enums.ts';
import { isApiError } from '../../api.ts';
import type { useT } from '../../i18n/index.tsx';

/** The refusal's stable code (problem `code`) in the reader's language, or `fallback` for anything else. */
export function trainingProblemMessage(t: ReturnType<typeof useT>, error: unknown, fallback: string): string {
  const code = isApiError(error) ? error.problem?.code : undefined;
  const known = trainingProblemCodes.find((c): c is TrainingProblemCode => c === code);
  return known ? t(`trainings.problem.${known}`) : fallback;
}
