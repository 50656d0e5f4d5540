import { Link, useParams } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';
import type { CaseDetail } from '../../shared/schemas/cases.ts';
import { api, isApiError } from '../api.ts';
import { Loading, Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import type { CaseViewHistoryState } from '../features/cases/case-history-state.ts';
import { CaseSummaryList } from '../features/cases/case-summary-list.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { loadGeography } from '../features/reference/geography.ts';
import { useT } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

export default function CaseViewRoute() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const historyState = useHistoryState<CaseViewHistoryState | null>();
  const state = useLoad(`case:${id}`, async (signal) => {
    const [detail, geography] = await Promise.all([
      api.get<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`, { signal }),
      loadGeography(),
    ]);
    return { detail, geography };
  });

  // Outside the caller's scope looks exactly like not existing; a malformed id too.
  const isNotFound = state.status === 'error' && (isApiError(state.error, 404) || isApiError(state.error, 400));
  if (isNotFound) {
    return (
      <>
        <PageHeading>{t('caseView.notFoundTitle')}</PageHeading>
        <p>{t('caseView.notFound')}</p>
        <p>
          <Link href="/cases">{t('caseView.backToList')}</Link>
        </p>
      </>
    );
  }

  const detail = state.status === 'ready' ? state.data.detail : null;
  return (
    <>
      <p className="back-link">
        <Link href="/cases">{t('caseView.backToList')}</Link>
      </p>
      <PageHeading>
        {detail ? t('caseView.title', { reference: detail.reference }) : t('caseView.loadingTitle')}
      </PageHeading>
      {state.status === 'loading' && <Loading label={t('app.loading')} />}
      {state.status === 'error' && <LoadError error={state.error} />}
      {state.status === 'ready' && (
        <>
          {historyState?.created && <Notice tone="success">{t('caseView.created')}</Notice>}
          <h2 className="section-heading">{t('caseView.summary')}</h2>
          <CaseSummaryList detail={state.data.detail} geography={state.data.geography} />
        </>
      )}
    </>
  );
}
