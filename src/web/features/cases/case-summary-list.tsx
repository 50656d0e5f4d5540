import { lazy, Suspense, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import { isApiError } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { Loading } from '../../components/notice.tsx';
import { useI18n, type Translate } from '../../i18n/index.tsx';
import { StatusLine, SummaryList, useEditing, useStatus } from '../persons/person-status.tsx';
import type { GeographyIndex } from '../reference/geography.ts';
import {
  closureOutcomeLabel,
  formLabel,
  indicatorLabel,
  longTermPathLabel,
  phaseLabel,
  regionLabel,
  riskLabel,
  yesNo,
} from './case-labels.ts';
import './cases.css';

// The form validates with Zod and loads the lead candidates: only when someone opens it.
const CaseEditForm = lazy(() => import('./case-edit-form.tsx'));

const editButtonId = 'case-summary-edit';

function List({ items }: { items: string[] }) {
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** The assessment and its outcomes (DESIGN.md §4), each "not recorded" until someone records it. */
function assessmentRows(t: Translate, formatDate: (iso: string) => string, detail: CaseDetail): [string, ReactNode][] {
  const notRecorded = t('caseView.notRecorded');
  const policeReport = detail.policeReportReference
    ? t('caseView.policeReportValue', { reference: detail.policeReportReference })
    : detail.noPoliceReportReason
      ? t('caseView.noPoliceReportValue', { reason: detail.noPoliceReportReason })
      : notRecorded;
  const closure =
    detail.closureOutcome === null
      ? notRecorded
      : detail.closureReason
        ? t('caseView.closureValue', { outcome: closureOutcomeLabel(t, detail.closureOutcome), reason: detail.closureReason })
        : closureOutcomeLabel(t, detail.closureOutcome);
  return [
    [
      t('caseView.indicators'),
      detail.indicators.length === 0 ? t('caseView.noIndicators') : <List items={detail.indicators.map((i) => indicatorLabel(t, i))} />,
    ],
    [t('caseView.presumptiveVictim'), detail.isPresumptiveVictim === null ? t('caseView.notAssessed') : yesNo(t, detail.isPresumptiveVictim)],
    [
      t('caseView.riskLevel'),
      detail.riskLevel === null
        ? t('caseView.notAssessed')
        : detail.riskAssessedAt
          ? t('caseView.riskValue', { level: riskLabel(t, detail.riskLevel), date: formatDate(detail.riskAssessedAt) })
          : riskLabel(t, detail.riskLevel),
    ],
    [t('caseView.policeReport'), policeReport],
    [t('caseView.longTermPath'), detail.longTermPath === null ? notRecorded : longTermPathLabel(t, detail.longTermPath)],
    [t('caseView.closure'), closure],
  ];
}

/** The case's key facts as a description list, with an "Edit" form for those who run the case. */
export interface CaseSummaryListProps {
  detail: CaseDetail;
  /** The consultation the case came from, when the reader may open it. */
  sourceConsultation: { id: string; reference: string } | null;
  geography: GeographyIndex;
  onCaseChanged: (saved?: CaseDetail) => void;
}

export function CaseSummaryList({ detail, sourceConsultation, geography, onCaseChanged }: CaseSummaryListProps) {
  const { t, formatDate, formatDateTime } = useI18n();
  const { isEditing, open, close } = useEditing(editButtonId);
  const { status, say } = useStatus();

  // The person's code name and child flag are in the person's own section below.
  const rows: [string, ReactNode][] = [
    [t('caseView.phase'), phaseLabel(t, detail.phase)],
    [t('caseView.region'), regionLabel(t, geography.regionName(detail.regionCode))],
    [t('caseView.county'), geography.countyName(detail.countyCode)],
    [t('caseView.municipality'), geography.municipalityName(detail.municipalityCode)],
    [t('caseView.forms'), <List items={detail.exploitationForms.map((form) => formLabel(t, form))} />],
    [t('caseView.lead'), detail.leadName ?? t('caseView.noLead')],
    ...assessmentRows(t, formatDate, detail),
    [
      t('caseView.createdBy'),
      t('caseView.createdByValue', { name: detail.createdByName, organisation: detail.createdByOrganisation }),
    ],
    [t('caseView.createdAt'), <time dateTime={detail.createdAt}>{formatDateTime(detail.createdAt)}</time>],
    [t('caseView.updatedAt'), <time dateTime={detail.updatedAt}>{formatDateTime(detail.updatedAt)}</time>],
    ...(sourceConsultation
      ? [
          [
            t('caseView.sourceConsultation'),
            <Link href={`/consultations/${sourceConsultation.id}`}>{sourceConsultation.reference}</Link>,
          ] as [string, ReactNode],
        ]
      : []),
  ];

  const onSaved = (saved: CaseDetail | null) => {
    close();
    say(saved ? t('caseView.saved') : t('caseView.unchanged'), saved ? 'success' : 'info');
    if (saved) onCaseChanged(saved);
  };
  const onOutdated = (error: unknown) => {
    close();
    say(isApiError(error, 412) ? t('caseView.stale') : t('caseEdit.forbidden'), 'error');
    onCaseChanged();
  };

  return (
    <>
      <StatusLine status={status} />
      {isEditing ? (
        <Suspense fallback={<Loading label={t('app.loading')} />}>
          <CaseEditForm detail={detail} geography={geography} onSaved={onSaved} onOutdated={onOutdated} onCancel={close} />
        </Suspense>
      ) : (
        detail.can.edit && (
          <p className="case-summary__actions">
            <Button id={editButtonId} variant="secondary" onClick={open}>
              {t('caseView.edit')}
            </Button>
          </p>
        )
      )}
      <SummaryList rows={rows} />
    </>
  );
}
