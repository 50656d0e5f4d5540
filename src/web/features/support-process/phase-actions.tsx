import { useState } from 'react';
import type { CasePhase } from '../../../shared/enums.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary.tsx';
import { useT } from '../../i18n/index.tsx';
import { phaseLabel } from '../cases/case-labels.ts';
import { latestCaseVersion, readMoveFailure, requestMove } from './support-process-api.ts';
import { CloseCaseForm, earlierPhases, MoveBackForm, type MoveFormProps } from './phase-move-form.tsx';

type Mode = 'none' | 'close' | 'back';

/**
 * The moves the caller may make: on to the next phase, close the case (with its outcome and
 * reason), move back or reopen (with a reason). A refused move lists each missing item.
 */
export function PhaseActions(props: Omit<MoveFormProps, 'onCancel'>) {
  const { detail, state, describeMissing, onMoved, onCaseChanged } = props;
  const t = useT();
  const [mode, setMode] = useState<Mode>('none');
  const [problems, setProblems] = useState<SummaryItem[]>([]);
  const [failures, setFailures] = useState(0);
  const [isSending, setIsSending] = useState(false);

  if (!detail.can.movePhase) return null;
  const next = state.nextPhase;
  const isClosed = state.phase === 'closed';
  // A closing that waits for approval is shown by ClosureApproval; asking again would only conflict.
  const closingWaits = state.pendingClosureApproval !== null;
  const canGoBack = earlierPhases(state.phase).length > 0;

  const fail = (items: SummaryItem[]) => {
    setIsSending(false);
    setProblems(items);
    setFailures((n) => n + 1);
  };

  const moveOn = (to: CasePhase) => {
    if (isSending) return;
    setIsSending(true);
    setProblems([]);
    setMode('none');
    requestMove(detail.id, latestCaseVersion(detail, state), to).then(
      () => {
        setIsSending(false);
        onMoved(to);
      },
      (error: unknown) => {
        const failure = readMoveFailure(error);
        switch (failure.kind) {
          case 'refused':
            fail(describeMissing(failure.missing, false));
            return;
          case 'stale':
            fail([{ message: t('supportProcess.stale') }]);
            onCaseChanged();
            return;
          case 'forbidden':
            fail([{ message: t('supportProcess.forbidden') }]);
            return;
          case 'unreachable':
            fail([{ message: t('app.serverUnavailable') }]);
            return;
          case 'field':
          case 'unexpected':
            fail([{ message: t('app.genericError') }]);
        }
      },
    );
  };

  const toggle = (wanted: Mode) => {
    setProblems([]);
    setMode((current) => (current === wanted ? 'none' : wanted));
  };
  const formProps: MoveFormProps = {
    ...props,
    onMoved: (to, waitsForApproval) => {
      setMode('none');
      onMoved(to, waitsForApproval);
    },
    onCancel: () => {
      setMode('none');
    },
  };

  return (
    <div className="process-actions">
      <ErrorSummary items={problems} focusKey={failures} />
      <div className="process-actions__buttons">
        {next && next !== 'closed' && (
          <Button
            onClick={() => {
              moveOn(next);
            }}
          >
            {isSending ? t('form.sending') : t('supportProcess.moveTo', { phase: phaseLabel(t, next) })}
          </Button>
        )}
        {!isClosed && !closingWaits && (
          <Button
            variant={next === 'closed' ? 'primary' : 'secondary'}
            aria-expanded={mode === 'close'}
            aria-controls="process-move-form"
            onClick={() => {
              toggle('close');
            }}
          >
            {t('supportProcess.close')}
          </Button>
        )}
        {canGoBack && (
          <Button
            variant="secondary"
            aria-expanded={mode === 'back'}
            aria-controls="process-move-form"
            onClick={() => {
              toggle('back');
            }}
          >
            {isClosed ? t('supportProcess.reopen') : t('supportProcess.back')}
          </Button>
        )}
      </div>
      <div id="process-move-form">
        {mode === 'close' && <CloseCaseForm {...formProps} />}
        {mode === 'back' && <MoveBackForm {...formProps} />}
      </div>
    </div>
  );
}
