import { useState } from 'react';
import { casePhases, closureOutcomes, type CasePhase, type ClosureOutcome } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import type { MissingItem, SupportProcessState } from '../../../shared/schemas/support-process.ts';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import { api, ifMatch } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import type { SummaryItem } from '../../components/error-summary.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { caseSchemas } from '../../lazy-schemas.ts';
import { useFormSubmission, type FieldErrors } from '../../use-form-submission.ts';
import { phaseLabel } from '../cases/case-labels.ts';
import type { CasePanelProps } from '../cases/case-panel.ts';
import { latestCaseVersion, type MoveFailure, readMoveFailure, requestMove } from './support-process-api.ts';
import { closeFieldId, outcomeLabel } from './support-process-labels.ts';
import { reasonError } from './reason-field.tsx';

/** What both move forms get from the panel. */
export interface MoveFormProps {
  detail: CaseDetail;
  state: SupportProcessState;
  /** Words a refused move's missing items, linking those that can be put right on the page. */
  describeMissing: (missing: readonly MissingItem[], inCloseForm: boolean) => SummaryItem[];
  /** The move happened, or (closing a case with protected identity) waits for a national coordinator's approval. */
  onMoved: (to: CasePhase, waitsForApproval?: boolean) => void;
  /** The case changed under the form: 412 (reload), or the closure was saved but the move refused (the saved case). */
  onCaseChanged: CasePanelProps['onCaseChanged'];
  onCancel: () => void;
}

/** The message for a failure that is not about one of the form's fields. */
function useFailureMessage() {
  const t = useT();
  return (failure: MoveFailure): string => {
    switch (failure.kind) {
      case 'stale':
        return t('supportProcess.stale');
      case 'forbidden':
        return t('supportProcess.forbidden');
      case 'unreachable':
        return t('app.serverUnavailable');
      case 'refused':
      case 'field':
      case 'unexpected':
        return t('app.genericError');
    }
  };
}

const closeFields = ['closureOutcome', 'closureReason'] as const;
const closeSchema = () => caseSchemas().then((schemas) => schemas.caseUpdateInput);

/**
 * Closing the case: the outcome and the closure reason (saved on the case first when they
 * changed), then the move to closed. A refusal lists what is still missing.
 */
