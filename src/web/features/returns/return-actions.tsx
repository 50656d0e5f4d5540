import { EndForm } from './return-end-form.tsx';
import { FollowUpForm } from './return-follow-up-form.tsx';
import type { ReturnActionProps } from './return-parts.ts';
import { AssignForm, DateStepForm, DecideForm, TextStepForm } from './return-step-forms.tsx';

/** The forms of the steps the caller may take now, from the abilities the server sent. */
export function ReturnActions(props: ReturnActionProps) {
  const { can } = props.application;
  return (
    <div className="return-actions">
      {can.decide && <DecideForm {...props} />}
      {can.assign && <AssignForm {...props} />}
      {can.planJourney && <DateStepForm {...props} step="journey" />}
      {can.recordArrival && <DateStepForm {...props} step="arrival" />}
      {can.recordPlan && <TextStepForm {...props} step="plan" />}
      {can.recordFollowUp && <FollowUpForm {...props} />}
      {can.withdraw && <TextStepForm {...props} step="withdraw" />}
      {can.end && <EndForm {...props} />}
    </div>
  );
}
