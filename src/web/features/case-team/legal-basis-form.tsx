import { useState } from 'react';
import { type LegalBasisKind, type StatutoryProvision, statutoryProvisions } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import type { LegalBasis, TeamCandidates } from '../../../shared/schemas/case-team.ts';
import { api, isApiError } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { choiceId } from '../../components/choice-group.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { type FieldErrors, useFormSubmission } from '../../use-form-submission.ts';
import { useLoad } from '../../use-load.ts';
import { useIdempotencyKey } from '../../use-idempotency-key.ts';
import { isIsoDate, PanelHeading, todayIso } from './team-form-parts.tsx';
import { statuteHint, statuteLabel } from './team-labels.ts';
import type { TeamActionOutcome } from './team-panel.tsx';

const fields = ['organisationId', 'kind', 'consentGivenOn', 'consentScope', 'consentGivenTo', 'statute'] as const;
type Field = (typeof fields)[number];
const targetOf = (field: Field) => (field === 'kind' ? choiceId('basis-kind', 'consent') : `basis-${field}`);

export interface LegalBasisFormProps {
  caseId: string;
  /** The case's police region: its organisations are offered first. */
  regionCode: string;
  outcome: TeamActionOutcome;
}

/** Records the person's consent, or a statutory provision, for one organisation's part in the case. */
export function LegalBasisForm({ caseId, regionCode, outcome }: LegalBasisFormProps) {
  const t = useT();
  const base = `/api/cases/${encodeURIComponent(caseId)}`;
  const candidates = useLoad(`team-candidates:${caseId}`, (signal) => api.get<TeamCandidates>(`${base}/team/candidates`, { signal }));
  const [organisationId, setOrganisationId] = useState('');
  const [kind, setKind] = useState<LegalBasisKind | null>(null);
  const [text, setText] = useState({ consentGivenOn: '', consentScope: '', consentGivenTo: '' });
  const [statute, setStatute] = useState<StatutoryProvision | ''>('');
  const keyFor = useIdempotencyKey();
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected } = useFormSubmission(fields, targetOf);
  const organisations = candidates.status === 'ready' ? candidates.data.organisations : [];
  const inRegion = organisations.filter((o) => o.regionCode === regionCode);
  const elsewhere = organisations.filter((o) => o.regionCode !== regionCode);

  const check = (): FieldErrors<Field> => {
    const found: FieldErrors<Field> = {};
    if (!organisationId) found.organisationId = t('team.basisForm.errors.organisation');
    if (kind === null) found.kind = t('team.basisForm.errors.kind');
    if (kind === 'consent') {
      const date = text.consentGivenOn.trim();
      if (!isIsoDate(date)) found.consentGivenOn = t('team.basisForm.errors.consentGivenOn');
      else if (date > todayIso()) found.consentGivenOn = t('team.basisForm.errors.consentGivenOnFuture');
      const scope = text.consentScope.trim();
      if (!scope) found.consentScope = t('team.basisForm.errors.consentScope');
      else if (scope.length > limits.shortTextMax) found.consentScope = t('team.basisForm.errors.consentScopeTooLong', { max: limits.shortTextMax });
      const givenTo = text.consentGivenTo.trim();
      if (!givenTo) found.consentGivenTo = t('team.basisForm.errors.consentGivenTo');
      else if (givenTo.length > limits.shortTextMax) found.consentGivenTo = t('team.basisForm.errors.consentGivenToTooLong', { max: limits.shortTextMax });
    }
    if (kind === 'statute' && !statute) found.statute = t('team.basisForm.errors.statute');
    return found;
  };

  const serverErrors = (error: unknown): FieldErrors<Field> | null => {
    if (!isApiError(error, 400) || error.fieldErrors.length === 0) return null;
    const found: FieldErrors<Field> = {};
    for (const e of error.fieldErrors) {
      if (e.field === 'organisationId') found.organisationId = t('team.basisForm.errors.unknownOrganisation');
      if (e.field === 'kind') found.kind = t('team.basisForm.errors.kind');
      if (e.field === 'consentGivenOn') {
        found.consentGivenOn = e.message.includes('future') ? t('team.basisForm.errors.consentGivenOnFuture') : t('team.basisForm.errors.consentGivenOn');
      }
      if (e.field === 'consentScope') found.consentScope = t('team.basisForm.errors.consentScope');
      if (e.field === 'consentGivenTo') found.consentGivenTo = t('team.basisForm.errors.consentGivenTo');
      if (e.field === 'statute') found.statute = t('team.basisForm.errors.statute');
    }
    return Object.keys(found).length > 0 ? found : null;
  };

  const onSubmit = handleSubmit(() => {
    const found = check();
    if (Object.keys(found).length > 0) {
      fail(found, null);
      return;
    }
    const body =
      kind === 'consent'
        ? { organisationId, kind, consentGivenOn: text.consentGivenOn.trim(), consentScope: text.consentScope.trim(), consentGivenTo: text.consentGivenTo.trim() }
        : { organisationId, kind, statute };
    startSending();
    api.post<LegalBasis>(`${base}/legal-bases`, body, { idempotencyKey: keyFor(body) }).then(
      (recorded) => {
        outcome.done(t('team.basisForm.saved', { organisation: recorded.organisationName }));
      },
      (error: unknown) => {
        if (isApiError(error, 403) || isApiError(error, 404)) {
          outcome.outdated(error);
          return;
        }
        const found = serverErrors(error);
        if (found) fail(found, null);
        else failUnexpected(error);
      },
    );
  });

  const textField = (name: 'consentGivenOn' | 'consentGivenTo') => ({
    id: `basis-${name}`,
    value: text[name],
    error: errors[name],
    onChange: (value: string) => {
      setText((v) => ({ ...v, [name]: value }));
    },
  });

  return (
    <section className="panel team__panel" aria-labelledby="team-basis-heading">
      <PanelHeading id="team-basis-heading">{t('team.basisForm.heading')}</PanelHeading>
      {candidates.status === 'loading' && <Loading label={t('app.loading')} />}
      {candidates.status === 'error' && <Notice tone="error">{t('app.genericError')}</Notice>}
      {candidates.status === 'ready' && (
        <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
          <SelectField
            id="basis-organisationId"
            label={t('team.basisForm.organisation')}
            hint={t('team.basisForm.organisationHint')}
            error={errors.organisationId}
            value={organisationId}
            onChange={setOrganisationId}
          >
            <option value="">{t('team.basisForm.chooseOrganisation')}</option>
            {inRegion.length > 0 && (
              <optgroup label={t('team.basisForm.caseRegion')}>
                {inRegion.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </optgroup>
            )}
            {elsewhere.length > 0 && (
              <optgroup label={t('team.basisForm.otherRegions')}>
                {elsewhere.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </optgroup>
            )}
          </SelectField>
          <RadioGroup<LegalBasisKind>
            id="basis-kind"
            name="basis-kind"
            legend={t('team.basisForm.kind')}
            error={errors.kind}
            choices={[
              { value: 'consent', label: t('team.basisForm.kindConsent') },
              { value: 'statute', label: t('team.basisForm.kindStatute') },
            ]}
            value={kind}
            onChange={setKind}
          />
          {kind === 'consent' && (
            <>
              <TextField
                {...textField('consentGivenOn')}
                type="date"
                width="medium"
                max={todayIso()}
                label={t('team.basisForm.consentGivenOn')}
                hint={t('team.basisForm.consentGivenOnHint')}
              />
              <TextAreaField
                id="basis-consentScope"
                label={t('team.basisForm.consentScope')}
                hint={t('team.basisForm.consentScopeHint', { max: limits.shortTextMax })}
                error={errors.consentScope}
                value={text.consentScope}
                onChange={(value) => {
                  setText((v) => ({ ...v, consentScope: value }));
                }}
                rows={3}
              />
              <TextField {...textField('consentGivenTo')} label={t('team.basisForm.consentGivenTo')} hint={t('team.basisForm.consentGivenToHint')} autoComplete="off" />
            </>
          )}
          {kind === 'statute' && (
            <SelectField
              id="basis-statute"
              label={t('team.basisForm.statute')}
              error={errors.statute}
              value={statute}
              onChange={(value) => {
                setStatute(value as StatutoryProvision | '');
              }}
              after={statute ? statuteHint(t, statute) : null}
            >
              <option value="">{t('team.basisForm.chooseStatute')}</option>
              {statutoryProvisions.map((s) => (
                <option key={s} value={s}>
                  {statuteLabel(t, s)}
                </option>
              ))}
            </SelectField>
          )}
          <div className="button-group">
            <SubmitButton isSending={isSending}>{t('team.basisForm.submit')}</SubmitButton>
            <Button variant="secondary" onClick={outcome.cancel}>
              {t('team.cancel')}
            </Button>
          </div>
        </FormWithSummary>
      )}
    </section>
  );
}
