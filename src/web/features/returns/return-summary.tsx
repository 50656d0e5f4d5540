import type { ReturnApplication } from '../../../shared/schemas/returns.ts';
import { DataTable } from '../../components/data-table.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { asFormattableDate } from '../deadlines/deadline-dates.ts';
import { deadlineWhen } from '../deadlines/deadline-labels.ts';
import { codeLabeller, genderLabel } from '../persons/person-labels.ts';
import { programmeSteps } from './return-parts.ts';

/**
 * Where the person is in the programme, what the referral shares and the plan and follow-ups
 * after arrival. The same for the case's team, NMT and the IOM officer: the server has already
 * left out what the caller may not see.
 */
export function ReturnSummary({ application, idPrefix }: { application: ReturnApplication; idPrefix: string }) {
  const { t, formatDate, formatDateTime, language } = useI18n();
  const dateOf = (date: string) => formatDate(asFormattableDate(date));
  const countries = codeLabeller('region', language, t);
  const languages = codeLabeller('language', language, t);
  const ended = application.status === 'declined' || application.status === 'withdrawn';
  const current = programmeSteps.indexOf(application.status as (typeof programmeSteps)[number]);
  const { person } = application;
  return (
    <div className="return-summary">
      <p className={`return-status return-status--${application.status}`}>
        <strong>{t(`returns.status.${application.status}`)}</strong>
      </p>
      {!ended && (
        <ol className="return-steps" aria-label={t('returns.where')}>
          {programmeSteps.map((step, index) => (
            <li key={step} className={index <= current ? 'return-steps__done' : undefined} aria-current={index === current ? 'step' : undefined}>
              {t(`returns.status.${step}`)} {index === current && <span className="visually-hidden">{t('returns.step.current')}</span>}
            </li>
          ))}
        </ol>
      )}
      <dl className="summary-list">
        {application.caseReference && (
          <div className="summary-list__row">
            <dt className="summary-list__term">{t('returns.detail.case')}</dt>
            <dd className="summary-list__value">{application.caseReference}</dd>
          </div>
        )}
        <div className="summary-list__row">
          <dt className="summary-list__term">{t('returns.detail.codeName')}</dt>
          <dd className="summary-list__value">{person.codeName}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__term">{t('returns.detail.birthYear')}</dt>
          <dd className="summary-list__value">{person.birthYear ?? t('returns.detail.unknown')}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__term">{t('person.gender')}</dt>
          <dd className="summary-list__value">{genderLabel(t, person.gender)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__term">{t('returns.detail.citizenships')}</dt>
          <dd className="summary-list__value">{person.citizenships.map(countries.label).join(', ') || t('returns.detail.unknown')}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__term">{t('returns.detail.languages')}</dt>
          <dd className="summary-list__value">{person.languages.map(languages.label).join(', ') || t('returns.detail.unknown')}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__term">{t('returns.field.countryCode')}</dt>
          <dd className="summary-list__value">{countries.label(application.countryCode)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__term">{t('returns.field.reasons')}</dt>
          <dd className="summary-list__value return-text">{application.reasons}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__term">{t('returns.field.travelDocumentStatus')}</dt>
          <dd className="summary-list__value">{t(`returns.travelDocument.${application.travelDocumentStatus}`)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__term">{t('returns.detail.consent')}</dt>
          <dd className="summary-list__value">{t('returns.detail.consentOn', { date: dateOf(application.consentOn) })}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__term">{t('returns.detail.referredAt')}</dt>
          <dd className="summary-list__value">{formatDateTime(application.referredAt)}</dd>
        </div>
        {application.iomOrganisationName && (
          <div className="summary-list__row">
            <dt className="summary-list__term">{t('returns.field.organisationId')}</dt>
            <dd className="summary-list__value">{application.iomOrganisationName}</dd>
          </div>
        )}
        {application.journeyOn && (
          <div className="summary-list__row">
            <dt className="summary-list__term">{t('returns.field.journeyOn')}</dt>
            <dd className="summary-list__value">{dateOf(application.journeyOn)}</dd>
          </div>
        )}
        {application.arrivedOn && (
          <div className="summary-list__row">
            <dt className="summary-list__term">{t('returns.field.arrivedOn')}</dt>
            <dd className="summary-list__value">{dateOf(application.arrivedOn)}</dd>
          </div>
        )}
        {application.declineReason && (
          <div className="summary-list__row">
            <dt className="summary-list__term">{t('returns.detail.declineReason')}</dt>
            <dd className="summary-list__value return-text">{application.declineReason}</dd>
          </div>
        )}
        {application.withdrawReason && (
          <div className="summary-list__row">
            <dt className="summary-list__term">{t('returns.detail.withdrawReason')}</dt>
            <dd className="summary-list__value return-text">{application.withdrawReason}</dd>
          </div>
        )}
        {application.endReason && (
          <div className="summary-list__row">
            <dt className="summary-list__term">{t('returns.detail.endReason')}</dt>
            <dd className="summary-list__value return-text">
              {t(`returns.endReason.${application.endReason}`)}
              {application.endNote && ` – ${application.endNote}`}
            </dd>
          </div>
        )}
      </dl>
      {application.milestones.length > 0 && (
        <DataTable
          id={`${idPrefix}-milestones`}
          caption={t('returns.milestones.caption')}
          columns={[t('returns.milestones.col.what'), t('returns.milestones.col.date'), t('returns.milestones.col.status'), t('returns.milestones.col.assessment')]}
        >
          {application.milestones.map((milestone) => (
            <tr key={milestone.id}>
              <th scope="row">{t(`returns.milestone.${milestone.kind}`)}</th>
              <td className="table__nowrap">
                <time dateTime={milestone.dueOn}>{dateOf(milestone.dueOn)}</time>
              </td>
              <td className={`deadline-status deadline-status--${milestone.status}`}>{deadlineWhen(t, { kind: 'return_follow_up', status: milestone.status, daysLeft: milestone.daysLeft })}</td>
              <td>
                {milestone.assessment ? t('returns.assessmentSummary', milestone.assessment) : null}
                {milestone.note && <span className="return-text"> {milestone.note}</span>}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
