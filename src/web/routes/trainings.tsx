import { Link, useSearchParams } from 'wouter';
import type { TrainingItem } from '../../shared/schemas/trainings.ts';
import { api } from '../api.ts';
import { ButtonLink } from '../components/button.tsx';
import { DataTable } from '../components/data-table.tsx';
import { Loading } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { ExportButton } from '../features/exports/export-button.tsx';
import { useSession } from '../features/session/session-context.tsx';
import { formatWhen, statusLabel, trainingPath } from '../features/trainings/training-labels.ts';
import { useI18n } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';
import '../features/trainings/trainings.css';

/** The list of events (those the caller organises, and national and regional ones to register for), upcoming or past, with the counts they plan by. */
export default function TrainingsRoute() {
  const { t, language } = useI18n();
  const { state: session } = useSession();
  const mayCreate = session.status === 'ready' && session.me?.can.trainings.create === true;
  const canExport = session.status === 'ready' && session.me?.can.exports.request === true && session.me.can.trainings.list;
  const [search] = useSearchParams();
  const when = search.get('when') === 'past' ? 'past' : 'upcoming';
  const state = useLoad(`trainings:${when}`, (signal) => api.GET('/api/trainings', { params: { query: { when } }, signal }));
  const items: TrainingItem[] | undefined = state.status === 'ready' ? state.data.items : state.status === 'loading' ? state.stale?.items : undefined;
  return (
    <>
      <PageHeading>{t('trainings.title')}</PageHeading>
      <p className="lead">{t('trainings.lead')}</p>
      <div className="training-actions">
        {mayCreate && <ButtonLink href="/trainings/new">{t('trainings.new')}</ButtonLink>}
        <ButtonLink href="/training-events" variant="secondary">
          {t('trainings.publicList')}
        </ButtonLink>
        {canExport && (
          <ExportButton
            id="trainings-export-open"
            list="trainings"
            filter={{ when }}
            formats={['xlsx', 'csv']}
            texts={{
              title: t('trainings.export.title'),
              intro: t(`trainings.export.intro.${when}`),
              csvHint: t('trainings.export.csvHint'),
              done: (count) => t('trainings.export.done', { count }),
            }}
          />
        )}
      </div>
      <nav aria-label={t('trainings.when.label')}>
        <ul className="training-when">
          <li>
            <Link href="/trainings" aria-current={when === 'upcoming' ? 'page' : undefined}>
              {t('trainings.when.upcoming')}
            </Link>
          </li>
          <li>
            <Link href="/trainings?when=past" aria-current={when === 'past' ? 'page' : undefined}>
              {t('trainings.when.past')}
            </Link>
          </li>
        </ul>
      </nav>
      {state.status === 'error' ? (
        <LoadError error={state.error} />
      ) : !items ? (
        <Loading label={t('app.loading')} />
      ) : items.length === 0 ? (
        <p>{t('trainings.empty')}</p>
      ) : (
        <DataTable
          id="trainings-table"
          caption={when === 'past' ? t('trainings.when.past') : t('trainings.when.upcoming')}
          columns={[t('trainings.column.title'), t('trainings.column.when'), t('trainings.column.status'), t('trainings.column.seats'), t('trainings.column.waiting'), t('trainings.column.attended')]}
        >
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                {/* Events the caller does not organise open on their public page, to register. */}
                <Link href={item.canManage ? trainingPath(item.id) : `/training-events/${item.id}`}>{item.title}</Link>
              </td>
              <td>{formatWhen(language, item.startsAt, item.endsAt)}</td>
              <td>{statusLabel(t, item.status)}</td>
              <td>{t('trainings.seatsOf', { taken: item.counts.confirmed, capacity: item.capacity })}</td>
              <td>{item.counts.waiting}</td>
              <td>{item.counts.attended}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
