import '../../zod-config.ts';
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
import { consultationCreateInput, consultationTextMax } from '../../../shared/schemas/consultations.ts';
import { api, idempotent } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { choiceId } from '../../components/choice-group.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { Notice } from '../../components/notice.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';
import { formLabel } from '../cases/case-labels.ts';
import { MunicipalitySelect } from '../cases/municipality-select.tsx';
import type { GeographyIndex } from '../reference/geography.ts';
import { childLabel, urgencyLabel } from './consultation-labels.ts';
import { useIdempotencyKey } from '../../use-idempotency-key.ts';

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

/** A signed-in person asks for method support; checked with the server's schema, its field errors shown too. */
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
  const messageOf = (field: Field, code: string): string => {
    switch (field) {
      case 'municipalityCode':
        return t('consultations.create.errors.municipality');
      case 'description':
        return code === 'too_big'
          ? t('consultations.create.errors.descriptionTooLong', { max: consultationTextMax })
          : t('consultations.create.errors.description');
      case 'requesterEmail':
        return t('consultations.create.errors.email');
      case 'exploitationForms':
      case 'childInvolved':
      case 'urgency':
      case 'requesterName':
      case 'requesterOrganisation':
      case 'requesterPhone':
        return t('consultations.create.errors.field');
    }
  };
  const form = useFormSubmission(fields, { targetOf: (field) => ids[field], messageOf });

  const onSubmit = form.handleSubmit(async () => {
    const input = {
      municipalityCode,
      description,
      exploitationForms: forms,
      childInvolved: child,
      urgency,
      ...requester,
    };
    const body = await form.check(consultationCreateInput, input);
    if (!body) return;
    form.startSending();
    api.POST('/api/consultations', { params: { header: idempotent(keyFor(body)) }, body }).then(
      (created) => { navigate(`/consultations/${created.id}`); },
      (error: unknown) => {
        if (!form.failFields(error)) form.failUnexpected(error);
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
          max: consultationTextMax,
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
