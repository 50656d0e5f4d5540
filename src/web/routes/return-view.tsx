import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { api, isApiError } from '../api.ts';
import { Loading, Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { ReturnActions } from '../features/returns/return-actions.tsx';
import { ReturnSummary } from '../features/returns/return-summary.tsx';
import '../features/returns/returns.css';
import { useI18n } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

/** One referral to the programme, as NMT or the receiving IOM organisation sees it, with its next steps. */
export default function ReturnViewRoute() {
  const { t } = useI18n();
  const { id = '' } = useParams<{ id: string }>();
  const [revision, setRevision] = useState(0);
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'error' } | null>(null);
  const state = useLoad(`return:${id}:${revision}`, (signal) => api.GET('/api/returns/{returnId}', { params: { path: { returnId: id } }, signal }));
  const application = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  const onChanged = (text: string, tone: 'success' | 'error') => {
    setMessage({ text, tone });
    setRevision((r) => r + 1);
  };
  return (
    <>
      <p>
        <Link href="/returns">{t('returns.page.back')}</Link>
      </p>
      <PageHeading>{t('returns.page.title')}</PageHeading>
      {message && (
        <Notice tone={message.tone} takeFocus>
          {message.text}
        </Notice>
      )}
      {!application && state.status === 'loading' && <Loading label={t('app.loading')} />}
      {state.status === 'error' && <Notice tone="error">{isApiError(state.error, 404) ? t('returns.failed') : t('returns.loadFailed')}</Notice>}
      {application && (
        <>
          <ReturnSummary application={application} idPrefix="return" />
          {application.caseId && (
            <p>
              <Link href={`/cases/${application.caseId}`}>{t('notifications.openCase', { reference: application.caseReference ?? '' })}</Link>
            </p>
          )}
          <ReturnActions key={`${application.id}:${application.version}`} application={application} onChanged={onChanged} />
        </>
      )}
    </>
  );
}
