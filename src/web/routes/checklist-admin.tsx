import { useEffect, useRef, useState } from 'react';
import type { ChecklistItem } from '../../shared/schemas/support-process.ts';
import { api, ifMatch, isApiError, type RequestBody } from '../api.ts';
import { Loading, Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { ChecklistAdminPhase, editButtonId, moveButtonId, type Editing } from '../features/support-process/checklist-admin-phase.tsx';
import { checklistLabel } from '../features/support-process/support-process-labels.ts';
import { useI18n } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

interface Status {
  text: string;
  tone: 'success' | 'error';
  serial: number;
}

/**
 * The phase checklists of the support process, kept by national coordinators: add items, change
 * their labels, whether they are required or active, and their order. Others see them read-only.
 */
export default function ChecklistAdminRoute() {
  const { t, language } = useI18n();
  const [revision, setRevision] = useState(0);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState<Status | null>(null);
  // The control to focus once the redrawn page has it (after a reorder, a save or a cancel).
  const pendingFocus = useRef<string | null>(null);
  const [focusRequests, setFocusRequests] = useState(0);
  const load = useLoad(`checklist-items:${revision}`, (signal) => api.GET('/api/checklist-items', { signal }));
  const list = load.status === 'ready' ? load.data : load.status === 'loading' ? load.stale : undefined;

  useEffect(() => {
    const target = pendingFocus.current ? document.getElementById(pendingFocus.current) : null;
    if (target) {
      target.focus();
      pendingFocus.current = null;
    }
  }, [focusRequests, list]);
  const requestFocus = (id: string) => {
    pendingFocus.current = id;
    setFocusRequests((n) => n + 1);
  };

  const reload = () => {
    setRevision((r) => r + 1);
  };
  const show = (text: string, tone: Status['tone']) => {
    setStatus((previous) => ({ text, tone, serial: (previous?.serial ?? 0) + 1 }));
  };
  const failed = (error: unknown) => {
    if (isApiError(error, 412)) {
      show(t('checklistAdmin.stale'), 'error');
      reload();
    } else if (isApiError(error, 403)) show(t('checklistAdmin.forbidden'), 'error');
    else if (isApiError(error, 0)) show(t('app.serverUnavailable'), 'error');
    else show(t('app.genericError'), 'error');
  };
  const patch = (item: ChecklistItem, body: RequestBody<'/api/checklist-items/{itemId}', 'patch'>) =>
    api.PATCH('/api/checklist-items/{itemId}', { params: { path: { itemId: item.id }, header: ifMatch(item.version) }, body });

  const onMove = (item: ChecklistItem, step: -1 | 1) => {
    patch(item, { position: item.position + step }).then(
      (saved) => {
        const label = checklistLabel(language, saved);
        show(t('checklistAdmin.moved', { label, position: saved.position }), 'success');
        // Keep focus on the same button where the item now is; at the top or bottom, on the other one.
        const phaseItems = list?.phases.find((p) => p.phase === item.phase)?.items.length ?? 0;
        const atEdge = (step < 0 && saved.position === 1) || (step > 0 && saved.position === phaseItems);
        requestFocus(moveButtonId(item.id, atEdge ? (-step as -1 | 1) : step));
        reload();
      },
      failed,
    );
  };
  const onToggleActive = (item: ChecklistItem) => {
    patch(item, { isActive: !item.isActive }).then((saved) => {
      const label = checklistLabel(language, saved);
      show(saved.isActive ? t('checklistAdmin.activated', { label }) : t('checklistAdmin.deactivated', { label }), 'success');
      reload();
    }, failed);
  };
  const onSaved = (item: ChecklistItem, isNew: boolean) => {
    const label = checklistLabel(language, item);
    show(isNew ? t('checklistAdmin.added', { label }) : t('checklistAdmin.saved', { label }), 'success');
    setEditing(null);
    requestFocus(editButtonId(item.id));
    reload();
  };

  return (
    <>
      <PageHeading>{t('checklistAdmin.title')}</PageHeading>
      <p className="lead">{t('checklistAdmin.intro')}</p>
      <div role="status" className="process-status">
        {status && (
          <p key={status.serial} className={`notice notice--${status.tone}`}>
            {status.text}
          </p>
        )}
      </div>
      {!list && load.status === 'loading' && <Loading label={t('app.loading')} />}
      {load.status === 'error' && <LoadError error={load.error} />}
      {list && !list.can.manage && <Notice tone="info">{t('checklistAdmin.readOnly')}</Notice>}
      {list?.phases.map(({ phase, items }) => (
        <ChecklistAdminPhase
          key={phase}
          phase={phase}
          items={items}
          canManage={list.can.manage}
          editing={editing}
          setEditing={setEditing}
          onMove={onMove}
          onToggleActive={onToggleActive}
          onSaved={onSaved}
          onStale={reload}
          requestFocus={requestFocus}
        />
      ))}
    </>
  );
}
