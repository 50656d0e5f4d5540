import { PageHeading } from '../components/page-heading.tsx';
import { Loading } from '../components/notice.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { ConsultationCreateForm } from '../features/consultations/consultation-create-form.tsx';
import '../features/consultations/consultations.css';
import { useGeography } from '../features/reference/geography.ts';
import { useT } from '../i18n/index.tsx';

/** A signed-in professional or support-line operator asks for method support. */
export default function ConsultationNewRoute() {
  const t = useT();
  const geography = useGeography();
  return (
    <>
      <PageHeading>{t('consultations.create.title')}</PageHeading>
      <p>{t('consultations.create.intro')}</p>
      {geography.status === 'loading' && <Loading label={t('app.loading')} />}
      {geography.status === 'error' && <LoadError error={geography.error} />}
      {geography.status === 'ready' && <ConsultationCreateForm geography={geography.data} />}
    </>
  );
}
