import { useEffect, useRef, useState } from 'react';
import type { CaseTeam, LegalBasis, TeamMember } from '../../../shared/schemas/case-team.ts';
import { api, isApiError } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { useT } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import type { CasePanelProps } from '../cases/case-panel.ts';
import { LegalBasisForm } from './legal-basis-form.tsx';
import { LegalBasisTable, RemovedMembers } from './legal-basis-table.tsx';
import { TeamConfirm } from './team-confirm.tsx';
import { TeamMemberForm } from './team-member-form.tsx';
import { TeamTable } from './team-table.tsx';
import './team.css';

/** What is open below the tables: one form or question at a time. */
export type TeamAction =
  | { kind: 'basis' }
  | { kind: 'add' }
  | { kind: 'edit'; member: TeamMember }
  | { kind: 'remove'; member: TeamMember }
  | { kind: 'withdraw'; basis: LegalBasis };

/** How a finished action reports back to the panel. */
export interface TeamActionOutcome {
  /** The action succeeded: say so. */
  done: (message: string) => void;
  /** The server refused because the team changed meanwhile (412, 409): reload and say so. */
  outdated: (error: unknown) => void;
  cancel: () => void;
}

interface StatusMessage {
  text: string;
  tone: 'success' | 'error';
  serial: number;
}

/**
 * The case team and the legal bases (DESIGN.md §3, §6): which organisations work on the case, on
 * what legal ground, and who their named contacts are. Coordinators who run the case record legal
 * bases, add and remove organisations and withdraw consent; everyone else reads.
 */
export function TeamPanel({ detail, onCaseChanged }: CasePanelProps) {
  const t = useT();
  const caseId = detail.id;
  const canManage = detail.can.manageTeam;
  const [revision, setRevision] = useState(0);
  const [action, setAction] = useState<TeamAction | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const returnFocusTo = useRef<string | null>(null);
  const state = useLoad(`team:${caseId}:${revision}`, (signal) =>
    api.GET('/api/cases/{caseId}/team', { params: { path: { caseId } }, signal }),
  );
  const team = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;

  useEffect(() => {
    if (status) statusRef.current?.focus();
  }, [status]);

  // After "Cancel", focus goes back to the button that opened the form.
  useEffect(() => {
    if (action !== null || returnFocusTo.current === null) return;
    document.getElementById(returnFocusTo.current)?.focus();
    returnFocusTo.current = null;
  }, [action]);

  const reload = () => {
    setRevision((r) => r + 1);
  };
  const say = (text: string, tone: StatusMessage['tone']) => {
    setStatus((previous) => ({ text, tone, serial: (previous?.serial ?? 0) + 1 }));
  };
  const open = (next: TeamAction, openerId: string) => {
    setStatus(null);
    returnFocusTo.current = openerId;
    setAction(next);
  };
  const outcome: TeamActionOutcome = {
    done: (message) => {
      returnFocusTo.current = null;
      setAction(null);
      say(message, 'success');
      reload();
      onCaseChanged();
    },
    outdated: (error) => {
      returnFocusTo.current = null;
      setAction(null);
      say(isApiError(error, 403) ? t('team.forbidden') : isApiError(error, 412) ? t('team.stale') : t('team.conflict'), 'error');
      reload();
    },
    cancel: () => {
      setAction(null);
    },
  };

  return (
    <section aria-labelledby="team-heading" className="team">
      <h2 className="section-heading" id="team-heading">
        {t('team.heading')}
      </h2>
      <p className="team__intro">{t('team.intro')}</p>
      <div role="status" className="team__status">
        {status && (
          <p ref={statusRef} key={status.serial} tabIndex={-1} className={`notice notice--${status.tone}`}>
            {status.text}
          </p>
        )}
      </div>
      {state.status === 'error' && (
        <Notice tone="error">
          <p>{t('team.loadFailed')}</p>
          <Button variant="secondary" onClick={reload}>
            {t('app.tryAgain')}
          </Button>
        </Notice>
      )}
      {!team && state.status === 'loading' && <Loading label={t('app.loading')} />}
      {team && (
        <>
          <TeamTable team={team} canManage={canManage} onAction={open} />
          <LegalBasisTable team={team} canManage={canManage} onAction={open} />
          <RemovedMembers team={team} />
          {canManage && action === null && (
            <div className="button-group team__actions">
              <Button id="team-open-basis" variant="secondary" onClick={() => { open({ kind: 'basis' }, 'team-open-basis'); }}>
                {t('team.recordBasis')}
              </Button>
              <Button id="team-open-add" variant="secondary" onClick={() => { open({ kind: 'add' }, 'team-open-add'); }}>
                {t('team.addMember')}
              </Button>
            </div>
          )}
          {canManage && action && (
            <TeamActionPanel caseId={caseId} regionCode={detail.regionCode} team={team} action={action} outcome={outcome} />
          )}
        </>
      )}
    </section>
  );
}

interface TeamActionPanelProps {
  caseId: string;
  regionCode: string;
  team: CaseTeam;
  action: TeamAction;
  outcome: TeamActionOutcome;
}

function TeamActionPanel({ caseId, regionCode, team, action, outcome }: TeamActionPanelProps) {
  switch (action.kind) {
    case 'basis':
      return <LegalBasisForm caseId={caseId} regionCode={regionCode} outcome={outcome} />;
    case 'add':
      return <TeamMemberForm key="add" caseId={caseId} team={team} outcome={outcome} />;
    case 'edit':
      return <TeamMemberForm key={action.member.id} caseId={caseId} team={team} member={action.member} outcome={outcome} />;
    case 'remove':
    case 'withdraw':
      return <TeamConfirm caseId={caseId} action={action} outcome={outcome} />;
  }
}