export function CloseCaseForm({ detail, state, describeMissing, onMoved, onCaseChanged, onCancel }: MoveFormProps) {
  const t = useT();
  const failureMessage = useFailureMessage();
  const [outcome, setOutcome] = useState<string>(detail.closureOutcome ?? '');
  const [reason, setReason] = useState(detail.closureReason ?? '');
  const [missing, setMissing] = useState<SummaryItem[]>([]);
  const form = useFormSubmission(closeFields, {
    targetOf: (field) => closeFieldId(field),
    messageOf: (field) =>
      field === 'closureOutcome' ? t('supportProcess.errors.outcomeRequired') : (reasonError(t, reason) ?? t('supportProcess.errors.invalid')),
  });

  const onSubmit = form.handleSubmit(async () => {
    setMissing([]);
    const checked = await form.check(closeSchema, { closureOutcome: outcome, closureReason: reason });
    if (!checked) return;
    form.startSending();
    const { closureOutcome, closureReason } = checked;
    const changed = closureOutcome !== detail.closureOutcome || closureReason !== detail.closureReason;
    // The case as the closure details were saved, shown by the page if the move is refused.
    let saved: CaseDetail | null = null;
    const save = changed
      ? api
          .PATCH('/api/cases/{caseId}', {
            params: { path: { caseId: detail.id }, header: ifMatch(latestCaseVersion(detail, state)) },
            body: { closureOutcome, closureReason },
          })
          .then((updated) => {
            saved = updated;
            return updated.version;
          })
      : Promise.resolve(latestCaseVersion(detail, state));
    save
      .then((version) => requestMove(detail.id, version, 'closed'))
      .then(
        (next) => {
          // 202: the closing waits for approval; the case stays open until a national coordinator approves.
          onMoved('closed', next.phase !== 'closed' && next.pendingClosureApproval !== null);
        },
        (error: unknown) => {
          const failure = readMoveFailure(error);
          if (failure.kind === 'stale') onCaseChanged();
          else if (saved) onCaseChanged(saved);
          if (failure.kind === 'refused') {
            setMissing(describeMissing(failure.missing, true));
            form.fail({}, null);
          } else if (failure.kind === 'field' && (failure.field === 'closureOutcome' || failure.field === 'closureReason')) {
            form.fail({ [failure.field]: t('supportProcess.errors.invalid') }, null);
          } else {
            form.fail({}, failureMessage(failure));
          }
        },
      );
  });

  return (
    <div className="process-form">
      <h3 className="process-subheading">{t('supportProcess.closeHeading')}</h3>
      <FormWithSummary onSubmit={onSubmit} summary={[...missing, ...form.summary]} focusKey={form.failedSubmits}>
        <SelectField
          id={closeFieldId('closureOutcome')}
          label={t('supportProcess.closureOutcome')}
          error={form.errors.closureOutcome}
          value={outcome}
          onChange={setOutcome}
        >
          <option value="">{t('supportProcess.chooseOutcome')}</option>
          {closureOutcomes.map((value: ClosureOutcome) => (
            <option key={value} value={value}>
              {outcomeLabel(t, value)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          id={closeFieldId('closureReason')}
          label={t('supportProcess.closureReason')}
          hint={t('supportProcess.closureReasonHint', { min: limits.reasonMin })}
          error={form.errors.closureReason}
          value={reason}
          onChange={setReason}
        />
        <div className="button-group">
          <SubmitButton isSending={form.isSending}>{t('supportProcess.closeSubmit')}</SubmitButton>
          <Button variant="secondary" onClick={onCancel}>
            {t('supportProcess.cancel')}
          </Button>
        </div>
      </FormWithSummary>
    </div>
  );
}

const backFields = ['target', 'reason'] as const;
type BackField = (typeof backFields)[number];

/** The phases a case may go back to, or for a closed case reopen in: every earlier open phase. */
export function earlierPhases(phase: CasePhase): CasePhase[] {
  const openPhases = casePhases.filter((p) => p !== 'closed');
  return phase === 'closed' ? openPhases : openPhases.slice(0, casePhases.indexOf(phase));
}

/** Moving back to an earlier phase, or reopening a closed case: a phase and a reason. */
export function MoveBackForm({ detail, state, describeMissing, onMoved, onCaseChanged, onCancel }: MoveFormProps) {
  const t = useT();
  const failureMessage = useFailureMessage();
  const isReopen = state.phase === 'closed';
  const choices = earlierPhases(state.phase);
  const [target, setTarget] = useState<string>(isReopen ? '' : (choices.at(-1) ?? ''));
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<SummaryItem[]>([]);
  const form = useFormSubmission(backFields, (field) => `process-back-${field}`);

  const onSubmit = form.handleSubmit(() => {
    const found: FieldErrors<BackField> = {};
    if (!target) found.target = t('supportProcess.errors.targetRequired');
    const reasonProblem = reasonError(t, reason);
    if (reasonProblem) found.reason = reasonProblem;
    setMissing([]);
    if (Object.keys(found).length > 0) {
      form.fail(found, null);
      return;
    }
    form.startSending();
    const to = target as CasePhase;
    requestMove(detail.id, latestCaseVersion(detail, state), to, reason.trim()).then(
      () => {
        onMoved(to);
      },
      (error: unknown) => {
        const failure = readMoveFailure(error);
        if (failure.kind === 'stale') onCaseChanged();
        if (failure.kind === 'refused') {
          setMissing(describeMissing(failure.missing, false));
          form.fail({}, null);
        } else if (failure.kind === 'field' && failure.field === 'reason') {
          const message = failure.code.includes('big')
            ? t('supportProcess.errors.reasonTooLong', { max: limits.reasonMax })
            : t('supportProcess.errors.reasonTooShort', { min: limits.reasonMin });
          form.fail({ reason: message }, null);
        } else {
          form.fail({}, failureMessage(failure));
        }
      },
    );
  });

  return (
    <div className="process-form">
      <h3 className="process-subheading">{isReopen ? t('supportProcess.reopenHeading') : t('supportProcess.backHeading')}</h3>
      <FormWithSummary onSubmit={onSubmit} summary={[...missing, ...form.summary]} focusKey={form.failedSubmits}>
        <SelectField
          id="process-back-target"
          label={isReopen ? t('supportProcess.reopenTarget') : t('supportProcess.backTarget')}
          error={form.errors.target}
          value={target}
          onChange={setTarget}
        >
          <option value="">{t('supportProcess.choosePhase')}</option>
          {choices.map((phase) => (
            <option key={phase} value={phase}>
              {phaseLabel(t, phase)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          id="process-back-reason"
          label={t('supportProcess.reason')}
          hint={t('supportProcess.reasonHint', { min: limits.reasonMin })}
          error={form.errors.reason}
          value={reason}
          onChange={setReason}
        />
        <div className="button-group">
          <SubmitButton isSending={form.isSending}>{isReopen ? t('supportProcess.reopenSubmit') : t('supportProcess.backSubmit')}</SubmitButton>
          <Button variant="secondary" onClick={onCancel}>
            {t('supportProcess.cancel')}
          </Button>
        </div>
      </FormWithSummary>
    </div>
  );
}
