import { Link } from 'wouter';
import { api } from '../api.ts';
import { Loading } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { audienceLabel, formatLabel, formatWhen, publicTrainingPath, regionLabel } from '../features/trainings/training-labels.ts';
import '../features/trainings/trainings.css';
import { useI18n } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

/** The public list of published trainings that have not ended, soonest first. */
export default function TrainingEventsRoute() {
  const { t, language } = useI18n();
  const state = useLoad('public-trainings', (signal) => api.GET('/api/public/trainings', { signal, redirectOnUnauthorized: false }));
  return (
    <>
      <PageHeading>{t('trainings.public.title')}</PageHeading>
      <p className="lead">{t('trainings.public.lead')}</p>
      {state.status === 'error' && <LoadError error={state.error} />}
      {state.status === 'loading' && <Loading label={t('app.loading')} />}
      {state.status === 'ready' && state.data.items.length === 0 && <p>{t('trainings.public.empty')}</p>}
      {state.status === 'ready' &&
        state.data.items.map((training) => (
          <article key={training.id} className="training-card" aria-labelledby={`training-${training.id}`}>
            <h2 id={`training-${training.id}`}>
              <Link href={publicTrainingPath(training.id)}>{training.title}</Link>
            </h2>
            <p>
              {formatWhen(language, training.startsAt, training.endsAt)} · {formatLabel(t, training.format)}
              {training.place ? `, ${training.place}` : ''} · {regionLabel(t, training.regionCode)}
            </p>
            <p>
              {t('trainings.public.for', { audiences: training.audiences.map((a) => audienceLabel(t, a)).join(', ') })}{' '}
              {!training.isOpen ? t('trainings.public.closed') : training.seatsLeft > 0 ? t('trainings.public.seatsLeft', { count: training.seatsLeft }) : t('trainings.public.full')}
            </p>
          </article>
        ))}
    </>
  );
}
