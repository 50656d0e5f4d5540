import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { Me } from '../shared/schemas/auth.ts';
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
const InvitationRoute = lazy(() => import('./routes/invitation.tsx'));
const AccountRoute = lazy(() => import('./routes/account.tsx'));
const NotificationsRoute = lazy(() => import('./routes/notifications.tsx'));
const ReturnsRoute = lazy(() => import('./routes/returns.tsx'));
const ReturnViewRoute = lazy(() => import('./routes/return-view.tsx'));
const AdminOrganisationsRoute = lazy(() => import('./routes/admin-organisations.tsx'));
const AdminOrganisationRoute = lazy(() => import('./routes/admin-organisation.tsx'));
const AdminOrganisationNewRoute = lazy(() => import('./routes/admin-organisation-new.tsx'));
const AdminOrganisationEditRoute = lazy(() => import('./routes/admin-organisation-edit.tsx'));
const AdminRetentionRoute = lazy(() => import('./routes/admin-retention.tsx'));
const ChecklistAdminRoute = lazy(() => import('./routes/checklist-admin.tsx'));
const BreakGlassReviewRoute = lazy(() => import('./routes/break-glass-review.tsx'));
const RegisterExtractRoute = lazy(() => import('./routes/register-extract.tsx'));
const ConsultationListRoute = lazy(() => import('./routes/consultation-list.tsx'));
const ConsultationNewRoute = lazy(() => import('./routes/consultation-new.tsx'));
const ConsultationViewRoute = lazy(() => import('./routes/consultation-view.tsx'));
const CallsRoute = lazy(() => import('./routes/calls.tsx'));
const DashboardRoute = lazy(() => import('./routes/dashboard.tsx'));
const StatisticsRoute = lazy(() => import('./routes/statistics.tsx'));
const ReferralsIncomingRoute = lazy(() => import('./routes/referrals-incoming.tsx'));
const ApprovalsRoute = lazy(() => import('./routes/approvals.tsx'));
// Public: anyone may report a suspicion without signing in.
const IntakeRoute = lazy(() => import('./routes/intake.tsx'));
const TrainingsRoute = lazy(() => import('./routes/trainings.tsx'));
const TrainingNewRoute = lazy(() => import('./routes/training-new.tsx'));
const TrainingViewRoute = lazy(() => import('./routes/training-view.tsx'));
const TrainingEditRoute = lazy(() => import('./routes/training-edit.tsx'));
const TrainingEventsRoute = lazy(() => import('./routes/training-events.tsx'));
const TrainingEventRoute = lazy(() => import('./routes/training-event.tsx'));
const TrainingRegistrationRoute = lazy(() => import('./routes/training-registration.tsx'));
const MaterialsRoute = lazy(() => import('./routes/materials.tsx'));
const MaterialNewRoute = lazy(() => import('./routes/material-new.tsx'));
const MaterialViewRoute = lazy(() => import('./routes/material-view.tsx'));

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
const AccountPage = signedIn(AccountRoute);
const NotificationsPage = signedIn(NotificationsRoute);
const AdminOrganisationsPage = signedIn(AdminOrganisationsRoute);
const AdminOrganisationPage = signedIn(AdminOrganisationRoute);
const AdminOrganisationNewPage = signedIn(AdminOrganisationNewRoute);
const AdminOrganisationEditPage = signedIn(AdminOrganisationEditRoute);
const AdminRetentionPage = signedIn(AdminRetentionRoute);
const ChecklistAdminPage = signedIn(ChecklistAdminRoute);
const BreakGlassReviewPage = signedIn(BreakGlassReviewRoute);
const RegisterExtractPage = signedIn(RegisterExtractRoute);
const ConsultationListPage = signedIn(ConsultationListRoute);
const ConsultationNewPage = signedIn(ConsultationNewRoute);
const ConsultationViewPage = signedIn(ConsultationViewRoute);
const CallsPage = signedIn(CallsRoute);
const DashboardPage = signedIn(DashboardRoute);
const StatisticsPage = signedIn(StatisticsRoute);
const TrainingsPage = signedIn(TrainingsRoute);
const TrainingNewPage = signedIn(TrainingNewRoute);
const TrainingViewPage = signedIn(TrainingViewRoute);
const TrainingEditPage = signedIn(TrainingEditRoute);
const MaterialsPage = signedIn(MaterialsRoute);
const MaterialNewPage = signedIn(MaterialNewRoute);
const MaterialViewPage = signedIn(MaterialViewRoute);
const ReturnsPage = signedIn(ReturnsRoute);
const ReturnViewPage = signedIn(ReturnViewRoute);
const ReferralsIncomingPage = signedIn(ReferralsIncomingRoute);
const ApprovalsPage = signedIn(ApprovalsRoute);

