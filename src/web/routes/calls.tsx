import { useState } from 'react';
import { api } from '../api.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { CallForm } from '../features/calls/call-form.tsx';
import { CallsToday } from '../features/calls/calls-today.tsx';
import { useT } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

/** The support line's call log: log a call while on the phone, and see today's calls below. */
export default function CallsRoute() {
  const t = useT();
  const [saved, setSaved] = useState(0);
  const today = useLoad(`calls-today:${saved}`, (signal) => api.GET('/api/calls', { signal }));
  return (
    <>
      <PageHeading>{t('calls.title')}</PageHeading>
      <p className="lead">{t('calls.lead')}</p>
      <CallForm onSaved={() => { setSaved((n) => n + 1); }} />
      <CallsToday state={today} />
    </>
  );
}
