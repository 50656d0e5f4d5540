import { useEffect, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { type PoliceRegion, policeRegions } from '../../shared/enums.ts';
import { api } from '../api.ts';
import { Button } from '../components/button.tsx';
import { Loading } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { SelectField } from '../components/select-field.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { DashboardFigures } from '../features/dashboard/dashboard-figures.tsx';
import { PanelStatus, usePanelStatus } from '../features/journal/panel-status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

function regionFrom(search: string): PoliceRegion | null {
  const region = new URLSearchParams(search).get('region');
  return (policeRegions as readonly string[]).includes(region ?? '') ? (region as PoliceRegion) : null;
}

/**
 * The coordinator dashboard: the figures of the caller's region (or every region for a national
 * coordinator, who may pick one), each a link to the consultation list filtered the same way.
 * The region is in the address, so a view can be bookmarked and shared.
 */
export default function DashboardRoute() {
  const { t, formatDateTime } = useI18n();
  const region = regionFrom(useSearch());
  const [, navigate] = useLocation();
  const [serial, setSerial] = useState(0);
  const { status, show } = usePanelStatus();
  const query = { region: region || undefined };
  const state = useLoad(`dashboard:${region}:${serial}`, (signal) => api.GET('/api/dashboard', { params: { query }, signal }));
  const data = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;

  // After "Refresh", say so once the new figures are in.
  useEffect(() => {
    if (serial > 0 && state.status === 'ready') show(t('dashboard.refreshed'), 'success');
  }, [serial, state.status, show, t]);

  const regionName = (code: PoliceRegion) => t(`dashboard.region.${code}`);
  const scope = data
    ? data.region
      ? t('dashboard.scopeRegion', { region: regionName(data.region) })
      : data.national
        ? t('dashboard.scopeNational')
        : t('dashboard.scopeRegions')
    : '';

  return (
    <>
      <PageHeading>{t('dashboard.title')}</PageHeading>
      <p className="lead">{t('dashboard.intro')}</p>
      {state.status === 'error' && <LoadError error={state.error} />}
      {!data && state.status === 'loading' && <Loading label={t('dashboard.loading')} />}
      {data && (
        <>
          <div className="dashboard-controls">
            {data.regions.length > 1 && (
              <SelectField
                id="dashboard-region"
                label={t('dashboard.regionLabel')}
                value={region ?? ''}
                onChange={(value) => {
                  navigate(value ? `/dashboard?region=${value}` : '/dashboard');
                }}
              >
                <option value="">{data.regions.length === policeRegions.length ? t('dashboard.regionAll') : t('dashboard.regionAllMine')}</option>
                {data.regions.map((code) => (
                  <option key={code} value={code}>
                    {regionName(code)}
                  </option>
                ))}
              </SelectField>
            )}
            <Button
              variant="secondary"
              onClick={() => {
                setSerial((n) => n + 1);
              }}
            >
              {t('dashboard.refresh')}
            </Button>
          </div>
          <p className="dashboard-updated">
            <strong>{scope}</strong> · {t('dashboard.updatedAt', { time: formatDateTime(data.generatedAt) })}
          </p>
          <PanelStatus status={status} />
          <DashboardFigures data={data} />
        </>
      )}
    </>
  );
}
