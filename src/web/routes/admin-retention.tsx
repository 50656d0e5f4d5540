import { useState } from 'react';
import { Link } from 'wouter';
import { api } from '../api.ts';
import { Loading } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { LegalHolds } from '../features/admin/legal-holds.tsx';
import { RetentionSettingsForm } from '../features/admin/retention-settings-form.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { useT } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

/** Administration → retention: the periods (defaults from the configuration) and the legal holds. */
export default function AdminRetentionRoute() {
  const t = useT();
  const [revision, setRevision] = useState(0);
  const settings = useLoad('admin:retention', (signal) => api.GET('/api/admin/retention', { signal }));
  const holds = useLoad(`admin:legal-holds:${revision}`, (signal) => api.GET('/api/admin/legal-holds', { signal }));
  // Kept on screen while a change reloads it, so the form and its notice stay where they are.
  const holdList = holds.status === 'ready' ? holds.data : holds.status === 'loading' ? holds.stale : undefined;
  return (
    <>
      <p>
        <Link href="/admin">{t('admin.backToOrganisations')}</Link>
      </p>
      <PageHeading>{t('retention.title')}</PageHeading>
      <p>{t('retention.intro')}</p>
      <section aria-labelledby="retention-settings-title">
        <h2 id="retention-settings-title" className="section-heading">
          {t('retention.settingsTitle')}
        </h2>
        {settings.status === 'loading' && <Loading label={t('app.loading')} />}
        {settings.status === 'error' && <LoadError error={settings.error} />}
        {settings.status === 'ready' && <RetentionSettingsForm settings={settings.data} onSaved={() => {}} />}
      </section>
      <section aria-labelledby="legal-holds-title">
        <h2 id="legal-holds-title" className="section-heading">
          {t('retention.holdsTitle')}
        </h2>
        {!holdList && holds.status === 'loading' && <Loading label={t('app.loading')} />}
        {holds.status === 'error' && <LoadError error={holds.error} />}
        {holdList && <LegalHolds holds={holdList} onChanged={() => { setRevision((r) => r + 1); }} />}
      </section>
    </>
  );
}
