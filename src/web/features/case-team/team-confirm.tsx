import { useState } from 'react';
import { api, ifMatch, isApiError } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { Notice } from '../../components/notice.tsx';
import { useT } from '../../i18n/index.tsx';
import { PanelHeading } from './team-form-parts.tsx';
import type { TeamAction, TeamActionOutcome } from './team-panel.tsx';

export interface TeamConfirmProps {
  caseId: string;
  action: Extract<TeamAction, { kind: 'remove' | 'withdraw' }>;
  outcome: TeamActionOutcome;
}

/**
 * The question before an organisation loses the case: taking it off the team, or recording that
 * the person withdrew the consent it stood on. Both end access at once, so both are asked first.
 */
export function TeamConfirm({ caseId, action, outcome }: TeamConfirmProps) {
  const t = useT();
  const [isBusy, setIsBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  const isRemove = action.kind === 'remove';
  const organisation = isRemove ? action.member.organisationName : action.basis.organisationName;

  const confirm = () => {
    setIsBusy(true);
    setFailed(null);
    const request = isRemove
      ? api.DELETE('/api/cases/{caseId}/team/{memberId}', {
          params: { path: { caseId, memberId: action.member.id }, header: ifMatch(action.member.version) },
        })
      : api.POST('/api/cases/{caseId}/legal-bases/{legalBasisId}/withdraw', {
          params: { path: { caseId, legalBasisId: action.basis.id }, header: ifMatch(action.basis.version) },
          body: {},
        });
    request.then(
      () => {
        outcome.done(t(isRemove ? 'team.confirmRemove.done' : 'team.confirmWithdraw.done', { organisation }));
      },
      (error: unknown) => {
        if (isApiError(error, 412) || isApiError(error, 409) || isApiError(error, 404) || isApiError(error, 403)) {
          outcome.outdated(error);
          return;
        }
        setIsBusy(false);
        setFailed(isApiError(error, 0) ? t('app.serverUnavailable') : t('app.genericError'));
      },
    );
  };

  return (
    <section className="panel team__panel" aria-labelledby="team-confirm-heading">
      <PanelHeading id="team-confirm-heading">
        {t(isRemove ? 'team.confirmRemove.heading' : 'team.confirmWithdraw.heading', { organisation })}
      </PanelHeading>
      <p>{t(isRemove ? 'team.confirmRemove.text' : 'team.confirmWithdraw.text')}</p>
      {failed && <Notice tone="error">{failed}</Notice>}
      <div className="button-group">
        <Button disabled={isBusy} onClick={confirm}>
          {t(isRemove ? 'team.confirmRemove.confirm' : 'team.confirmWithdraw.confirm')}
        </Button>
        <Button variant="secondary" onClick={outcome.cancel}>
          {t('team.cancel')}
        </Button>
      </div>
    </section>
  );
}
