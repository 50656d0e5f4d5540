import { useEffect, useRef } from 'react';
import type { IntakeReceipt } from '../../../shared/schemas/intake.ts';
import { Button } from '../../components/button.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { regionLabel } from '../cases/case-labels.ts';

/** What the person sees once the report is in: its reference, who has it and when they answer. */
export function IntakeReceiptView({ receipt, onStartAgain }: { receipt: IntakeReceipt; onStartAgain: () => void }) {
  const { t, formatDateTime } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const due = formatDateTime(receipt.firstResponseDueAt);
  const region = receipt.regionName ? regionLabel(t, receipt.regionName) : null;
  return (
    <section aria-labelledby="intake-received" className="intake-receipt">
      <h2 id="intake-received" ref={heading} tabIndex={-1} className="section-heading">
        {t('intake.receivedTitle')}
      </h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__term">{t('intake.reference')}</dt>
          <dd className="summary-list__value">
            <strong className="intake-reference">{receipt.reference}</strong>
            <span className="hint intake-reference-hint">{t('intake.referenceHint')}</span>
          </dd>
        </div>
        {region && (
          <div className="summary-list__row">
            <dt className="summary-list__term">{t('intake.region')}</dt>
            <dd className="summary-list__value">{region}</dd>
          </div>
        )}
        <div className="summary-list__row">
          <dt className="summary-list__term">{t('intake.firstResponseBy')}</dt>
          <dd className="summary-list__value">{due}</dd>
        </div>
      </dl>
      <h3 className="intake-next-heading">{t('intake.nextHeading')}</h3>
      <p>{region ? t('intake.next', { region, due }) : t('intake.nextNoRegion', { due })}</p>
      <div className="notice notice--error intake-emergency">
        <p>{t('intake.next112')}</p>
      </div>
      <Button variant="secondary" onClick={onStartAgain}>
        {t('intake.newSubmission')}
      </Button>
    </section>
  );
}
