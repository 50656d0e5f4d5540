import { useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { consultationStatuses, type ConsultationStatus, type PoliceRegion } from '../../shared/enums.ts';
import { api } from '../api.ts';
import { ButtonLink, SubmitButton } from '../components/button.tsx';
import { CheckboxGroup } from '../components/checkbox-group.tsx';
import { DataTable } from '../components/data-table.tsx';
import { Loading } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { Pagination } from '../components/pagination.tsx';
import { SelectField } from '../components/select-field.tsx';
import { regionLabel } from '../features/cases/case-labels.ts';
import { LoadError } from '../features/cases/load-error.tsx';
import { statusLabel, urgencyLabel } from '../features/consultations/consultation-labels.ts';
import {
  type AgeBucket,
  ageBuckets,
  type ConsultationListParams,
  consultationExportFilterOf,
  consultationListApiPath,
  consultationListQuery,
  consultationListHref,
  pageSize,
  parseConsultationListParams,
} from '../features/consultations/consultation-list-params.ts';
import '../features/consultations/consultations.css';
import { ExportButton } from '../features/exports/export-button.tsx';
import { type GeographyIndex, loadGeography } from '../features/reference/geography.ts';
import { useSession } from '../features/session/session-context.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

type Flag = 'mine' | 'overdue' | 'newToday';
const flags: readonly Flag[] = ['mine', 'overdue', 'newToday'];

interface FiltersProps {
  params: ConsultationListParams;
  geography: GeographyIndex;
  onApply: (params: ConsultationListParams) => void;
}

function Filters({ params, geography, onApply }: FiltersProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<ConsultationStatus | ''>(params.status);
  const [region, setRegion] = useState<PoliceRegion | ''>(params.region);
  const [age, setAge] = useState<AgeBucket | ''>(params.age);
  const [chosen, setChosen] = useState<Flag[]>(flags.filter((f) => params[f]));
  return (
    <form
      className="consultation-filters"
      aria-label={t('consultations.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply({ status, region, age, mine: chosen.includes('mine'), overdue: chosen.includes('overdue'), newToday: chosen.includes('newToday'), page: 1 });
      }}
    >
      <SelectField id="consultation-status" label={t('consultations.filter.status')} value={status} onChange={(v) => { setStatus(v as ConsultationStatus | ''); }}>
        <option value="">{t('consultations.filter.anyStatus')}</option>
        {consultationStatuses.map((s) => (
          <option key={s} value={s}>
            {statusLabel(t, s)}
          </option>
        ))}
      </SelectField>
      <SelectField id="consultation-region" label={t('consultations.filter.region')} value={region} onChange={(v) => { setRegion(v as PoliceRegion | ''); }}>
        <option value="">{t('consultations.filter.anyRegion')}</option>
        {geography.regions.map((r) => (
          <option key={r.code} value={r.code}>
            {regionLabel(t, r.name)}
          </option>
        ))}
      </SelectField>
      <SelectField id="consultation-age" label={t('consultations.filter.age')} value={age} onChange={(v) => { setAge(v as AgeBucket | ''); }}>
        <option value="">{t('consultations.filter.anyAge')}</option>
        {ageBuckets.map((a) => (
          <option key={a} value={a}>
            {t(`consultations.age.${a}`)}
          </option>
        ))}
      </SelectField>
      <CheckboxGroup
        id="consultation-flags"
        name="flags"
        legend={t('consultations.filters')}
        values={chosen}
        onChange={setChosen}
        choices={flags.map((f) => ({ value: f, label: t(`consultations.filter.${f}`) }))}
      />
      <div className="button-group">
        <SubmitButton isSending={false}>{t('consultations.filter.apply')}</SubmitButton>
        <Link href="/consultations">{t('consultations.filter.clear')}</Link>
      </div>
    </form>
  );
}

/** The consultation queue: the region's for coordinators, one's own for the others. */
export default function ConsultationListRoute() {
  const { t, formatDateTime, formatNumber } = useI18n();
  const search = useSearch();
  const [, navigate] = useLocation();
  const params = parseConsultationListParams(search);
  const apiPath = consultationListApiPath(params);
  const state = useLoad(apiPath, async (signal) => {
    const [page, geography] = await Promise.all([api.GET('/api/consultations', { params: { query: consultationListQuery(params) }, signal }), loadGeography()]);
    return { page, geography };
  });
  const data = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  const pages = data ? Math.max(1, Math.ceil(data.page.total / pageSize)) : 1;
  const { state: session } = useSession();
  const canExport = session.status === 'ready' && session.me?.can.exports.request === true && session.me.can.consultations.list;

  return (
    <>
      <div className="page-header">
        <PageHeading>{t('consultations.title')}</PageHeading>
        <div className="button-group">
          <ButtonLink href="/consultations/new">{t('consultations.new')}</ButtonLink>
          {canExport && (
            <ExportButton
              id="consultation-export-open"
              list="consultations"
              filter={consultationExportFilterOf(params)}
              formats={['xlsx', 'csv']}
              texts={{
                title: t('consultations.export.title'),
                intro: t('consultations.export.intro'),
                csvHint: t('consultations.export.csvHint'),
                done: (count) => t('consultations.export.done', { count: formatNumber(count) }),
              }}
            />
          )}
        </div>
      </div>
      {data && (
        <Filters
          key={consultationListHref(params)}
          params={params}
          geography={data.geography}
          onApply={(next) => { navigate(consultationListHref(next)); }}
        />
      )}
      {state.status === 'loading' && !data && <Loading label={t('app.loading')} />}
      {state.status === 'error' && <LoadError error={state.error} />}
      {data && state.status !== 'error' && (
        <>
          <p role="status">{t(data.page.totalIsLowerBound ? 'consultations.totalAtLeast' : 'consultations.total', { count: formatNumber(data.page.total) })}</p>
          {data.page.items.length === 0 ? (
            <p className="empty-state">{t('consultations.empty')}</p>
          ) : (
            <DataTable
              id="consultation-table"
              caption={t('consultations.caption')}
              hideCaption
              columns={[
                t('consultations.col.reference'),
                t('consultations.col.received'),
                t('consultations.col.due'),
                t('consultations.col.region'),
                t('consultations.col.urgency'),
                t('consultations.col.status'),
                t('consultations.col.assignee'),
              ]}
            >
              {data.page.items.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className="table__nowrap">
                    <Link href={`/consultations/${c.id}`}>{c.reference}</Link>
                  </th>
                  <td>{formatDateTime(c.receivedAt)}</td>
                  <td className={c.isOverdue ? 'consultation-overdue' : undefined}>
                    {c.isOverdue ? t('consultations.overdue', { date: formatDateTime(c.firstResponseDueAt) }) : formatDateTime(c.firstResponseDueAt)}
                  </td>
                  <td>{regionLabel(t, data.geography.regionName(c.regionCode))}</td>
                  <td>{urgencyLabel(t, c.urgency)}</td>
                  <td>{statusLabel(t, c.status)}</td>
                  <td>{c.assigneeName ?? t('consultations.unassigned')}</td>
                </tr>
              ))}
            </DataTable>
          )}
          <Pagination
            page={params.page}
            pageCount={pages}
            pageCountIsLowerBound={data.page.totalIsLowerBound}
            hrefFor={(page) => consultationListHref({ ...params, page })}
          />
        </>
      )}
    </>
  );
}
