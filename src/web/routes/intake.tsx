import { Loading, Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { IntakeForm } from '../features/intake/intake-form.tsx';
import { useGeography } from '../features/reference/geography.ts';
import { useT } from '../i18n/index.tsx';

/** The public "Misstänker du människohandel?" page: open to anyone, no sign-in. */
export default function IntakeRoute() {
  const t = useT();
  const geography = useGeography();
  return (
    <div className="narrow">
      <PageHeading>{t('intake.title')}</PageHeading>
      <div className="notice notice--error intake-emergency">
        <h2 className="intake-emergency__heading">{t('intake.emergencyHeading')}</h2>
        <p>{t('intake.emergency')}</p>
      </div>
      <p className="lead">{t('intake.intro')}</p>
      {geography.status === 'loading' && <Loading label={t('app.loading')} />}
      {geography.status === 'error' && <Notice tone="error">{t('intake.errors.tokenLoad')}</Notice>}
      {geography.status === 'ready' && <IntakeForm geography={geography.data} />}
    </div>
  );
}
