import { Link } from 'wouter';
import { api } from '../api.ts';
import { DataTable } from '../components/data-table.tsx';
import { Loading, Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { asFormattableDate } from '../features/deadlines/deadline-dates.ts';
import { ExportButton } from '../features/exports/export-button.tsx';
import { codeLabeller } from '../features/persons/person-labels.ts';
import '../features/returns/returns.css';
import { useSession } from '../features/session/session-context.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

/**
 * Everyone in the return programme the caller may see: NMT the whole country, an IOM officer
 * their organisation's referrals. Overdue follow-ups first, then by the next date (the server's order).
 */
export default function ReturnsRoute() {
  const { t, formatDate, language } = useI18n();
  const state = useLoad('returns-list', (signal) => api.GET('/api/returns', { signal }));
  const countries = codeLabeller('region', language, t);
  const { state: session } = useSession();
  const canExport = session.status === 'ready' && session.me?.can.exports.request === true && session.me.can.returns.list;
  return (
    <>
      <div className="page-header">
        <PageHeading>{t('returns.list.title')}</PageHeading>
        {canExport && (
          <div className="button-group">
            {/* The list has no filters: the export holds the whole list. */}
            <ExportButton
              id="returns-export-open"
              list="returns"
              filter={{}}
              formats={['xlsx', 'csv']}
              texts={{
                title: t('returns.export.title'),
                intro: t('returns.export.intro'),
                csvHint: t('returns.export.csvHint'),
                done: (count) => t('returns.export.done', { count }),
              }}
            />
          </div>
        )}
      </div>
      <p className="lead">{t('returns.list.intro')}</p>
      {state.status === 'loading' && <Loading label={t('app.loading')} />}
      {state.status === 'error' && <Notice tone="error">{t('returns.loadFailed')}</Notice>}
      {state.status === 'ready' && state.data.items.length === 0 && <p className="empty-state">{t('returns.list.none')}</p>}
      {state.status === 'ready' && state.data.items.length > 0 && (
        <DataTable
          id="returns-table"
          caption={t('returns.list.caption')}
          hideCaption
          columns={[t('returns.list.col.person'), t('returns.list.col.status'), t('returns.list.col.country'), t('returns.list.col.iom'), t('returns.list.col.next')]}
        >
          {state.data.items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link href={`/returns/${item.id}`} aria-label={t('returns.list.open', { codeName: item.codeName })}>
                  {item.codeName}
                </Link>
                {item.caseReference && <span className="returns-list__reference"> {item.caseReference}</span>}
              </th>
              <td>{t(`returns.status.${item.status}`)}</td>
              <td>{countries.label(item.countryCode)}</td>
              <td>{item.iomOrganisationName ?? '–'}</td>
              <td className={item.overdueCount > 0 ? 'deadline-status deadline-status--overdue' : undefined}>
                {item.nextDueOn && item.nextDueKind ? (
                  <>
                    {item.overdueCount > 0 && <strong>{t('returns.list.overdue', { count: item.overdueCount })} </strong>}
                    {t(`returns.milestone.${item.nextDueKind}`)}, <time dateTime={item.nextDueOn}>{formatDate(asFormattableDate(item.nextDueOn))}</time>
                  </>
                ) : (
                  t('returns.list.nothingDue')
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
