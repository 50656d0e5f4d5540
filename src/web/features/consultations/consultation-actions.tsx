import { useState } from 'react';
import { api, isApiError } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { commonFailure, params, type ConsultationActionsProps } from './consultation-action-parts.ts';
import { AdviceForm, AssignForm, CloseForm, EscalateForm } from './consultation-forms.tsx';

function ClaimButton({ detail, onChanged }: ConsultationActionsProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      id="consultation-claim"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        api.POST('/api/consultations/{consultationId}/claim', { params: params(detail) }).then(
          () => { onChanged(t('consultations.claimed'), 'success'); },
          (error: unknown) => {
            setBusy(false);
            onChanged(commonFailure(t, error) ?? (isApiError(error, 0) ? t('app.serverUnavailable') : t('app.genericError')), 'error');
          },
        );
      }}
    >
      {t('consultations.claim')}
    </Button>
  );
}

/** The queue work on one consultation, each control shown only when the server says it may be used. */
export function ConsultationActions(props: ConsultationActionsProps) {
  const { t } = useI18n();
  const { can } = props.detail;
  if (!can.claim && !can.assign && !can.advise && !can.close && !can.escalate) return null;
  return (
    <section className="consultation-actions" aria-labelledby="consultation-actions-heading">
      <h2 className="section-heading" id="consultation-actions-heading">
        {t('consultations.view.actions')}
      </h2>
      {can.claim && (
        <p>
          <ClaimButton {...props} />
        </p>
      )}
      {can.assign && <AssignForm {...props} />}
      {can.advise && <AdviceForm {...props} />}
      {can.close && <CloseForm {...props} />}
      {can.escalate && <EscalateForm {...props} />}
    </section>
  );
}