/**
 * Where a role starts: case work for those who have it; otherwise what the role is for — the
 * support line, the administration (system admins above all), or the auditors' review.
 */
function startPage(can: Me['can']): string {
  if (can.cases.list) return '/cases';
  if (can.calls.list) return '/calls';
  if (can.returns.list) return '/returns';
  if (can.members.list) return '/admin';
  if (can.cases.reviewBreakGlass) return '/audit/break-glass';
  if (can.statistics.read) return '/statistics';
  if (can.trainings.list) return '/trainings';
  return '/cases';
}

function HomeRoute() {
  const { state } = useSession();
  if (state.status !== 'ready') return null;
  return <Redirect to={state.me ? startPage(state.me.can) : '/sign-in'} replace />;
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
        <Route path="/invitation" component={InvitationRoute} />
        <Route path="/intake" component={IntakeRoute} />
        <Route path="/training-events" component={TrainingEventsRoute} />
        <Route path="/training-events/registration" component={TrainingRegistrationRoute} />
        <Route path="/training-events/:id" component={TrainingEventRoute} />
        <Route path="/trainings" component={TrainingsPage} />
        <Route path="/trainings/new" component={TrainingNewPage} />
        <Route path="/trainings/:id" component={TrainingViewPage} />
        <Route path="/trainings/:id/edit" component={TrainingEditPage} />
        <Route path="/materials" component={MaterialsPage} />
        <Route path="/materials/new" component={MaterialNewPage} />
        <Route path="/materials/:id" component={MaterialViewPage} />
        <Route path="/account" component={AccountPage} />
        <Route path="/notifications" component={NotificationsPage} />
        <Route path="/referrals" component={ReferralsIncomingPage} />
        <Route path="/approvals" component={ApprovalsPage} />
        <Route path="/cases" component={CaseListPage} />
        <Route path="/cases/new" component={CaseNewPage} />
        <Route path="/cases/:id" component={CaseViewPage} />
        <Route path="/returns" component={ReturnsPage} />
        <Route path="/returns/:id" component={ReturnViewPage} />
        <Route path="/admin" component={AdminOrganisationsPage} />
        <Route path="/admin/organisations/new" component={AdminOrganisationNewPage} />
        <Route path="/admin/organisations/:id" component={AdminOrganisationPage} />
        <Route path="/admin/organisations/:id/edit" component={AdminOrganisationEditPage} />
        <Route path="/admin/checklists" component={ChecklistAdminPage} />
        <Route path="/admin/retention" component={AdminRetentionPage} />
        <Route path="/audit/break-glass" component={BreakGlassReviewPage} />
        <Route path="/audit/register-extract" component={RegisterExtractPage} />
        <Route path="/consultations" component={ConsultationListPage} />
        <Route path="/consultations/new" component={ConsultationNewPage} />
        <Route path="/consultations/:id" component={ConsultationViewPage} />
        <Route path="/calls" component={CallsPage} />
        <Route path="/dashboard" component={DashboardPage} />
        <Route path="/statistics" component={StatisticsPage} />
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
