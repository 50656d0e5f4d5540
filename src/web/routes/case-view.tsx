import { type ComponentType, lazy, type ReactNode, Suspense, useState } from 'react';
import { Link, useParams } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';
import type { CaseDetail } from '../../shared/schemas/cases.ts';
import { api, isApiError } from '../api.ts';
import { Loading, Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PhasePanel } from '../features/support-process/phase-panel.tsx';
import { TeamPanel } from '../features/case-team/team-panel.tsx';
import type { CaseViewHistoryState } from '../features/cases/case-history-state.ts';
import { type CasePanelProps, newestCase } from '../features/cases/case-panel.ts';
import { CaseSummaryExport } from '../features/cases/case-summary-export.tsx';
import { CaseSummaryList } from '../features/cases/case-summary-list.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { DeadlinesPanel } from '../features/deadlines/deadlines-panel.tsx';
import { JournalPanel } from '../features/journal/journal-panel.tsx';
import { PersonPanel } from '../features/persons/person-panel.tsx';
import { loadGeography } from '../features/reference/geography.ts';
import { TasksPanel } from '../features/tasks/tasks-panel.tsx';
import { type MessageKey, useI18n } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

/** The page's sections, as links to their headings: the page is long, so it starts with its contents. */
const contents: [id: string, heading: MessageKey][] = [
  ['case-summary-heading', 'caseView.summary'],
  ['process-heading', 'supportProcess.heading'],
  ['person-heading', 'person.heading'],
  ['identity-heading', 'identity.heading'],
  ['duplicates-heading', 'duplicates.heading'],
  ['team-heading', 'team.heading'],
  ['deadlines-heading', 'deadlines.heading'],
  ['tasks-heading', 'tasks.heading'],
  ['journal-heading', 'journal.heading'],
  ['measures-heading', 'measures.heading'],
  ['documents-heading', 'documents.heading'],
  ['case-links-heading', 'caseLinks.heading'],
];

/**
 * A panel whose code loads after the page's own, so the first download carries only what the top
 * of a case shows; the section appears when its code has come.
 */
function later(load: () => Promise<ComponentType<CasePanelProps>>): (props: CasePanelProps) => ReactNode {
  const Panel = lazy(async () => ({ default: await load() }));
  return function LaterPanel(props: CasePanelProps) {
    return (
      <Suspense fallback={null}>
        <Panel {...props} />
      </Suspense>
    );
  };
}

const FlagsPanel = later(async () => (await import('../features/case-flags/flags-panel.tsx')).FlagsPanel);
const ReferralsPanel = later(async () => (await import('../features/referrals/referrals-panel.tsx')).ReferralsPanel);
const MeasuresPanel = later(async () => (await import('../features/measures/measures-panel.tsx')).MeasuresPanel);
const ReturnPanel = later(async () => (await import('../features/returns/return-panel.tsx')).ReturnPanel);
const DocumentsPanel = later(async () => (await import('../features/documents/documents-panel.tsx')).DocumentsPanel);
const CaseLinksPanel = later(async () => (await import('../features/cases/case-links-panel.tsx')).CaseLinksPanel);

/** The sections below the summary, in page order; each renders its own headed section. */
const panels: ((props: CasePanelProps) => ReactNode)[] = [
  PhasePanel,
  FlagsPanel,
  PersonPanel,
  TeamPanel,
  ReferralsPanel,
  DeadlinesPanel,
  TasksPanel,
  JournalPanel,
  MeasuresPanel,
  ReturnPanel,
  DocumentsPanel,
  CaseLinksPanel,
];

export default function CaseViewRoute() {
  const { t, formatDateTime } = useI18n();
  const { id } = useParams<{ id: string }>();
  const historyState = useHistoryState<CaseViewHistoryState | null>();
  // Bumped by a panel whose change alters the case itself (phase, version, abilities).
  const [revision, setRevision] = useState(0);
  // The case a save answered with, shown without waiting for a reload (see newestCase).
  const [saved, setSaved] = useState<CaseDetail | null>(null);
  const state = useLoad(`case:${id}:${revision}`, async (signal) => {
    const [detail, geography] = await Promise.all([
      api.GET('/api/cases/{caseId}', { params: { path: { caseId: id } }, signal }),
      loadGeography(),
    ]);
    // The consultation it came from, linked only for those who may open it (404 for the others).
    const sourceId = detail.sourceConsultationId;
    const sourceConsultation =
      sourceId === null
        ? null
        : await api.GET('/api/consultations/{consultationId}', { params: { path: { consultationId: sourceId } }, signal }).then(
            (c) => ({ id: c.id, reference: c.reference }),
            (error: unknown) => {
              if (isApiError(error, 404) || isApiError(error, 403)) return null;
              throw error;
            },
          );
    return { detail, geography, sourceConsultation };
  });
  const loaded = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;

  // Outside the caller's scope looks exactly like not existing; a malformed id too.
  const isNotFound = state.status === 'error' && (isApiError(state.error, 404) || isApiError(state.error, 400));
  if (isNotFound) {
    return (
      <>
        <PageHeading>{t('caseView.notFoundTitle')}</PageHeading>
        <p>{t('caseView.notFound')}</p>
        <p>
          <Link href="/cases">{t('caseView.backToList')}</Link>
        </p>
      </>
    );
  }

  const detail = newestCase(loaded?.detail ?? null, saved);
  const onCaseChanged = (next?: CaseDetail) => {
    if (next) setSaved(next);
    else setRevision((r) => r + 1);
  };
  return (
    <>
      <p className="back-link">
        <Link href="/cases">{t('caseView.backToList')}</Link>
      </p>
      <div className="page-header">
        <PageHeading>{detail ? t('caseView.title', { reference: detail.reference }) : t('caseView.loadingTitle')}</PageHeading>
        {detail && <CaseSummaryExport caseId={detail.id} />}
      </div>
      {!loaded && state.status === 'loading' && <Loading label={t('app.loading')} />}
      {state.status === 'error' && <LoadError error={state.error} />}
      {loaded && detail && (
        <>
          {detail.access.via === 'break_glass' && detail.access.breakGlassExpiresAt && (
            <Notice tone="warning">
              {t('caseView.breakGlassBanner', { time: formatDateTime(detail.access.breakGlassExpiresAt) })}
            </Notice>
          )}
          {historyState?.created && <Notice tone="success">{t('caseView.created')}</Notice>}
          <nav className="case-contents" aria-label={t('caseView.contents')}>
            <ul className="case-contents__list">
              {contents.map(([id, heading]) => (
                <li key={id}>
                  <a href={`#${id}`}>{t(heading)}</a>
                </li>
              ))}
            </ul>
          </nav>
          <section aria-labelledby="case-summary-heading">
            <h2 className="section-heading" id="case-summary-heading">
              {t('caseView.summary')}
            </h2>
            <CaseSummaryList detail={detail} sourceConsultation={loaded.sourceConsultation} geography={loaded.geography} onCaseChanged={onCaseChanged} />
          </section>
          {panels.map((Panel, index) => (
            <Panel key={index} detail={detail} onCaseChanged={onCaseChanged} />
          ))}
        </>
      )}
    </>
  );
}
