import '../../zod-config.ts';
import type { ExploitationForm } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import { caseCreateInput, type CaseCreateInput } from '../../../shared/schemas/cases.ts';
import type { FieldError } from '../../api.ts';
import type { Translate } from '../../i18n/index.tsx';

export const caseFields = ['municipalityCode', 'exploitationForms', 'codeName', 'isChild'] as const;
export type CaseField = (typeof caseFields)[number];
export type CaseFormErrors = Partial<Record<CaseField, string>>;

export interface CaseFormValues {
  municipalityCode: string;
  exploitationForms: ExploitationForm[];
  codeName: string;
  /** null until the user has answered. */
  isChild: boolean | null;
}

export const emptyCaseForm: CaseFormValues = {
  municipalityCode: '',
  exploitationForms: [],
  codeName: '',
  isChild: null,
};

/** Which form field an error path (client "person.codeName" or server "exploitationForms.0") is about. */
function fieldOf(path: string): CaseField | null {
  if (path === 'municipalityCode') return 'municipalityCode';
  if (path === 'exploitationForms' || path.startsWith('exploitationForms.')) return 'exploitationForms';
  if (path === 'person.codeName') return 'codeName';
  if (path === 'person.isChild') return 'isChild';
  return null;
}

function messageFor(field: CaseField, t: Translate, isTooLong: boolean): string {
  switch (field) {
    case 'municipalityCode':
      return t('caseNew.errors.municipality');
    case 'exploitationForms':
      return t('caseNew.errors.forms');
    case 'codeName':
      return isTooLong
        ? t('caseNew.errors.codeNameTooLong', { max: limits.codeNameMax })
        : t('caseNew.errors.codeNameRequired');
    case 'isChild':
      return t('caseNew.errors.isChild');
  }
}

export type CaseValidation = { ok: true; input: CaseCreateInput } | { ok: false; errors: CaseFormErrors };

/** Checks the form with the same schema the server uses, with messages in the user's language. */
export function validateCaseForm(values: CaseFormValues, t: Translate): CaseValidation {
  const result = caseCreateInput.safeParse({
    municipalityCode: values.municipalityCode,
    exploitationForms: values.exploitationForms,
    person: { codeName: values.codeName, isChild: values.isChild ?? undefined },
  });
  if (result.success) return { ok: true, input: result.data };
  const errors: CaseFormErrors = {};
  for (const issue of result.error.issues) {
    const field = fieldOf(issue.path.map(String).join('.'));
    if (field && !errors[field]) errors[field] = messageFor(field, t, issue.code === 'too_big');
  }
  return { ok: false, errors };
}

/**
 * Maps the server's field errors onto the form. The server's wording is English and technical,
 * so each field gets our own message; a code name the server refuses for another reason than
 * its length gets a message that says so.
 */
export function serverCaseErrors(fieldErrors: readonly FieldError[], t: Translate): CaseFormErrors {
  const errors: CaseFormErrors = {};
  for (const { field: path } of fieldErrors) {
    const field = fieldOf(path);
    if (!field || errors[field]) continue;
    errors[field] = field === 'codeName' ? t('caseNew.errors.codeNameInvalid') : messageFor(field, t, false);
  }
  return errors;
}
