import { useState } from 'react';
import { Link } from 'wouter';
import type { OwnRegistration } from '../../shared/schemas/trainings.ts';
import { api, isApiError } from '../api.ts';
import { trainingProblemMessage } from '../features/trainings/training-problems.ts';
import { Button } from '../components/button.tsx';
import { Loading, Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { formatLabel, formatWhen } from '../features/trainings/training-labels.ts';
import '../features/trainings/trainings.css';
import { useI18n } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

/** The token from the link's fragment: it never reaches a server log. */
const tokenOfLocation = () => new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';

/** A registrant's own registration, reached with the link they were given: its status, and cancelling it. */
export default function TrainingRegistrationRoute() {
  const { t, language } = useI18n();
  const [token] = useState(tokenOfLocation);
  const [updated, setUpdated] = useState<OwnRegistration | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const state = useLoad(`own-registration:${token}`, (signal) =>
    api.POST('/api/public/training-registration/read', { body: { token }, signal, redirectOnUnauthorized: false }),
  );
  if (state.status === 'error' && (isApiError(state.error, 404) || isApiError(state.error, 400))) {
    return (
      <>
        <PageHeading>{t('trainings.own.notFound')}</PageHeading>
        <p>{t('trainings.own.notFound.text')}</p>
      </>
    );
  }
  const registration = updated ?? (state.status === 'ready' ? state.data : null);
  const cancel = () => {
    setBusy(true);
    api.POST('/api/public/training-registration/cancel', { body: { token }, redirectOnUnauthorized: false }).then(
      (answer) => { setBusy(false); setUpdated(answer); setProblem(null); },
      (error: unknown) => { setBusy(false); setProblem(trainingProblemMessage(t, error, t('trainings.own.cancelFailed'))); },
    );
  };
  return (
    <div className="narrow">
      <PageHeading>{t('trainings.own.title')}</PageHeading>
      {state.status === 'loading' && <Loading label={t('app.loading')} />}
      {state.status === 'error' && <LoadError error={state.error} />}
      {registration && (
        <>
          <dl className="training-facts">
            <dt>{t('trainings.own.training')}</dt>
            <dd>{registration.training.title}</dd>
            <dt>{t('trainings.field.when')}</dt>
            <dd>{formatWhen(language, registration.training.startsAt, registration.training.endsAt)}</dd>
            <dt>{t('trainings.field.format')}</dt>
            <dd>
              {formatLabel(t, registration.training.format)}
              {registration.training.place ? `: ${registration.training.place}` : ''}
              {registration.training.onlineUrl ? `: ${registration.training.onlineUrl}` : ''}
            </dd>
            <dt>{t('trainings.own.reference')}</dt>
            <dd>{registration.reference}</dd>
          </dl>
          <div role="status">
            <Notice tone={registration.status === 'cancelled' ? 'warning' : 'info'}>
              {registration.training.status === 'cancelled'
                ? t('trainings.own.trainingCancelled')
                : registration.status === 'waiting'
                  ? t('trainings.own.waiting', { position: registration.waitingPosition ?? 0 })
                  : t(`trainings.own.${registration.status}`)}
            </Notice>
          </div>
          {problem && <Notice tone="error">{problem}</Notice>}
          {registration.status !== 'cancelled' && registration.training.status !== 'cancelled' && (
            <Button variant="secondary" disabled={busy} onClick={cancel}>
              {t('trainings.own.cancel')}
            </Button>
          )}
          <p>
            <Link href="/training-events">{t('trainings.public.back')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
