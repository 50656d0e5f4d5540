import { Link } from 'wouter';
import { PageHeading } from '../components/page-heading.tsx';
import { useT } from '../i18n/index.tsx';

export default function NotFoundRoute() {
  const t = useT();
  return (
    <div className="narrow">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <Link href="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
