import type { CasePhase } from '../../../shared/enums.ts';
import { type SummaryItem, SummaryItemList } from '../../components/error-summary.tsx';
import { useT } from '../../i18n/index.tsx';
import { phaseLabel } from '../cases/case-labels.ts';

/**
 * What moving on to the next phase lacks right now, before anyone tries: each item in words, and
 * a link to the control that puts it right where it is on the page.
 */
export function NextPhaseNeeds({ nextPhase, items }: { nextPhase: CasePhase; items: readonly SummaryItem[] }) {
  const t = useT();
  const phase = phaseLabel(t, nextPhase);
  return (
    <div className="process-needs">
      <h3 className="process-subheading">{t('supportProcess.needsHeading', { phase })}</h3>
      {items.length === 0 ? (
        <p className="process-needs__ready">
          <span aria-hidden="true">✓ </span>
          {t('supportProcess.needsNothing', { phase })}
        </p>
      ) : (
        <SummaryItemList items={items} className="process-needs__list" />
      )}
    </div>
  );
}
