import { useState } from 'react';
import type { CasePhase } from '../../../shared/enums.ts';
import type { ChecklistEntry } from '../../../shared/schemas/support-process.ts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/index.tsx';
import { phaseLabel } from '../cases/case-labels.ts';
import { MaterialLinkFor, useMaterialLinks } from '../materials/material-links.tsx';
import { checklistControlId, checklistLabel } from './support-process-labels.ts';
import './support-process.css';

export interface ChecklistProps {
  caseId: string;
  phase: CasePhase;
  entries: readonly ChecklistEntry[];
  canTick: boolean;
  /** After a tick or untick was saved; the panel reloads what the next phase lacks. */
  onSaved: (entry: ChecklistEntry) => void;
  onFailed: (error: unknown) => void;
}

/**
 * A tick being saved (`savedWith` null), or saved while the list still shows the data read
 * before it: then `savedWith` is that data, and fresh data from the server takes over.
 */
interface Pending {
  done: boolean;
  savedWith: readonly ChecklistEntry[] | null;
}

/**
 * The checklist of one phase: checkboxes for those who may tick it, otherwise a list that says
 * what is done. A tick shows at once and is saved in the background; while it is on its way a
 * second change of the same box waits.
 */
export function Checklist({ caseId, phase, entries, canTick, onSaved, onFailed }: ChecklistProps) {
  const { t, language, formatDateTime } = useI18n();
  const [pending, setPending] = useState<ReadonlyMap<string, Pending>>(new Map());
  const materialLinks = useMaterialLinks();

  const isChecked = (entry: ChecklistEntry) => {
    const p = pending.get(entry.itemId);
    return p && (p.savedWith === null || p.savedWith === entries) ? p.done : entry.done;
  };

  const toggle = (entry: ChecklistEntry, done: boolean) => {
    if (pending.get(entry.itemId)?.savedWith === null) return;
    const shown = entries;
    setPending((current) => new Map(current).set(entry.itemId, { done, savedWith: null }));
    api
      .PUT('/api/cases/{caseId}/checklist/{itemId}', { params: { path: { caseId, itemId: entry.itemId } }, body: { done } })
      .then(
        (saved) => {
          setPending((current) => new Map(current).set(entry.itemId, { done: saved.done, savedWith: shown }));
          onSaved(saved);
        },
        (error: unknown) => {
          setPending((current) => {
            const next = new Map(current);
            next.delete(entry.itemId);
            return next;
          });
          onFailed(error);
        },
      );
  };

  const legend = t('supportProcess.checklistFor', { phase: phaseLabel(t, phase) });
  if (entries.length === 0) {
    return (
      <div className="process-checklist">
        <h3 className="process-subheading">{legend}</h3>
        <p>{t('supportProcess.checklistEmpty')}</p>
      </div>
    );
  }

  const describe = (entry: ChecklistEntry) => {
    const notes = [
      entry.isRequired ? t('supportProcess.required') : null,
      entry.isActive ? null : t('supportProcess.retired'),
      entry.done && entry.doneAt ? t('supportProcess.doneBy', { name: entry.doneByName ?? '–', time: formatDateTime(entry.doneAt) }) : null,
    ];
    return notes.filter((n): n is string => n !== null).join(' · ');
  };

  if (!canTick) {
    return (
      <div className="process-checklist">
        <h3 className="process-subheading">{legend}</h3>
        <ul className="process-checklist__list">
          {entries.map((entry) => (
            <li key={entry.itemId} className="process-checklist__readonly">
              <span className="process-checklist__mark" aria-hidden="true">
                {entry.done ? '✓' : '○'}
              </span>
              <span>
                <span className="visually-hidden">{entry.done ? t('supportProcess.itemDone') : t('supportProcess.itemNotDone')}: </span>
                {checklistLabel(language, entry)}
                {describe(entry) && <span className="process-checklist__note">{describe(entry)}</span>}
                <MaterialLinkFor links={materialLinks} itemId={entry.itemId} />
              </span>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <fieldset className="fieldset process-checklist">
      <legend className="legend process-subheading">{legend}</legend>
      {entries.map((entry) => {
        const id = checklistControlId(entry.itemId);
        const noteId = `${id}-note`;
        const note = describe(entry);
        const checked = isChecked(entry);
        return (
          <div className="choice" key={entry.itemId}>
            <input
              className="choice__input"
              type="checkbox"
              id={id}
              checked={checked}
              // A retired item is listed for the record; it can no longer be ticked or unticked.
              disabled={!entry.isActive}
              aria-describedby={note ? noteId : undefined}
              onChange={(event) => {
                toggle(entry, event.target.checked);
              }}
            />
            <div>
              <label className="choice__label" htmlFor={id}>
                {checklistLabel(language, entry)}
              </label>
              {note && (
                <p id={noteId} className="process-checklist__note">
                  {note}
                </p>
              )}
              <MaterialLinkFor links={materialLinks} itemId={entry.itemId} />
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
