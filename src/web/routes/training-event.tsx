import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { api, isApiError } from '../api.ts';
import { Loading, Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { useSession } from '../features/session/session-context.tsx';
import { RegistrationForm } from '../features/trainings/registration-form.tsx';
import { SelfRegistration } from '../features/trainings/self-registration.tsx';
import { TrainingFacts } from '../features/trainings/training-facts.tsx';
import '../features/trainings/trainings.css';
import { useT } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

/** One published training and its registration form; after registering, where the reference and link come (by e-mail). */
export default function TrainingEventRoute() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const [isSent, setSent] = useState(false);
  const { state: session } = useSession();
  const me = session.status === 'ready' ? session.me : null;
  const state = useLoad(`public-training:${id}`, (signal) => api.GET('/api/public/trainings/{trainingId}', { params: { path: { trainingId: id } }, signal, redirectOnUnauthorized: false }));
  if (state.status === 'error' && (isApiError(state.error, 404) || isApiError(state.error, 400))) {
    return (
      <>
        <PageHeading>{t('trainings.public.notFound')}</PageHeading>
        <p>
          <Link href="/training-events">{t('trainings.public.back')}</Link>
        </p>
      </>
    );
  }
  if (isSent) {
    return (
      <div className="narrow">
        <PageHeading>{t('trainings.receipt.title')}</PageHeading>
        <Notice tone="success">{t('trainings.receipt.text')}</Notice>
        <p>{t('trainings.receipt.noMail')}</p>
        <p>
          <Link href="/training-events">{t('trainings.public.back')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <p className="back-link">
        <Link href="/training-events">{t('trainings.public.back')}</Link>
      </p>
      <PageHeading>{state.status === 'ready' ? state.data.title : t('trainings.public.title')}</PageHeading>
      {state.status === 'loading' && <Loading label={t('app.loading')} />}
      {state.status === 'error' && <LoadError error={state.error} />}
      {state.status === 'ready' && (
        <>
          <TrainingFacts training={state.data} />
          {state.data.description && <p>{state.data.description}</p>}
          {me && <SelfRegistration me={me} trainingId={state.data.id} isOpen={state.data.isOpen} />}
          <h2 className="section-heading">{me ? t('trainings.register.headingOther') : t('trainings.register.heading')}</h2>
          {!state.data.isOpen ? (
            <p>{t('trainings.public.closed')}</p>
          ) : (
            <>
              {state.data.seatsLeft === 0 && <Notice tone="info">{t('trainings.register.fullNotice')}</Notice>}
              <p>{t('trainings.register.intro')}</p>
              <RegistrationForm trainingId={state.data.id} onRegistered={() => { setSent(true); }} />
            </>
          )}
        </>
      )}
    </div>
  );
}
