import { useState } from 'react';
import { useLocation } from 'wouter';
import {
  childInvolvement,
  consultationUrgencies,
  exploitationForms,
  type ChildInvolvement,
  type ConsultationUrgency,
  type ExploitationForm,
} from '../../../shared/enums.ts';
import type { ConsultationCreateRequest } from '../../../shared/schemas/consultations.ts';
import { api, idempotent, isApiError } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { choiceId } from '../../components/choice-group.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { Notice } from '../../components/notice.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { type FieldErrors, useFormSubmission } from '../../use-form-submission.ts';
import { formLabel } from '../cases/case-labels.ts';
import { MunicipalitySelect } from '../cases/municipality-select.tsx';
import type { GeographyIndex } from '../reference/geography.ts';
import { childLabel, urgencyLabel } from './consultation-labels.ts';
import { useIdempotencyKey } from '../../use-idempotency-key.ts';

const descriptionMax = 5000;
const fields = [
  'municipalityCode',
  'description',
  'exploitationForms',
  'childInvolved',
  'urgency',
  'requesterName',
  'requesterOrganisation',
  'requesterPhone',
  'requesterEmail',
] as const;
type Field = (typeof fields)[number];
const ids: Record<Field, string> = {
  municipalityCode: 'consultation-municipality',
  description: 'consultation-description',
  exploitationForms: choiceId('consultation-forms', exploitationForms[0]),
  childInvolved: choiceId('consultation-child', childInvolvement[0]),
  urgency: choiceId('consultation-urgency', consultationUrgencies[0]),
  requesterName: 'consultation-requester-name',
  requesterOrganisation: 'consultation-requester-organisation',
  requesterPhone: 'consultation-requester-phone',
  requesterEmail: 'consultation-requester-email',
};
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A signed-in person asks for method support; checked by hand, the server's field errors shown too. */
export function ConsultationCreateForm({ geography }: { geography: GeographyIndex }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [description, setDescription] = useState('');
  const [forms, setForms] = useState<ExploitationForm[]>([]);
  const [child, setChild] = useState<ChildInvolvement>('unknown');
  const [urgency, setUrgency] = useState<ConsultationUrgency>('normal');
  const [requester, setRequester] = useState({ requesterName: '', requesterOrganisation: '', requesterPhone: '', requesterEmail: '' });
  const keyFor = useIdempotencyKey();
  const form = useFormSubmission(fields, (field) => ids[field]);

  const onSubmit = form.handleSubmit(() => {
    const found: FieldErrors<Field> = {};
    if (!municipalityCode) found.municipalityCode = t('consultations.create.errors.municipality');
    if (!description.trim()) found.description = t('consultations.create.errors.description');
    else if (description.trim().length > descriptionMax) found.description = t('consultations.create.errors.descriptionTooLong', { max: descriptionMax });
    const email = requester.requesterEmail.trim();
    if (email && !emailPattern.test(email)) found.requesterEmail = t('consultations.create.errors.email');
    if (Object.keys(found).length > 0) {
      form.fail(found, null);
      return;
    }
    const input: ConsultationCreateRequest = {
      municipalityCode,
      description: description.trim(),
      exploitationForms: forms,
      childInvolved: child,
      urgency,
      ...requester,
    };
    form.startSending();
    api.POST('/api/consultations', { params: { header: idempotent(keyFor(input)) }, body: input }).then(
      (created) => { navigate(`/consultations/${created.id}`); },
      (error: unknown) => {
        if (isApiError(error, 400) && error.fieldErrors.length > 0) {
          const fromServer: FieldErrors<Field> = {};
          for (const e of error.fieldErrors) {
            const field = fields.find((f) => e.field === f || e.field.startsWith(`${f}.`));
            if (field) fromServer[field] = field === 'municipalityCode' ? t('consultations.create.errors.municipality') : t('consultations.create.errors.field');
          }
          form.fail(fromServer, Object.keys(fromServer).length > 0 ? null : t('app.genericError'));
        } else form.failUnexpected(error);
      },
    );
  });

  const requesterField = (field: keyof typeof requester, type: 'text' | 'tel' | 'email', autoComplete: string) => (
    <TextField
      id={ids[field]}
      label={t(`consultations.create.${field}`)}
      error={form.errors[field]}
      value={requester[field]}
      onChange={(value) => { setRequester((r) => ({ ...r, [field]: value })); }}
      type={type}
      autoComplete={autoComplete}
      width="medium"
    />
  );

  return (
    <FormWithSummary onSubmit={onSubmit} summary={form.summary} focusKey={form.failedSubmits}>
      <Notice tone="warning">{t('consultations.create.danger')}</Notice>
      <MunicipalitySelect
        id={ids.municipalityCode}
        geography={geography}
        value={municipalityCode}
        error={form.errors.municipalityCode}
        onChange={setMunicipalityCode}
        label={t('consultations.create.municipality')}
        hint={t('consultations.create.municipalityHint')}
      />
      <TextAreaField
        id={ids.description}
        label={t('consultations.create.description')}
        hint={t('consultations.create.descriptionHint')}
        error={form.errors.description}
        value={description}
        onChange={setDescription}
        rows={8}
        characterCount={{
          max: descriptionMax,
          within: (count, max) => t('consultations.count.within', { count, max }),
          over: (over) => t('consultations.count.over', { over }),
        }}
      />
      <CheckboxGroup
        id="consultation-forms"
        name="exploitationForms"
        legend={t('consultations.create.forms')}
        error={form.errors.exploitationForms}
        values={forms}
        onChange={setForms}
        choices={exploitationForms.map((f) => ({ value: f, label: formLabel(t, f) }))}
      />
      <RadioGroup
        id="consultation-child"
        name="childInvolved"
        legend={t('consultations.create.child')}
        value={child}
        onChange={setChild}
        layout="inline"
        choices={childInvolvement.map((c) => ({ value: c, label: childLabel(t, c) }))}
      />
      <RadioGroup
        id="consultation-urgency"
        name="urgency"
        legend={t('consultations.create.urgency')}
        value={urgency}
        onChange={setUrgency}
        choices={consultationUrgencies.map((u) => ({ value: u, label: urgencyLabel(t, u) }))}
      />
      <fieldset className="fieldset">
        <legend className="legend">{t('consultations.create.requester')}</legend>
        {requesterField('requesterName', 'text', 'name')}
        {requesterField('requesterOrganisation', 'text', 'organization')}
        {requesterField('requesterPhone', 'tel', 'tel')}
        {requesterField('requesterEmail', 'email', 'email')}
      </fieldset>
      <div className="button-group">
        <SubmitButton isSending={form.isSending}>{t('consultations.create.submit')}</SubmitButton>
      </div>
    </FormWithSummary>
  );
}
