import { useState } from 'react';
import { caseFlagKinds } from '../../../shared/enums.ts';
import { caseFlagSchemas } from '../../lazy-schemas.ts';
import { api, ifMatch } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { Loading } from '../../components/notice.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import { useFormSubmission } from '../../use-form-submission.ts';
import type { CasePanelProps } from '../cases/case-panel.ts';
import { asFormattableDate } from '../deadlines/deadline-dates.ts';
import { PanelLoadError } from '../journal/panel-status.tsx';
import '../referrals/referrals.css';

const fields = ['kind', 'message', 'dueOn'] as const;
const idOf = (field: (typeof fields)[number]) => `flag-new-${field}`;

/** Flags on the case (risk to the person, risk to staff, urgent), shown until someone removes them. */
export function FlagsPanel({ detail }: CasePanelProps) {
  const { t, formatDate, formatDateTime } = useI18n();
  const caseId = detail.id;
  const [revision, setRevision] = useState(0);
  const reload = () => setRevision((r) => r + 1);
  const state = useLoad(`flags:${caseId}:${revision}`, (signal) => api.GET('/api/cases/{caseId}/flags', { params: { path: { caseId } }, signal }));
  const flags = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  const [values, setValues] = useState({ kind: 'urgent', message: '', dueOn: '' });
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, failFields, check } = useFormSubmission(fields, idOf);
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const onSubmit = handleSubmit(async () => {
    const body = await check(async () => (await caseFlagSchemas()).caseFlagInput, { kind: values.kind, message: values.message.trim() || null, dueOn: values.dueOn || null });
    if (!body) return;
    startSending();
    await api.POST('/api/cases/{caseId}/flags', { params: { path: { caseId } }, body }).then(
      () => {
        fail({}, null);
        setValues({ kind: 'urgent', message: '', dueOn: '' });
        reload();
      },
      (error: unknown) => {
        if (!failFields(error)) failUnexpected(error);
      },
    );
  });

  return (
    <section aria-labelledby="flags-heading">
      <h2 className="section-heading" id="flags-heading">
        {t('flags.title')}
      </h2>
      {state.status === 'error' && <PanelLoadError message={t('app.genericError')} onRetry={reload} />}
      {!flags && state.status === 'loading' && <Loading label={t('app.loading')} />}
      {flags && flags.length === 0 && <p className="empty-state">{t('flags.empty')}</p>}
      {flags && flags.length > 0 && (
        <ul className="case-flag-list">
          {flags.map((flag) => (
            <li key={flag.id} className="case-flag">
              <strong>{t(`flags.kind.${flag.kind}`)}</strong>
              {flag.dueOn && <> – {t('flags.dated', { date: formatDate(asFormattableDate(flag.dueOn)) })}</>}
              {flag.message && <p>{flag.message}</p>}
              <p>{t('flags.raisedBy', { name: flag.raisedByName, time: formatDateTime(flag.raisedAt) })}</p>
              {detail.can.manageTasks && (
                <Button
                  variant="secondary"
                  onClick={() =>
                    void api
                      .DELETE('/api/cases/{caseId}/flags/{flagId}', { params: { path: { caseId, flagId: flag.id }, header: ifMatch(flag.version) } })
                      .finally(reload)
                  }
                >
                  {t('flags.remove', { kind: t(`flags.kind.${flag.kind}`) })}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {detail.can.manageTasks && (
        <FormWithSummary summary={summary} focusKey={failedSubmits} onSubmit={onSubmit}>
          <SelectField id={idOf('kind')} label={t('flags.kind')} value={values.kind} onChange={set('kind')} error={errors.kind}>
            {caseFlagKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`flags.kind.${kind}`)}
              </option>
            ))}
          </SelectField>
          <TextField id={idOf('message')} label={t('flags.message')} value={values.message} onChange={set('message')} error={errors.message} />
          <TextField id={idOf('dueOn')} type="date" width="medium" label={t('flags.dueOn')} value={values.dueOn} onChange={set('dueOn')} error={errors.dueOn} />
          <SubmitButton isSending={isSending}>{t('flags.raise')}</SubmitButton>
        </FormWithSummary>
      )}
    </section>
  );
}
