import { Link } from 'wouter';
import { Loading, Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { CaseCreateForm } from '../features/cases/case-create-form.tsx';
import { useGeography } from '../features/reference/geography.ts';
import { useT } from '../i18n/index.tsx';

export default function CaseNewRoute() {
  const t = useT();
  const geography = useGeography();
  return (
    <div className="narrow">
      <p className="back-link">
        <Link href="/cases">{t('caseView.backToList')}</Link>
      </p>
      <PageHeading>{t('caseNew.title')}</PageHeading>
      <p className="lead">{t('caseNew.intro')}</p>
      {geography.status === 'loading' && <Loading label={t('app.loading')} />}
      {geography.status === 'error' && <Notice tone="error">{t('caseNew.geographyError')}</Notice>}
      {geography.status === 'ready' && <CaseCreateForm geography={geography.data} />}
    </div>
  );
}
