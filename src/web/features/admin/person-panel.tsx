import { useEffect, useRef, useState } from 'react';
import type { Role } from '../../../shared/enums.ts';
import type { Person } from '../../../shared/schemas/admin.ts';
import { api } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { useT } from '../../i18n/index.tsx';
import { roleLabel, rolesLabel } from './admin-labels.ts';

export type PanelKind = 'roles' | 'deactivate';

export interface PersonPanelProps {
  kind: PanelKind;
  person: Person;
  organisationId: string;
  onDone: (message: string) => void;
  onFailed: (error: unknown) => void;
  onCancel: () => void;
}

/**
 * The roles editor or the deactivation question for one person, below the table. It takes focus
 * when it opens, so keyboard and screen reader users land in it.
 */
export function PersonPanel({ kind, person, organisationId, onDone, onFailed, onCancel }: PersonPanelProps) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  // Every role of the organisation's kind and every role held, with why the admin may not change some.
  const choices = person.can.roleChoices.map((choice) => ({
    value: choice.role,
    label: roleLabel(t, choice.role),
    disabled: choice.refusal !== null,
    hint: choice.refusal ? t(`roles.refusal.${choice.refusal}`) : choice.needsApproval ? t('roles.needsApproval') : undefined,
  }));
  // Roles waiting for approval start ticked: saving unchanged keeps the request, unticking one withdraws it.
  const [roles, setRoles] = useState<Role[]>([...person.roles, ...person.pendingRoles]);
  const [error, setError] = useState<string | undefined>();
  const [isBusy, setIsBusy] = useState(false);
  useEffect(() => {
    ref.current?.focus();
  }, []);

  const params = { path: { organisationId, userId: person.id } };
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

  const title = kind === 'roles' ? t('people.rolesLegend', { name: person.name }) : t('people.deactivate', { name: person.name });
  return (
    <section className="panel" aria-labelledby="person-panel-title">
      <h3 id="person-panel-title" ref={ref} tabIndex={-1} className="section-heading">
        {title}
      </h3>
      {kind === 'roles' ? (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (roles.length === 0) {
              setError(t('people.rolesRequired'));
              return;
            }
            send(api.PUT('/api/organisations/{organisationId}/people/{userId}/roles', { params, body: { roles } }), (saved) =>
              saved.pendingRoles.length > 0
                ? t('roles.savedWithPending', { name: person.name, roles: rolesLabel(t, saved.pendingRoles) })
                : t('people.rolesSaved', { name: person.name }),
            );
          }}
        >
          <CheckboxGroup<Role>
            id="person-roles"
            name="roles"
            legend={t('people.rolesLegend', { name: person.name })}
            hint={t('roles.rulesHint')}
            error={error}
            choices={choices}
            values={roles}
            onChange={setRoles}
          />
          <div className="button-group">
            <Button type="submit" disabled={isBusy}>
              {t('people.saveRoles')}
            </Button>
            <Button variant="secondary" onClick={onCancel}>
              {t('people.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <p>{t('people.confirmDeactivate', { name: person.name })}</p>
          <div className="button-group">
            <Button
              disabled={isBusy}
              onClick={() => { send(api.POST('/api/organisations/{organisationId}/people/{userId}/deactivate', { params }), () => t('people.deactivated', { name: person.name })); }}
            >
              {t('people.confirmDeactivateButton')}
            </Button>
            <Button variant="secondary" onClick={onCancel}>
              {t('people.cancel')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
