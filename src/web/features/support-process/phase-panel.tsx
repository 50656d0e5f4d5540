import { useEffect, useRef, useState } from 'react';
import type { ChecklistEntry, MissingItem, SupportProcessState } from '../../../shared/schemas/support-process.ts';
import { api, isApiError } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import type { SummaryItem } from '../../components/error-summary.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import { phaseLabel } from '../cases/case-labels.ts';
import type { CasePanelProps } from '../cases/case-panel.ts';
import { Checklist } from './checklist.tsx';
import { ClosureApproval } from './closure-approval.tsx';
import { NextPhaseNeeds } from './next-phase-needs.tsx';
import { PhaseActions } from './phase-actions.tsx';
import { PhaseHistory } from './phase-history.tsx';
import { PhaseStepper } from './phase-stepper.tsx';
import { checklistLabel, describeMissing, outcomeLabel } from './support-process-labels.ts';
import './support-process.css';

const noEntries: readonly ChecklistEntry[] = [];

interface StatusMessage {
  text: string;
  tone: 'success' | 'error';
  takeFocus: boolean;
  serial: number;
}

/** The outcome of the last action, in a live region that exists before any message does. */
function SupportProcessStatus({ status }: { status: StatusMessage | null }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (status?.takeFocus) ref.current?.focus();
  }, [status]);
  return (
    <div role="status" className="process-status">
      {status && (
        <p ref={ref} key={status.serial} className={`notice notice--${status.tone}`} tabIndex={-1}>
          {status.text}
        </p>
      )}
    </div>
  );
}

/**
 * The support process of the case (DESIGN.md §4): the phase stepper, the current phase's
 * checklist, what the next phase needs, the moves the caller may make, and the phase history.
 */
export function PhasePanel({ detail, onCaseChanged }: CasePanelProps) {
  const { t, language, formatDateTime } = useI18n();
  const [revision, setRevision] = useState(0);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  // A change of the case (a move, an edit elsewhere on the page) changes its version: reload.
  const load = useLoad(`process:${detail.id}:${detail.version}:${revision}`, (signal) =>
    api.GET('/api/cases/{caseId}/support-process', { params: { path: { caseId: detail.id } }, signal }),
  );
  const state = load.status === 'ready' ? load.data : load.status === 'loading' ? load.stale : undefined;

  const show = (text: string, tone: StatusMessage['tone'], takeFocus = false) => {
    setStatus((previous) => ({ text, tone, takeFocus, serial: (previous?.serial ?? 0) + 1 }));
  };
  const reload = () => {
    setRevision((r) => r + 1);
  };

  const onTickSaved = (entry: ChecklistEntry) => {
    const label = checklistLabel(language, entry);
    show(entry.done ? t('supportProcess.ticked', { label }) : t('supportProcess.unticked', { label }), 'success');
    reload();
  };
  const onTickFailed = (error: unknown) => {
    if (isApiError(error, 404)) {
      show(t('supportProcess.tickGone'), 'error');
      reload();
    } else if (isApiError(error, 403)) show(t('supportProcess.forbidden'), 'error');
    else if (isApiError(error, 0)) show(t('app.serverUnavailable'), 'error');
    else show(t('app.genericError'), 'error');
  };

  const describeAll = (current: SupportProcessState) => (missing: readonly MissingItem[], inCloseForm: boolean): SummaryItem[] =>
    missing.map((item) =>
      describeMissing(t, language, item, current, { checklistPhase: detail.can.tickChecklist ? current.phase : null, closure: inCloseForm }),
    );

  return (
    <section aria-labelledby="process-heading" className="process-panel">
      <h2 className="section-heading" id="process-heading">
        {t('supportProcess.heading')}
      </h2>
      <SupportProcessStatus status={status} />
      {!state && load.status === 'loading' && <Loading label={t('app.loading')} />}
      {load.status === 'error' && (
        <Notice tone="error">
          <p>{isApiError(load.error, 0) ? t('app.serverUnavailable') : t('supportProcess.loadError')}</p>
          <Button variant="secondary" onClick={reload}>
            {t('app.tryAgain')}
          </Button>
        </Notice>
      )}
      {state && (
        <>
          <PhaseStepper phase={state.phase} />
          <p className="process-current">
            {t('supportProcess.current', { phase: phaseLabel(t, state.phase) })}
            {state.phase === 'closed' && detail.closedAt && ` ${t('supportProcess.closedAt', { time: formatDateTime(detail.closedAt) })}`}
            {state.phase === 'closed' && detail.closureOutcome && ` ${t('supportProcess.closedOutcome', { outcome: outcomeLabel(t, detail.closureOutcome) })}`}
          </p>
          <Checklist
            caseId={detail.id}
            phase={state.phase}
            entries={state.phases.find((p) => p.phase === state.phase)?.checklist ?? noEntries}
            canTick={detail.can.tickChecklist}
            onSaved={onTickSaved}
            onFailed={onTickFailed}
          />
          {state.nextPhase && (
            <NextPhaseNeeds nextPhase={state.nextPhase} items={describeAll(state)(state.missingForNext, false)} />
          )}
          {state.pendingClosureApproval && (
            <ClosureApproval
              pending={state.pendingClosureApproval}
              onWithdrawn={() => {
                show(t('approvals.closureWithdrawn'), 'success', true);
                reload();
              }}
              onGone={reload}
            />
          )}
          <PhaseActions
            detail={detail}
            state={state}
            describeMissing={describeAll(state)}
            onMoved={(to, waitsForApproval) => {
              show(waitsForApproval ? t('approvals.closureRequested') : t('supportProcess.moved', { phase: phaseLabel(t, to) }), 'success', true);
              reload();
              onCaseChanged();
            }}
            onCaseChanged={onCaseChanged}
          />
          <PhaseHistory history={state.history} />
        </>
      )}
    </section>
  );
}
