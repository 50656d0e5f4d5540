import { useState } from 'react';
import { type LegalBasisKind, type StatutoryProvision, statutoryProvisions } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import { api, idempotent, isApiError } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { choiceId } from '../../components/choice-group.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { teamSchemas } from '../../lazy-schemas.ts';
import { useFormSubmission } from '../../use-form-submission.ts';
import { useLoad } from '../../use-load.ts';
import { useIdempotencyKey } from '../../use-idempotency-key.ts';
import { PanelHeading, todayIso } from './team-form-parts.tsx';
import { statuteHint, statuteLabel } from './team-labels.ts';
import type { TeamActionOutcome } from './team-panel.tsx';

const fields = ['organisationId', 'kind', 'consentGivenOn', 'consentScope', 'consentGivenTo', 'statute'] as const;
type Field = (typeof fields)[number];
const legalBasisSchema = () => teamSchemas().then((schemas) => schemas.legalBasisInput);
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
  const candidates = useLoad(`team-candidates:${caseId}`, (signal) => api.GET('/api/cases/{caseId}/team/candidates', { params: { path: { caseId } }, signal }));
  const [organisationId, setOrganisationId] = useState('');
  const [kind, setKind] = useState<LegalBasisKind | null>(null);
  const [text, setText] = useState({ consentGivenOn: '', consentScope: '', consentGivenTo: '' });
  const [statute, setStatute] = useState<StatutoryProvision | ''>('');
  const keyFor = useIdempotencyKey();
  const tooLong = (field: 'consentScope' | 'consentGivenTo') =>
    t(`team.basisForm.errors.${field}TooLong`, { max: limits.shortTextMax });
  const messageOf = (field: Field, code: string): string => {
    switch (field) {
      case 'organisationId':
        // Empty or malformed is the form's to say; a well-formed id the server refuses is unknown to it.
        return code === 'invalid_format' || code === 'invalid_type' ? t('team.basisForm.errors.organisation') : t('team.basisForm.errors.unknownOrganisation');
      case 'consentGivenOn':
        return code === 'custom' && text.consentGivenOn.trim() > todayIso()
          ? t('team.basisForm.errors.consentGivenOnFuture')
          : t('team.basisForm.errors.consentGivenOn');
      case 'consentScope':
      case 'consentGivenTo':
        return code === 'too_big' ? tooLong(field) : t(`team.basisForm.errors.${field}`);
      case 'kind':
      case 'statute':
        return t(`team.basisForm.errors.${field}`);
    }
  };
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, failUnexpected, check, failFields } =
    useFormSubmission(fields, { targetOf, messageOf });
  const organisations = candidates.status === 'ready' ? candidates.data.organisations : [];
  const inRegion = organisations.filter((o) => o.regionCode === regionCode);
  const elsewhere = organisations.filter((o) => o.regionCode !== regionCode);

  const onSubmit = handleSubmit(async () => {
    const input =
      kind === 'consent'
        ? { organisationId, kind, consentGivenOn: text.consentGivenOn.trim(), consentScope: text.consentScope, consentGivenTo: text.consentGivenTo }
        : { organisationId, kind, statute };
    const body = await check(legalBasisSchema, input);
    if (!body) return;
    startSending();
    api.POST('/api/cases/{caseId}/legal-bases', { params: { path: { caseId }, header: idempotent(keyFor(body)) }, body }).then(
      (recorded) => {
        outcome.done(t('team.basisForm.saved', { organisation: recorded.organisationName }));
      },
      (error: unknown) => {
        if (isApiError(error, 403) || isApiError(error, 404)) {
          outcome.outdated(error);
          return;
        }
        if (!failFields(error)) failUnexpected(error);
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
