import { Link } from 'wouter';
import { PageHeading } from '../components/page-heading.tsx';
import { TrainingForm } from '../features/trainings/training-form.tsx';
import { useT } from '../i18n/index.tsx';

export default function TrainingNewRoute() {
  const t = useT();
  return (
    <div className="narrow">
      <p className="back-link">
        <Link href="/trainings">{t('trainings.back')}</Link>
      </p>
      <PageHeading>{t('trainings.newTitle')}</PageHeading>
      <TrainingForm />
    </div>
  );
}
