import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { api } from '../api.ts';
import { Button, ButtonLink } from '../components/button.tsx';
import { Loading } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import {
  caseExportFilterOf,
  caseListApiPath,
  caseListQuery,
  caseListHref,
  nextSort,
  noFilters,
  parseCaseListParams,
  withFilters,
  type SortKey,
} from '../features/cases/case-list-params.ts';
import { CaseListResults } from '../features/cases/case-list-results.tsx';
import { CaseSearchForm } from '../features/cases/case-search-form.tsx';
import { ExportButton } from '../features/exports/export-button.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { loadGeography } from '../features/reference/geography.ts';
import { useSession } from '../features/session/session-context.tsx';
import { useT } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

// Few people break the glass; its dialog loads when someone does.
const BreakGlassDialog = lazy(() => import('../features/cases/break-glass-dialog.tsx'));

export default function CaseListRoute() {
  return <CaseList />;
}

function CaseList() {
  const t = useT();
  const search = useSearch();
  const [, navigate] = useLocation();
  const params = parseCaseListParams(search);
  const apiPath = caseListApiPath(params);
  const state = useLoad(apiPath, async (signal) => {
    const [page, geography] = await Promise.all([api.GET('/api/cases', { params: { query: caseListQuery(params) }, signal }), loadGeography()]);
    // The page's flags, only for cases in the caller's scope (the same cases the page shows).
    const caseIds = page.items.map((c) => c.id).join(',');
    const flags = caseIds === '' ? [] : await api.GET('/api/case-flags', { params: { query: { caseIds } }, signal });
    return { page, geography, flags };
  });
  const data = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  const tableRef = useRef<HTMLDivElement>(null);
  const focusTableOnLoad = useRef(false);
  const [isBreakingGlass, setIsBreakingGlass] = useState(false);
  const { state: session } = useSession();
  const canExport = session.status === 'ready' && session.me?.can.exports.request === true && session.me.can.cases.list;

  // After moving to another page the old rows are gone; focus goes to the new ones.
  useEffect(() => {
    if (state.status === 'ready' && focusTableOnLoad.current) {
      focusTableOnLoad.current = false;
      tableRef.current?.focus();
    }
  }, [state.status]);

  const onSort = (column: SortKey) => { navigate(caseListHref(nextSort(params, column))); };
  const onPageChange = () => {
    focusTableOnLoad.current = true;
  };
  const closeBreakGlass = () => {
    setIsBreakingGlass(false);
    document.getElementById('break-glass-open')?.focus();
  };
  // The form starts again from the address whenever the address's filters change (back, clear).
  const filterKey = caseListHref({ ...params, page: 1 });

  return (
    <>
      <div className="page-header">
        <PageHeading>{t('caseList.title')}</PageHeading>
        <div className="button-group">
          {data?.page.can.create && <ButtonLink href="/cases/new">{t('caseList.new')}</ButtonLink>}
          {canExport && (
            <ExportButton
              id="case-export-open"
              list="cases"
              filter={caseExportFilterOf(params)}
              formats={['xlsx', 'csv']}
              texts={{
                title: t('caseExport.title'),
                intro: t(params.q ? 'caseExport.introWithoutSearch' : 'caseExport.intro'),
                csvHint: t('caseExport.format.csvHint'),
                done: (count) => t('caseExport.done', { count }),
              }}
            />
          )}
          {data?.page.can.breakGlass && (
            <Button
              id="break-glass-open"
              variant="secondary"
              aria-haspopup="dialog"
              onClick={() => { setIsBreakingGlass(true); }}
            >
              {t('breakGlass.open')}
            </Button>
          )}
        </div>
      </div>
      {isBreakingGlass && (
        <Suspense fallback={<Loading label={t('app.loading')} />}>
          <BreakGlassDialog onClose={closeBreakGlass} />
        </Suspense>
      )}
      {data && (
        <CaseSearchForm
          key={filterKey}
          filters={params}
          geography={data.geography}
          onSearch={(filters) => { navigate(caseListHref(withFilters(params, filters))); }}
          clearHref={caseListHref(withFilters(params, noFilters))}
        />
      )}
      {state.status === 'loading' && !data && <Loading label={t('app.loading')} />}
      {state.status === 'error' && <LoadError error={state.error} />}
      {data && state.status !== 'error' && (
        <CaseListResults
          page={data.page}
          geography={data.geography}
          flags={data.flags}
          params={params}
          isBusy={state.status === 'loading'}
          onSort={onSort}
          onPageChange={onPageChange}
          tableRef={tableRef}
        />
      )}
    </>
  );
}
