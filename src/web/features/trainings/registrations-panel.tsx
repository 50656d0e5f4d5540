import { useState } from 'react';
import type { RegistrationItem, RegistrationList } from '../../../shared/schemas/trainings.ts';
import { api } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { LoadState } from '../../use-load.ts';
import { LoadError } from '../cases/load-error.tsx';
import { ExportButton } from '../exports/export-button.tsx';
import { useSession } from '../session/session-context.tsx';
import { RegistrationCounts } from './registration-counts.tsx';
import { audienceLabel, registrationStatusLabel } from './training-labels.ts';

interface Props {
  trainingId: string;
  state: LoadState<RegistrationList>;
  /** Whether attendance and cancellations may still be changed (the event is not cancelled). */
  isOpen: boolean;
  onChanged: () => void;
}

/** The registrants: who holds a seat, who waits (in order), who cancelled; attendance is marked here. */
export function RegistrationsPanel({ trainingId, state, isOpen, onChanged }: Props) {
  const { t } = useI18n();
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const list = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  const { state: session } = useSession();
  const canExport = session.status === 'ready' && session.me?.can.exports.request === true && session.me.can.trainings.listRegistrations;

  const act = (registration: RegistrationItem, request: () => Promise<unknown>, done: string) => {
    setBusy(registration.id);
    request().then(
      () => {
        setBusy(null);
        setStatus({ tone: 'success', text: done });
        onChanged();
      },
      () => {
        setBusy(null);
        setStatus({ tone: 'error', text: t('app.genericError') });
      },
    );
  };
  const path = (registration: RegistrationItem) => ({ path: { trainingId, registrationId: registration.id } });
  const markAttendance = (registration: RegistrationItem, attended: boolean) => {
    act(
      registration,
      () => api.POST('/api/trainings/{trainingId}/registrations/{registrationId}/attendance', { params: path(registration), body: { attended } }),
      t(attended ? 'trainings.attendance.marked' : 'trainings.attendance.unmarked', { name: registration.name }),
    );
  };
  const cancel = (registration: RegistrationItem) => {
    act(
      registration,
      () => api.POST('/api/trainings/{trainingId}/registrations/{registrationId}/cancel', { params: path(registration) }),
      t('trainings.registrations.cancelled', { name: registration.name }),
    );
  };

  return (
    <section aria-labelledby="registrations-heading">
      <h2 id="registrations-heading" className="section-heading">
        {t('trainings.registrations.heading')}
      </h2>
      {canExport && list && list.items.length > 0 && (
        // Names and addresses: only the encrypted XLSX is offered.
        <ExportButton
          id="registrations-export-open"
          list="training_registrations"
          filter={{ trainingId }}
          formats={['xlsx']}
          texts={{
            title: t('trainings.registrations.export.title'),
            intro: t('trainings.registrations.export.intro'),
            done: (count) => t('trainings.registrations.export.done', { count }),
          }}
        />
      )}
      <div role="status">{status && <Notice tone={status.tone}>{status.text}</Notice>}</div>
      {state.status === 'error' ? (
        <LoadError error={state.error} />
      ) : !list ? (
        <Loading label={t('app.loading')} />
      ) : list.items.length === 0 ? (
        <p>{t('trainings.registrations.empty')}</p>
      ) : (
        <>
        <RegistrationCounts list={list} />
        <DataTable
          id="registrations-table"
          caption={t('trainings.registrations.caption')}
          hideCaption
          columns={[
            t('trainings.column.name'),
            t('trainings.column.organisation'),
            t('trainings.column.needs'),
            t('trainings.column.status'),
            t('trainings.column.attended'),
            t('trainings.column.actions'),
          ]}
        >
          {list.items.map((registration) => (
            <tr key={registration.id}>
              <td>
                {registration.name}
                <br />
                <span className="hint">{registration.email}</span>
              </td>
              <td>
                {registration.organisation}
                <br />
                <span className="hint">{audienceLabel(t, registration.organisationKind)}</span>
              </td>
              <td>{registration.needs ?? '–'}</td>
              <td>
                {registration.status === 'waiting'
                  ? t('trainings.registrationStatus.waitingAt', { position: registration.waitingPosition ?? 0 })
                  : registrationStatusLabel(t, registration.status)}
              </td>
              <td>{registration.status !== 'confirmed' ? '–' : registration.attended === null ? t('trainings.attended.unknown') : registration.attended ? t('trainings.attended.yes') : t('trainings.attended.no')}</td>
              <td>
                {isOpen && registration.status === 'confirmed' && (
                  <Button variant="secondary" disabled={busy === registration.id} onClick={() => { markAttendance(registration, registration.attended !== true); }}>
                    {registration.attended === true
                      ? t('trainings.attendance.unmark', { name: registration.name })
                      : t('trainings.attendance.mark', { name: registration.name })}
                  </Button>
                )}{' '}
                {isOpen && registration.status !== 'cancelled' && (
                  <Button variant="quiet" disabled={busy === registration.id} onClick={() => { cancel(registration); }}>
                    {t('trainings.registrations.cancel', { name: registration.name })}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
        </>
      )}
    </section>
  );
}
