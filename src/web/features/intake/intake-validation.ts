import '../../zod-config.ts';
import type { ChildInvolvement, ConsultationUrgency, ExploitationForm } from '../../../shared/enums.ts';
import { findPersonalNumbers } from '../../../shared/personal-number-in-text.ts';
import { intakeInput, intakeLimits, isPersonalNumberIssue, type IntakeInput } from '../../../shared/schemas/intake.ts';
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

/** The free-text fields: none may hold a personal identity number. */
const textFields = ['requesterName', 'requesterOrganisation', 'requesterPhone', 'requesterEmail', 'description'] as const;
type IntakeTextField = (typeof textFields)[number];
/** The values a message may quote or depend on. */
type QuotedValues = Pick<IntakeFormValues, IntakeTextField>;
const isTextField = (field: IntakeField): field is IntakeTextField => (textFields as readonly string[]).includes(field);

function fieldOf(path: string): IntakeField | null {
  const [head] = path.split('.');
  return intakeFields.find((field) => field === head) ?? null;
}

/**
 * Tells the person what to remove, quoting it as they wrote it. The quote comes from the form's
 * own value, so it reads the same whether the browser or the server found it.
 */
function personalNumberText(field: IntakeTextField, values: QuotedValues, t: Translate): string {
  const found = findPersonalNumbers(values[field]).map((f) => t('intake.errors.quoted', { text: f.written }));
  const advice = field === 'requesterPhone' ? t('intake.errors.personalNumberPhone') : t('intake.errors.personalNumberAdvice');
  if (found.length === 0) return `${t('intake.errors.personalNumber')} ${advice}`;
  const key = found.length === 1 ? 'intake.errors.personalNumberFound' : 'intake.errors.personalNumbersFound';
  return `${t(key, { found: found.join(', ') })} ${advice}`;
}

function messageFor(field: IntakeField, issue: IssueShape, values: QuotedValues, t: Translate): string {
  if (isTextField(field) && isPersonalNumberIssue(issue.message)) return personalNumberText(field, values, t);
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

/**
 * One message per field: the first issue, except that a personal identity number wins over any
 * other problem of the field, since it is what the person must act on before anything else.
 */
function collectErrors(issues: Iterable<{ path: string } & IssueShape>, values: QuotedValues, t: Translate): IntakeFormErrors {
  const chosen = new Map<IntakeField, IssueShape>();
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (!field) continue;
    const current = chosen.get(field);
    if (!current || (!isPersonalNumberIssue(current.message) && isPersonalNumberIssue(issue.message))) chosen.set(field, issue);
  }
  const errors: IntakeFormErrors = {};
  for (const [field, issue] of chosen) errors[field] = messageFor(field, issue, values, t);
  return errors;
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
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code,
    message: issue.message,
    tooBig: issue.code === 'too_big',
  }));
  return { ok: false, errors: collectErrors(issues, values, t) };
}

/** The server's field errors as the form's messages (the server words them in English). */
export function serverIntakeErrors(fieldErrors: readonly FieldError[], values: QuotedValues, t: Translate): IntakeFormErrors {
  const issues = fieldErrors.map((error) => ({
    path: error.field,
    code: error.code,
    message: error.message,
    tooBig: error.code === 'too_big',
  }));
  return collectErrors(issues, values, t);
}
