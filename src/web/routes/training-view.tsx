import { useState } from 'react';
import { Link, useParams } from 'wouter';
import type { TrainingItem } from '../../shared/schemas/trainings.ts';
import { api, isApiError } from '../api.ts';
import { Loading } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { EvaluationForm } from '../features/trainings/evaluation-form.tsx';
import { RegistrationsPanel } from '../features/trainings/registrations-panel.tsx';
import { TrainingFacts } from '../features/trainings/training-facts.tsx';
import { statusLabel } from '../features/trainings/training-labels.ts';
import { TrainingStatusActions } from '../features/trainings/training-status-actions.tsx';
import '../features/trainings/trainings.css';
import { useT } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

/** One event for its organisers: its facts and counts, its status, the registrants and the evaluation. */
export default function TrainingViewRoute() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const [round, setRound] = useState(0);
  const [latest, setLatest] = useState<TrainingItem | null>(null);
  const state = useLoad(`training:${id}:${round}`, (signal) => api.GET('/api/trainings/{trainingId}', { params: { path: { trainingId: id } }, signal }));
  const registrations = useLoad(`training-registrations:${id}:${round}`, (signal) =>
    api.GET('/api/trainings/{trainingId}/registrations', { params: { path: { trainingId: id } }, signal }),
  );
  const reload = () => { setLatest(null); setRound((n) => n + 1); };
  if (state.status === 'error' && (isApiError(state.error, 404) || isApiError(state.error, 400))) {
    return <PageHeading>{t('trainings.notFound')}</PageHeading>;
  }
  const loaded = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  const training = latest ?? loaded;
  return (
    <>
      <p className="back-link">
        <Link href="/trainings">{t('trainings.back')}</Link>
      </p>
      <PageHeading>{training?.title ?? t('trainings.title')}</PageHeading>
      {state.status === 'error' && <LoadError error={state.error} />}
      {!training && state.status !== 'error' && <Loading label={t('app.loading')} />}
      {training && (
        <>
          <p className="lead">
            {statusLabel(t, training.status)} ·{' '}
            {t('trainings.counts', { taken: training.counts.confirmed, capacity: training.capacity, waiting: training.counts.waiting, attended: training.counts.attended })}
          </p>
          <TrainingFacts training={training} />
          {training.description && <p>{training.description}</p>}
          <TrainingStatusActions training={training} onChanged={() => { reload(); }} />
          <RegistrationsPanel trainingId={training.id} state={registrations} isOpen={training.status !== 'cancelled'} onChanged={reload} />
          <EvaluationForm key={training.version} training={training} onSaved={(item) => { setLatest(item); }} />
        </>
      )}
    </>
  );
}
