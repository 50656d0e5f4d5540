import type { ReactNode } from 'react';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { GeographyIndex } from '../reference/geography.ts';
import { formLabel, phaseLabel, regionLabel, yesNo } from './case-labels.ts';

/** The case's key facts as a description list. */
export function CaseSummaryList({ detail, geography }: { detail: CaseDetail; geography: GeographyIndex; onCaseChanged: () => void }) {
  const { t, formatDateTime } = useI18n();
  const rows: [string, ReactNode][] = [
    [t('caseView.codeName'), detail.codeName],
    [t('caseView.phase'), phaseLabel(t, detail.phase)],
    [t('caseView.region'), regionLabel(t, geography.regionName(detail.regionCode))],
    [t('caseView.county'), geography.countyName(detail.countyCode)],
    [t('caseView.municipality'), geography.municipalityName(detail.municipalityCode)],
    [
      t('caseView.forms'),
      <ul className="plain-list">
        {detail.exploitationForms.map((form) => (
          <li key={form}>{formLabel(t, form)}</li>
        ))}
      </ul>,
    ],
    [t('caseView.child'), yesNo(t, detail.isChild)],
    [t('caseView.lead'), detail.leadName ?? t('caseView.noLead')],
    [
      t('caseView.createdBy'),
      t('caseView.createdByValue', { name: detail.createdByName, organisation: detail.createdByOrganisation }),
    ],
    [t('caseView.createdAt'), <time dateTime={detail.createdAt}>{formatDateTime(detail.createdAt)}</time>],
    [t('caseView.updatedAt'), <time dateTime={detail.updatedAt}>{formatDateTime(detail.updatedAt)}</time>],
  ];
  return (
    <dl className="summary-list">
      {rows.map(([term, value]) => (
        <div className="summary-list__row" key={term}>
          <dt className="summary-list__term">{term}</dt>
          <dd className="summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
