import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { Button } from './components/button.tsx';
import { Loading, Notice } from './components/notice.tsx';
import { PageHeading } from './components/page-heading.tsx';
import { PageLayout } from './components/page-layout.tsx';
import { RequireSignIn } from './features/session/require-sign-in.tsx';
import { SessionProvider, useSession } from './features/session/session-context.tsx';
import { I18nProvider, useT } from './i18n/index.tsx';
import CaseListRoute from './routes/case-list.tsx';
import CaseViewRoute from './routes/case-view.tsx';
import NotFoundRoute from './routes/not-found.tsx';
import SignInRoute from './routes/sign-in.tsx';

// The forms validate with the shared Zod schemas; loading them on demand keeps Zod out of the
// initial JavaScript of the pages most people open first.
const CaseNewRoute = lazy(() => import('./routes/case-new.tsx'));
const SetupRoute = lazy(() => import('./routes/setup.tsx'));

function signedIn(Page: ComponentType): () => ReactNode {
  return function SignedInPage() {
    return (
      <RequireSignIn>
        <Page />
      </RequireSignIn>
    );
  };
}

const CaseListPage = signedIn(CaseListRoute);
const CaseNewPage = signedIn(CaseNewRoute);
const CaseViewPage = signedIn(CaseViewRoute);

function HomeRoute() {
  const { state } = useSession();
  if (state.status !== 'ready') return null;
  return <Redirect to={state.me ? '/cases' : '/sign-in'} replace />;
}

function Routes() {
  const t = useT();
  const { state, retry } = useSession();
  if (state.status === 'loading') return <Loading label={t('app.loading')} />;
  if (state.status === 'unavailable') {
    return (
      <>
        <PageHeading>{t('app.unavailableTitle')}</PageHeading>
        <Notice tone="error">{t('app.serverUnavailable')}</Notice>
        <Button variant="secondary" onClick={retry}>
          {t('app.tryAgain')}
        </Button>
      </>
    );
  }
  return (
    <Suspense fallback={<Loading label={t('app.loading')} />}>
      <Switch>
        <Route path="/" component={HomeRoute} />
        <Route path="/sign-in" component={SignInRoute} />
        <Route path="/setup" component={SetupRoute} />
        <Route path="/cases" component={CaseListPage} />
        <Route path="/cases/new" component={CaseNewPage} />
        <Route path="/cases/:id" component={CaseViewPage} />
        <Route component={NotFoundRoute} />
      </Switch>
    </Suspense>
  );
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <PageLayout>
          <Routes />
        </PageLayout>
      </SessionProvider>
    </I18nProvider>
  );
}
