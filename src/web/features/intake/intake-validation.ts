import '../../zod-config.ts';
import type { ChildInvolvement, ConsultationUrgency, ExploitationForm } from '../../../shared/enums.ts';
import { intakeInput, intakeLimits, personalNumberMessage, type IntakeInput } from '../../../shared/schemas/intake.ts';
import type { FieldError } from '../../api.ts';
import type { Translate } from '../../i18n/index.tsx';

/** The form's fields in the order they appear (the error summary follows it). */
export const intakeFields = [
  'requesterName',
  'requesterOrganisation',
  'requesterPhone',
  'requesterEmail',
  'municipalityCode',
  'description',
  'exploitationForms',
  'childInvolved',
  'urgency',
] as const;
export type IntakeField = (typeof intakeFields)[number];
export type IntakeFormErrors = Partial<Record<IntakeField, string>>;

export interface IntakeFormValues {
  requesterName: string;
  requesterOrganisation: string;
  requesterPhone: string;
  requesterEmail: string;
  municipalityCode: string;
  description: string;
  exploitationForms: ExploitationForm[];
  /** null until answered. */
  childInvolved: ChildInvolvement | null;
  urgency: ConsultationUrgency | null;
  /** The honeypot: people never see it, so it stays empty. */
  website: string;
}

export const emptyIntakeForm: IntakeFormValues = {
  requesterName: '',
  requesterOrganisation: '',
  requesterPhone: '',
  requesterEmail: '',
  municipalityCode: '',
  description: '',
  exploitationForms: [],
  childInvolved: null,
  urgency: null,
  website: '',
};

interface IssueShape {
  code: string;
  message: string;
  /** Set for a text over its limit. */
  tooBig: boolean;
}

function fieldOf(path: string): IntakeField | null {
  const [head] = path.split('.');
  return intakeFields.find((field) => field === head) ?? null;
}

function messageFor(field: IntakeField, issue: IssueShape, values: Pick<IntakeFormValues, 'requesterPhone' | 'requesterEmail'>, t: Translate): string {
  switch (field) {
    case 'requesterName':
      return issue.tooBig ? t('intake.errors.tooLong', { max: intakeLimits.nameMax }) : t('intake.errors.requesterName');
    case 'requesterOrganisation':
      return issue.tooBig
        ? t('intake.errors.tooLong', { max: intakeLimits.organisationMax })
        : t('intake.errors.requesterOrganisation');
    case 'requesterPhone':
      return values.requesterPhone.trim() === '' && values.requesterEmail.trim() === ''
        ? t('intake.errors.contact')
        : t('intake.errors.requesterPhone');
    case 'requesterEmail':
      return t('intake.errors.requesterEmail');
    case 'municipalityCode':
      return t('intake.errors.municipalityCode');
    case 'description':
      if (issue.message === personalNumberMessage) return t('intake.errors.personalNumber');
      return issue.tooBig
        ? t('intake.errors.descriptionLong', { max: intakeLimits.descriptionMax })
        : t('intake.errors.descriptionShort', { min: intakeLimits.descriptionMin });
    case 'exploitationForms':
      return t('intake.errors.exploitationForms');
    case 'childInvolved':
      return t('intake.errors.childInvolved');
    case 'urgency':
      return t('intake.errors.urgency');
  }
}

export type IntakeValidation = { ok: true; input: IntakeInput } | { ok: false; errors: IntakeFormErrors };

/** Checks the form with the schema the server uses, in the user's language. */
export function validateIntakeForm(values: IntakeFormValues, formToken: string, t: Translate): IntakeValidation {
  const result = intakeInput.safeParse({
    ...values,
    childInvolved: values.childInvolved ?? undefined,
    urgency: values.urgency ?? undefined,
    formToken,
  });
  if (result.success) return { ok: true, input: result.data };
  const errors: IntakeFormErrors = {};
  for (const issue of result.error.issues) {
    const field = fieldOf(issue.path.map(String).join('.'));
    if (!field || errors[field]) continue;
    errors[field] = messageFor(
      field,
      { code: issue.code, message: issue.message, tooBig: issue.code === 'too_big' },
      values,
      t,
    );
  }
  return { ok: false, errors };
}

/** The server's field errors as the form's messages (the server words them in English). */
export function serverIntakeErrors(
  fieldErrors: readonly FieldError[],
  values: Pick<IntakeFormValues, 'requesterPhone' | 'requesterEmail'>,
  t: Translate,
): IntakeFormErrors {
  const errors: IntakeFormErrors = {};
  for (const error of fieldErrors) {
    const field = fieldOf(error.field);
    if (!field || errors[field]) continue;
    errors[field] = messageFor(
      field,
      { code: error.code, message: error.message, tooBig: error.code === 'too_big' },
      values,
      t,
    );
  }
  return errors;
}
