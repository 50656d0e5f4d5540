import { useEffect, useRef, useState } from 'react';
import type { Role } from '../../../shared/enums.ts';
import type { Person } from '../../../shared/schemas/admin.ts';
import { api } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { useT } from '../../i18n/index.tsx';
import { roleLabel } from './admin-labels.ts';

export type PanelKind = 'roles' | 'deactivate';

export interface PersonPanelProps {
  kind: PanelKind;
  person: Person;
  personPath: string;
  grantableRoles: readonly Role[];
  onDone: (message: string) => void;
  onFailed: (error: unknown) => void;
  onCancel: () => void;
}

/**
 * The roles editor or the deactivation question for one person, below the table. It takes focus
 * when it opens, so keyboard and screen reader users land in it.
 */
export function PersonPanel({ kind, person, personPath, grantableRoles, onDone, onFailed, onCancel }: PersonPanelProps) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  // Roles the admin may not give (system_admin for an org admin) still show, so they are kept.
  const choices = [...new Set([...grantableRoles, ...person.roles])];
  const [roles, setRoles] = useState<Role[]>(person.roles);
  const [error, setError] = useState<string | undefined>();
  const [isBusy, setIsBusy] = useState(false);
  useEffect(() => {
    ref.current?.focus();
  }, []);

  const send = (request: Promise<unknown>, message: string) => {
    setIsBusy(true);
    request.then(
      () => { onDone(message); },
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
            send(api.put(`${personPath}/roles`, { roles }), t('people.rolesSaved', { name: person.name }));
          }}
        >
          <CheckboxGroup<Role>
            id="person-roles"
            name="roles"
            legend={t('people.rolesLegend', { name: person.name })}
            error={error}
            choices={choices.map((role) => ({ value: role, label: roleLabel(t, role) }))}
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
              onClick={() => { send(api.post(`${personPath}/deactivate`), t('people.deactivated', { name: person.name })); }}
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
