import { useEffect, useRef, useState } from 'react';
import type { Role } from '../../../shared/enums.ts';
import type { Member } from '../../../shared/schemas/admin.ts';
import { api } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { useT } from '../../i18n/index.tsx';
import { roleLabel, rolesLabel } from './admin-labels.ts';

export type PanelKind = 'roles' | 'deactivate';

export interface MemberPanelProps {
  kind: PanelKind;
  member: Member;
  organisationId: string;
  onDone: (message: string) => void;
  onFailed: (error: unknown) => void;
  onCancel: () => void;
}

/**
 * The roles editor or the deactivation question for one member, below the table. It takes focus
 * when it opens, so keyboard and screen reader users land in it.
 */
export function MemberPanel({ kind, member, organisationId, onDone, onFailed, onCancel }: MemberPanelProps) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  // Every role of the organisation's kind and every role held, with why the admin may not change some.
  const choices = member.can.roleChoices.map((choice) => ({
    value: choice.role,
    label: roleLabel(t, choice.role),
    disabled: choice.refusal !== null,
    hint: choice.refusal ? t(`roles.refusal.${choice.refusal}`) : choice.needsApproval ? t('roles.needsApproval') : undefined,
  }));
  // Roles waiting for approval start ticked: saving unchanged keeps the request, unticking one withdraws it.
  const [roles, setRoles] = useState<Role[]>([...member.roles, ...member.pendingRoles]);
  const [error, setError] = useState<string | undefined>();
  const [isBusy, setIsBusy] = useState(false);
  useEffect(() => {
    ref.current?.focus();
  }, []);

  const params = { path: { organisationId, userId: member.id } };
  const send = <T,>(request: Promise<T>, message: (answer: T) => string) => {
    setIsBusy(true);
    request.then(
      (answer) => { onDone(message(answer)); },
      (e: unknown) => {
        setIsBusy(false);
        onFailed(e);
      },
    );
  };

  const title = kind === 'roles' ? t('members.rolesLegend', { name: member.name }) : t('members.deactivate', { name: member.name });
  return (
    <section className="panel" aria-labelledby="member-panel-title">
      <h3 id="member-panel-title" ref={ref} tabIndex={-1} className="section-heading">
        {title}
      </h3>
      {kind === 'roles' ? (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (roles.length === 0) {
              setError(t('members.rolesRequired'));
              return;
            }
            send(api.PUT('/api/organisations/{organisationId}/members/{userId}/roles', { params, body: { roles } }), (saved) =>
              saved.pendingRoles.length > 0
                ? t('roles.savedWithPending', { name: member.name, roles: rolesLabel(t, saved.pendingRoles) })
                : t('members.rolesSaved', { name: member.name }),
            );
          }}
        >
          <CheckboxGroup<Role>
            id="member-roles"
            name="roles"
            legend={t('members.rolesLegend', { name: member.name })}
            hint={t('roles.rulesHint')}
            error={error}
            choices={choices}
            values={roles}
            onChange={setRoles}
          />
          <div className="button-group">
            <Button type="submit" disabled={isBusy}>
              {t('members.saveRoles')}
            </Button>
            <Button variant="secondary" onClick={onCancel}>
              {t('members.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <p>{t('members.confirmDeactivate', { name: member.name })}</p>
          <div className="button-group">
            <Button
              disabled={isBusy}
              onClick={() => { send(api.POST('/api/organisations/{organisationId}/members/{userId}/deactivate', { params }), () => t('members.deactivated', { name: member.name })); }}
            >
              {t('members.confirmDeactivateButton')}
            </Button>
            <Button variant="secondary" onClick={onCancel}>
              {t('members.cancel')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
