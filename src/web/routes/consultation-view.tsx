import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'wouter';
import { api, isApiError } from '../api.ts';
import { Loading, Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { formsLabel, regionLabel } from '../features/cases/case-labels.ts';
import { LoadError } from '../features/cases/load-error.tsx';
import { ConsultationActions } from '../features/consultations/consultation-actions.tsx';
import { childLabel, outcomeLabel, sourceLabel, statusLabel, urgencyLabel } from '../features/consultations/consultation-labels.ts';
import '../features/consultations/consultations.css';
import { StatusLine, SummaryList, useStatus } from '../features/persons/person-status.tsx';
import { loadGeography } from '../features/reference/geography.ts';
import { useI18n } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

/** One consultation: what was asked, by whom, the advice given, and the queue work on it. */
export default function ConsultationViewRoute() {
  const { t, formatDateTime } = useI18n();
  const { id = '' } = useParams<{ id: string }>();
  const [revision, setRevision] = useState(0);
  const { status, say } = useStatus();
  const state = useLoad(`consultation:${id}:${revision}`, async (signal) => {
    const [detail, geography] = await Promise.all([
      api.GET('/api/consultations/{consultationId}', { params: { path: { consultationId: id } }, signal }),
      loadGeography(),
    ]);
    return { detail, geography };
  });
  const data = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;

  if (state.status === 'error') {
    return (
      <>
        <PageHeading>{t('consultations.title')}</PageHeading>
        {isApiError(state.error, 404) ? <Notice tone="error">{t('app.forbidden')}</Notice> : <LoadError error={state.error} />}
        <p>
          <Link href="/consultations">{t('consultations.view.back')}</Link>
        </p>
      </>
    );
  }
  if (!data) return <Loading label={t('app.loading')} />;
  const { detail: c, geography } = data;
  const none = t('consultations.view.none');

  return (
    <>
      <p>
        <Link href="/consultations">{t('consultations.view.back')}</Link>
      </p>
      <PageHeading>{c.reference}</PageHeading>
      <StatusLine status={status} focus />
      <section aria-labelledby="consultation-facts-heading">
        <h2 className="section-heading" id="consultation-facts-heading">
          {t('consultations.view.facts')}
        </h2>
        <SummaryList
          rows={[
            [t('consultations.view.status'), statusLabel(t, c.status)],
            [t('consultations.view.source'), sourceLabel(t, c.source)],
            [t('consultations.view.received'), formatDateTime(c.receivedAt)],
            [
              t('consultations.view.due'),
              c.isOverdue ? (
                <span className="consultation-overdue">{t('consultations.overdue', { date: formatDateTime(c.firstResponseDueAt) })}</span>
              ) : (
                formatDateTime(c.firstResponseDueAt)
              ),
            ],
            [t('consultations.view.firstResponse'), c.firstRespondedAt ? formatDateTime(c.firstRespondedAt) : t('consultations.view.notYet')],
            [t('consultations.view.region'), regionLabel(t, geography.regionName(c.regionCode))],
            [t('consultations.view.municipality'), geography.municipalityName(c.municipalityCode)],
            [t('consultations.view.urgency'), urgencyLabel(t, c.urgency)],
            [t('consultations.view.child'), childLabel(t, c.childInvolved)],
            [t('consultations.view.forms'), c.exploitationForms.length > 0 ? formsLabel(t, c.exploitationForms) : none],
            [t('consultations.view.assignee'), c.assigneeName ?? t('consultations.unassigned')],
            ...(c.outcome ? [[t('consultations.view.outcome'), outcomeLabel(t, c.outcome)] as [string, string]] : []),
            ...(c.escalatedCaseId
              ? [[t('consultations.view.case'), <Link key="case" href={`/cases/${c.escalatedCaseId}`}>{c.escalatedCaseReference ?? c.escalatedCaseId}</Link>] as [string, ReactNode]]
              : []),
          ]}
        />
      </section>
      <section aria-labelledby="consultation-description-heading">
        <h2 className="section-heading" id="consultation-description-heading">
          {t('consultations.view.description')}
        </h2>
        {/* Text as the asker wrote it: React escapes it, line breaks kept by CSS. */}
        <p className="consultation-text">{c.description}</p>
      </section>
      <section aria-labelledby="consultation-requester-heading">
        <h2 className="section-heading" id="consultation-requester-heading">
          {t('consultations.view.requester')}
        </h2>
        <SummaryList
          rows={[
            [t('consultations.view.requesterName'), c.requesterName ?? none],
            [t('consultations.view.requesterOrganisation'), c.requesterOrganisation ?? none],
            [t('consultations.view.requesterPhone'), c.requesterPhone ?? none],
            [t('consultations.view.requesterEmail'), c.requesterEmail ?? none],
          ]}
        />
      </section>
      <section aria-labelledby="consultation-advice-log-heading">
        <h2 className="section-heading" id="consultation-advice-log-heading">
          {t('consultations.view.advice')}
        </h2>
        {c.advice.length === 0 ? (
          <p className="empty-state">{t('consultations.view.noAdvice')}</p>
        ) : (
          <ol className="consultation-advice">
            {c.advice.map((a) => (
              <li key={a.id} className="consultation-advice__item">
                <p className="consultation-advice__meta">{t('consultations.view.adviceBy', { name: a.authorName, time: formatDateTime(a.createdAt) })}</p>
                <p className="consultation-text">{a.body}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <ConsultationActions
        key={`${c.id}:${c.version}:${c.advice.length}`}
        detail={c}
        onChanged={(message, tone) => {
          say(message, tone);
          setRevision((r) => r + 1);
        }}
      />
    </>
  );
}
