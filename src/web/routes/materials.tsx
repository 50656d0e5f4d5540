import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import { api } from '../api.ts';
import { Button, ButtonLink } from '../components/button.tsx';
import { DataTable } from '../components/data-table.tsx';
import { Loading } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { Pagination } from '../components/pagination.tsx';
import { TextField } from '../components/text-field.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { useSession } from '../features/session/session-context.tsx';
import { useI18n } from '../i18n/index.tsx';
import '../features/materials/materials.css';
import { useLoad } from '../use-load.ts';

const pageSize = 20;

const pageHref = (q: string, page: number) => {
  const query = new URLSearchParams({ ...(q ? { q } : {}), ...(page > 1 ? { page: String(page) } : {}) }).toString();
  return query ? `/materials?${query}` : '/materials';
};

/** The published method materials, a page at a time, newest version of each, searched by title and summary. */
export default function MaterialsRoute() {
  const { t, formatDate } = useI18n();
  const { state: session } = useSession();
  const [search] = useSearchParams();
  const [, navigate] = useLocation();
  const q = search.get('q')?.trim() ?? '';
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const [text, setText] = useState(q);
  const state = useLoad(`materials:${q}:${page}`, (signal) => api.GET('/api/materials', { params: { query: { ...(q ? { q } : {}), page, pageSize } }, signal }));
  const data = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  const items = data?.items;
  const canPublish = session.status === 'ready' && session.me?.can.materials.publish === true;
  return (
    <>
      <PageHeading>{t('materials.title')}</PageHeading>
      <p className="lead">{t('materials.lead')}</p>
      {canPublish && <ButtonLink href="/materials/new">{t('materials.new')}</ButtonLink>}
      <form
        role="search"
        className="material-search"
        onSubmit={(event) => {
          event.preventDefault();
          navigate(text.trim() ? `/materials?q=${encodeURIComponent(text.trim())}` : '/materials');
        }}
      >
        <TextField id="material-search" type="search" label={t('materials.search.label')} value={text} onChange={setText} width="medium" />
        <Button type="submit" variant="secondary">
          {t('materials.search.submit')}
        </Button>
      </form>
      {state.status === 'error' ? (
        <LoadError error={state.error} />
      ) : !items ? (
        <Loading label={t('app.loading')} />
      ) : items.length === 0 ? (
        <p>{t('materials.empty')}</p>
      ) : (
        <DataTable
          id="materials-table"
          caption={q ? t('materials.search.results', { q }) : t('materials.caption')}
          columns={[t('materials.column.title'), t('materials.column.kind'), t('materials.column.version'), t('materials.column.published')]}
        >
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link href={`/materials/${item.id}`}>{item.title}</Link>
                {item.summary && <p className="material-summary">{item.summary}</p>}
              </td>
              <td>{t(`materials.kind.${item.kind}`)}</td>
              <td>{item.version}</td>
              <td>{formatDate(item.publishedAt)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {data && <Pagination page={data.page} pageCount={Math.ceil(data.total / data.pageSize)} hrefFor={(page) => pageHref(q, page)} />}
    </>
  );
}
