import '../../zod-config.ts';
import { useState } from 'react';
import type { Me } from '../../../shared/schemas/auth.ts';
import { api } from '../../api.ts';
import { trainingProblemMessage } from './training-problems.ts';
import { Button } from '../../components/button.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import { LoadError } from '../cases/load-error.tsx';
import { trainingLimits } from '../../../shared/schemas/trainings.ts';

/**
 * Signed-in staff register themselves: name and e-mail from their account, the organisation one
 * of their own; they cancel here too.
 */
export function SelfRegistration({ me, trainingId, isOpen }: { me: Me; trainingId: string; isOpen: boolean }) {
  const t = useT();
  const [attempt, setAttempt] = useState(0);
  const [organisationId, setOrganisationId] = useState(me.memberships[0]?.organisationId ?? '');
  const [needs, setNeeds] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const state = useLoad(`my-training-registrations:${attempt}`, (signal) => api.GET('/api/trainings/my-registrations', { signal }));

  const run = (request: () => Promise<unknown>, done: string) => {
    setBusy(true);
    request().then(
      () => {
        setBusy(false);
        setMessage({ tone: 'success', text: done });
        setAttempt((n) => n + 1);
      },
      (error: unknown) => {
        setBusy(false);
        setMessage({ tone: 'error', text: trainingProblemMessage(t, error, t('app.genericError')) });
      },
    );
  };
  const params = { params: { path: { trainingId } } };
  const register = () => {
    run(() => api.POST('/api/trainings/{trainingId}/my-registration', { ...params, body: { organisationId, needs } }), t('trainings.self.registered'));
  };
  const cancel = () => {
    run(() => api.POST('/api/trainings/{trainingId}/my-registration/cancel', params), t('trainings.self.cancelled'));
  };

  if (state.status === 'error') return <LoadError error={state.error} />;
  if (state.status !== 'ready') return <Loading label={t('app.loading')} />;
  const mine = state.data.items.find((r) => r.trainingId === trainingId && r.status !== 'cancelled');
  return (
    <section aria-labelledby="self-registration-heading" className="training-self">
      <h2 id="self-registration-heading" className="section-heading">
        {t('trainings.self.heading')}
      </h2>
      <div role="status">{message && <Notice tone={message.tone}>{message.text}</Notice>}</div>
      {mine ? (
        <>
          <p>
            {mine.status === 'confirmed'
              ? t('trainings.self.confirmed', { reference: mine.reference, organisation: mine.organisation })
              : t('trainings.self.waiting', { reference: mine.reference, position: mine.waitingPosition ?? 0 })}
          </p>
          <Button variant="secondary" disabled={busy} onClick={cancel}>
            {t('trainings.self.cancel')}
          </Button>
        </>
      ) : !isOpen ? null : (
        <>
          <p>{t('trainings.self.intro', { name: me.name, email: me.email })}</p>
          <SelectField id="self-organisation" label={t('trainings.self.organisation')} value={organisationId} onChange={setOrganisationId}>
            {me.memberships.map((m) => (
              <option key={m.organisationId} value={m.organisationId}>
                {m.organisationName}
              </option>
            ))}
          </SelectField>
          <TextAreaField id="self-needs" label={t('trainings.self.needs')} value={needs} onChange={setNeeds} maxLength={trainingLimits.needsMax} />
          <Button disabled={busy || organisationId === ''} onClick={register}>
            {t('trainings.self.register')}
          </Button>
        </>
      )}
    </section>
  );
}
