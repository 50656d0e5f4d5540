import { Link } from 'wouter';
import { PageHeading } from '../components/page-heading.tsx';
import { MaterialForm } from '../features/materials/material-form.tsx';
import { useT } from '../i18n/index.tsx';

export default function MaterialNewRoute() {
  const t = useT();
  return (
    <div className="narrow">
      <p className="back-link">
        <Link href="/materials">{t('materials.back')}</Link>
      </p>
      <PageHeading>{t('materials.newTitle')}</PageHeading>
      <MaterialForm />
    </div>
  );
}
