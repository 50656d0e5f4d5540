import type { ReactNode } from 'react';
import { useSession } from '../features/session/session-context.tsx';
import { useT } from '../i18n/index.tsx';
import { SiteHeader } from './site-header.tsx';

/** Skip link, header, the main landmark and footer around every page. */
export function PageLayout({ children }: { children: ReactNode }) {
  const t = useT();
  const { state } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <SiteHeader />
      <main id="main" className="container main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          {state.status === 'ready' && <p>{t('app.footer', { version: state.meta.version })}</p>}
        </div>
      </footer>
    </>
  );
}
