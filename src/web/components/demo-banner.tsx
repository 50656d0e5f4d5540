import { useT } from '../i18n/index.tsx';

/** Always visible in demo mode, so nobody mistakes the fictional data for real cases. */
export function DemoBanner() {
  const t = useT();
  return (
    <div className="demo-banner" role="note" aria-label={t('app.demoBannerLabel')}>
      <p className="demo-banner__text">{t('app.demoBanner')}</p>
    </div>
  );
}
