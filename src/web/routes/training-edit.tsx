import { Link, useParams } from 'wouter';
import { api, isApiError } from '../api.ts';
import { Loading } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { TrainingForm } from '../features/trainings/training-form.tsx';
import { trainingPath } from '../features/trainings/training-labels.ts';
import { useT } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

export default function TrainingEditRoute() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const state = useLoad(`training-edit:${id}`, (signal) => api.GET('/api/trainings/{trainingId}', { params: { path: { trainingId: id } }, signal }));
  if (state.status === 'error' && (isApiError(state.error, 404) || isApiError(state.error, 400))) {
    return <PageHeading>{t('trainings.notFound')}</PageHeading>;
  }
  return (
    <div className="narrow">
      <p className="back-link">
        <Link href={trainingPath(id)}>{state.status === 'ready' ? state.data.title : t('trainings.back')}</Link>
      </p>
      <PageHeading>{t('trainings.editTitle')}</PageHeading>
      {state.status === 'loading' && <Loading label={t('app.loading')} />}
      {state.status === 'error' && <LoadError error={state.error} />}
      {state.status === 'ready' && <TrainingForm existing={state.data} />}
    </div>
  );
}
