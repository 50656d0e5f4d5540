import type { CallList } from '../../../shared/schemas/calls.ts';
import { DataTable } from '../../components/data-table.tsx';
import { Loading } from '../../components/notice.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { LoadState } from '../../use-load.ts';
import { LoadError } from '../cases/load-error.tsx';
import { categoryLabel, formatDuration, topicLabel } from './call-labels.ts';

/** "Dagens samtal": the operator's own calls today (Swedish time), the latest first. */
export function CallsToday({ state }: { state: LoadState<CallList> }) {
  const { t, language } = useI18n();
  const time = new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' });
  const list = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  return (
    <section className="calls-today" aria-labelledby="calls-today-heading">
      <h2 id="calls-today-heading" className="section-heading">
        {t('calls.today')}
      </h2>
      {state.status === 'error' ? (
        <LoadError error={state.error} />
      ) : !list ? (
        <Loading label={t('app.loading')} />
      ) : list.items.length === 0 ? (
        <p>{t('calls.today.empty')}</p>
      ) : (
        <DataTable
          id="calls-today-table"
          caption={t('calls.today.caption')}
          hideCaption
          columns={[t('calls.column.time'), t('calls.column.duration'), t('calls.column.category'), t('calls.column.topic'), t('calls.column.followUp')]}
        >
          {list.items.map((call) => (
            <tr key={call.id}>
              <td>{time.format(new Date(call.startedAt))}</td>
              <td>{call.durationSeconds === null ? t('calls.duration.unknown') : formatDuration(call.durationSeconds)}</td>
              <td>{categoryLabel(t, call.callerCategory)}</td>
              <td>{topicLabel(t, call.topic)}</td>
              <td>{call.followUpNeeded ? t('calls.followUp.yes') : t('calls.followUp.no')}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
