import type { CasePhase } from '../../../shared/enums.ts';
import type { ChecklistItem } from '../../../shared/schemas/support-process.ts';
import { Button } from '../../components/button.tsx';
import { useT } from '../../i18n/index.tsx';
import { phaseLabel } from '../cases/case-labels.ts';
import { ChecklistItemForm } from './checklist-item-form.tsx';
import './support-process.css';

/** Which form is open: an item's (by id), or the one adding an item to a phase (id null). */
export type Editing = { phase: CasePhase; itemId: string | null } | null;

export interface ChecklistAdminPhaseProps {
  phase: CasePhase;
  items: readonly ChecklistItem[];
  canManage: boolean;
  editing: Editing;
  setEditing: (editing: Editing) => void;
  /** Moves an item one place up (-1) or down (+1). */
  onMove: (item: ChecklistItem, step: -1 | 1) => void;
  onToggleActive: (item: ChecklistItem) => void;
  onSaved: (item: ChecklistItem, isNew: boolean) => void;
  onStale: () => void;
  /** Focus a control by id once the page has been redrawn. */
  requestFocus: (id: string) => void;
}

export const moveButtonId = (itemId: string, step: -1 | 1) => `checklist-item-${itemId}-${step < 0 ? 'up' : 'down'}`;
export const editButtonId = (itemId: string) => `checklist-item-${itemId}-edit`;
const addButtonId = (phase: CasePhase) => `checklist-add-${phase}`;

/** One phase's checklist items in order, with the national coordinator's controls. */
export function ChecklistAdminPhase(props: ChecklistAdminPhaseProps) {
  const { phase, items, canManage, editing, setEditing, onMove, onToggleActive, onSaved, onStale, requestFocus } = props;
  const t = useT();
  const headingId = `checklist-phase-${phase}`;

  const isEditing = (itemId: string | null) => editing?.phase === phase && editing.itemId === itemId;
  const hidden = (label: string) => <span className="visually-hidden">: {label}</span>;

  return (
    <section aria-labelledby={headingId} className="checklist-admin__phase">
      <h2 id={headingId}>{phaseLabel(t, phase)}</h2>
      {items.length === 0 ? (
        <p>{t('checklistAdmin.noItems')}</p>
      ) : (
        <ol className="checklist-admin__list">
          {items.map((item, index) => (
            <li key={item.id} className={item.isActive ? 'checklist-admin__item' : 'checklist-admin__item checklist-admin__item--inactive'}>
              <p className="checklist-admin__label" lang="sv">
                {item.labelSv}
              </p>
              <p className="checklist-admin__label-en" lang="en">
                {item.labelEn}
              </p>
              <p className="checklist-admin__flags">
                <span className="checklist-admin__flag">{item.isRequired ? t('checklistAdmin.required') : t('checklistAdmin.optional')}</span>
                <span className="checklist-admin__flag">{item.isActive ? t('checklistAdmin.active') : t('checklistAdmin.inactive')}</span>
              </p>
              {canManage && (
                <div className="table-actions">
                  {index > 0 && (
                    <Button id={moveButtonId(item.id, -1)} variant="secondary" onClick={() => { onMove(item, -1); }}>
                      {t('checklistAdmin.moveUp')}
                      {hidden(item.labelSv)}
                    </Button>
                  )}
                  {index < items.length - 1 && (
                    <Button id={moveButtonId(item.id, 1)} variant="secondary" onClick={() => { onMove(item, 1); }}>
                      {t('checklistAdmin.moveDown')}
                      {hidden(item.labelSv)}
                    </Button>
                  )}
                  <Button
                    id={editButtonId(item.id)}
                    variant="secondary"
                    aria-expanded={isEditing(item.id)}
                    onClick={() => { setEditing(isEditing(item.id) ? null : { phase, itemId: item.id }); }}
                  >
                    {t('checklistAdmin.edit')}
                    {hidden(item.labelSv)}
                  </Button>
                  <Button variant="secondary" onClick={() => { onToggleActive(item); }}>
                    {item.isActive ? t('checklistAdmin.deactivate') : t('checklistAdmin.activate')}
                    {hidden(item.labelSv)}
                  </Button>
                </div>
              )}
              {isEditing(item.id) && (
                <ChecklistItemForm
                  phase={phase}
                  existing={item}
                  onSaved={onSaved}
                  onStale={onStale}
                  onCancel={() => {
                    setEditing(null);
                    requestFocus(editButtonId(item.id));
                  }}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {canManage &&
        (isEditing(null) ? (
          <ChecklistItemForm
            phase={phase}
            onSaved={onSaved}
            onStale={onStale}
            onCancel={() => {
              setEditing(null);
              requestFocus(addButtonId(phase));
            }}
          />
        ) : (
          <Button id={addButtonId(phase)} variant="secondary" onClick={() => { setEditing({ phase, itemId: null }); }}>
            {t('checklistAdmin.addTo', { phase: phaseLabel(t, phase) })}
          </Button>
        ))}
    </section>
  );
}
