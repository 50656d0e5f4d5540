import '../../zod-config.ts';
import { useEffect, useRef, useState } from 'react';
import {
  closureOutcomes,
  exploitationForms,
  longTermPaths,
  riskLevels,
  type ExploitationForm,
} from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import { caseUpdateInput, type CaseDetail } from '../../../shared/schemas/cases.ts';
import { api, ifMatch, isApiError } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';
import type { GeographyIndex } from '../reference/geography.ts';
import { closureOutcomeLabel, formLabel, longTermPathLabel, riskLabel } from './case-labels.ts';
import { caseChanges, caseEditFieldOf, caseEditFields, caseEditValuesOf, type CaseEditValues } from './case-edit-values.ts';
import { caseEditId as id, caseEditMessage, caseEditTarget } from './case-edit-wording.ts';
import { CaseLeadSelect } from './case-lead-select.tsx';
import { IndicatorChecklist } from './indicator-checklist.tsx';
import { MunicipalitySelect } from './municipality-select.tsx';
import './cases.css';

export interface CaseEditFormProps {
  detail: CaseDetail;
  geography: GeographyIndex;
  /** The case as saved, or null when nothing changed. */
  onSaved: (saved: CaseDetail | null) => void;
  /** Someone else changed the case (412), or the caller's part in it changed (403, 404). */
  onOutdated: (error: unknown) => void;
  onCancel: () => void;
}

/** Changes the case's own fields; sends only what changed, with If-Match: the case's version. */
export default function CaseEditForm({ detail, geography, onSaved, onOutdated, onCancel }: CaseEditFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<CaseEditValues>(() => caseEditValuesOf(detail));
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, check, failFields } =
    useFormSubmission(caseEditFields, {
      targetOf: caseEditTarget,
      fieldOf: caseEditFieldOf,
      messageOf: (field) => caseEditMessage(t, field),
    });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const set = <K extends keyof CaseEditValues>(key: K, value: CaseEditValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
  };

  const onSubmit = handleSubmit(async () => {
    const changes = caseChanges(detail, values);
    if (Object.keys(changes).length === 0) {
      onSaved(null);
      return;
    }
    const body = await check(caseUpdateInput, changes);
    if (!body) return;
    startSending();
    api.PATCH('/api/cases/{caseId}', { params: { path: { caseId: detail.id }, header: ifMatch(detail.version) }, body }).then(
      (saved) => {
        onSaved(saved);
      },
      (error: unknown) => {
        if (failFields(error)) return;
        // Moving the case into a region the user does not coordinate: the form stays open.
        if (isApiError(error, 403) && changes.municipalityCode !== undefined) {
          fail({ municipalityCode: t('caseEdit.errors.region') }, null);
          return;
        }
        if (isApiError(error, 412) || isApiError(error, 403) || isApiError(error, 404)) onOutdated(error);
        else failUnexpected(error);
      },
    );
  });

  return (
    <section className="case-edit" aria-labelledby="case-edit-heading">
      <h3 id="case-edit-heading" ref={heading} tabIndex={-1} className="case-edit__heading">
        {t('caseEdit.heading')}
      </h3>
      <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
        <CaseLeadSelect
          id={id('leadUserId')}
          caseId={detail.id}
          value={values.leadUserId}
          currentLead={detail.leadUserId === null ? null : { userId: detail.leadUserId, name: detail.leadName ?? '' }}
          error={errors.leadUserId}
          onChange={(v) => { set('leadUserId', v); }}
        />
        <MunicipalitySelect
          id={id('municipalityCode')}
          geography={geography}
          value={values.municipalityCode}
          error={errors.municipalityCode}
          hint={t('caseEdit.municipalityHint')}
          onChange={(v) => { set('municipalityCode', v); }}
        />
        <CheckboxGroup<ExploitationForm>
          id={id('exploitationForms')}
          name="exploitationForms"
          legend={t('caseNew.forms')}
          hint={t('caseNew.formsHint')}
          error={errors.exploitationForms}
          choices={exploitationForms.map((form) => ({ value: form, label: formLabel(t, form) }))}
          values={values.exploitationForms}
          onChange={(forms) => { set('exploitationForms', forms); }}
        />
        <IndicatorChecklist
          id={id('indicators')}
          legend={t('caseNew.indicators')}
          error={errors.indicators}
          values={values.indicators}
          onChange={(chosen) => { set('indicators', chosen); }}
        />
        <RadioGroup<CaseEditValues['isPresumptiveVictim']>
          id={id('isPresumptiveVictim')}
          name="isPresumptiveVictim"
          legend={t('caseEdit.presumptiveVictim')}
          error={errors.isPresumptiveVictim}
          choices={[
            { value: 'yes', label: t('form.yes') },
            { value: 'no', label: t('form.no') },
            { value: 'unknown', label: t('caseEdit.notAssessed') },
          ]}
          value={values.isPresumptiveVictim}
          onChange={(v) => { set('isPresumptiveVictim', v); }}
        />
        <RadioGroup<CaseEditValues['riskLevel']>
          id={id('riskLevel')}
          name="riskLevel"
          legend={t('caseEdit.riskLevel')}
          hint={t('caseEdit.riskHint')}
          error={errors.riskLevel}
          choices={[...riskLevels.map((level) => ({ value: level, label: riskLabel(t, level) })), { value: 'none' as const, label: t('caseEdit.noRisk') }]}
          value={values.riskLevel}
          onChange={(v) => { set('riskLevel', v); }}
        />
        <TextField
          id={id('policeReportReference')}
          label={t('caseEdit.policeReportReference')}
          hint={t('caseEdit.policeReportHint')}
          error={errors.policeReportReference}
          value={values.policeReportReference}
          onChange={(v) => { set('policeReportReference', v); }}
          autoComplete="off"
          width="medium"
        />
        <TextAreaField
          id={id('noPoliceReportReason')}
          label={t('caseEdit.noPoliceReportReason')}
          error={errors.noPoliceReportReason}
          value={values.noPoliceReportReason}
          onChange={(v) => { set('noPoliceReportReason', v); }}
          rows={3}
        />
        <SelectField
          id={id('longTermPath')}
          label={t('caseEdit.longTermPath')}
          error={errors.longTermPath}
          value={values.longTermPath}
          onChange={(v) => { set('longTermPath', v as CaseEditValues['longTermPath']); }}
        >
          <option value="">{t('caseEdit.noPath')}</option>
          {longTermPaths.map((path) => (
            <option key={path} value={path}>
              {longTermPathLabel(t, path)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={id('closureOutcome')}
          label={t('caseEdit.closureOutcome')}
          error={errors.closureOutcome}
          value={values.closureOutcome}
          onChange={(v) => { set('closureOutcome', v as CaseEditValues['closureOutcome']); }}
        >
          <option value="">{t('caseEdit.noOutcome')}</option>
          {closureOutcomes.map((outcome) => (
            <option key={outcome} value={outcome}>
              {closureOutcomeLabel(t, outcome)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          id={id('closureReason')}
          label={t('caseEdit.closureReason')}
          hint={t('caseEdit.closureReasonHint', { min: limits.reasonMin })}
          error={errors.closureReason}
          value={values.closureReason}
          onChange={(v) => { set('closureReason', v); }}
          rows={3}
        />
        <div className="button-group">
          <SubmitButton isSending={isSending}>{t('caseEdit.submit')}</SubmitButton>
          <Button variant="secondary" onClick={onCancel}>
            {t('caseEdit.cancel')}
          </Button>
        </div>
      </FormWithSummary>
    </section>
  );
}
