import { useState } from 'react';
import type { TrainingItem } from '../../../shared/schemas/trainings.ts';
import { api, ifMatch, isStaleVersion } from '../../api.ts';
import { Button, ButtonLink } from '../../components/button.tsx';
import { Notice } from '../../components/notice.tsx';
import { useT } from '../../i18n/index.tsx';

/** Publish a draft, edit, or cancel the event (after a second press that says what it does). */
export function TrainingStatusActions({ training, onChanged }: { training: TrainingItem; onChanged: (item: TrainingItem) => void }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (training.status === 'cancelled') return null;

  const setStatus = (status: 'published' | 'cancelled') => {
    setBusy(true);
    api.PATCH('/api/trainings/{trainingId}', { params: { path: { trainingId: training.id }, header: ifMatch(training.version) }, body: { status } }).then(
      (item) => {
        setBusy(false);
        setConfirming(false);
        setProblem(null);
        onChanged(item);
      },
      (error: unknown) => {
        setBusy(false);
        setProblem(isStaleVersion(error) ? t('trainings.errors.stale') : t('app.genericError'));
      },
    );
  };

  return (
    <>
      {problem && <Notice tone="error">{problem}</Notice>}
      <div className="training-actions">
        {training.status === 'draft' && (
          <Button disabled={busy} onClick={() => { setStatus('published'); }}>
            {t('trainings.publish')}
          </Button>
        )}
        <ButtonLink href={`/trainings/${training.id}/edit`} variant="secondary">
          {t('trainings.edit')}
        </ButtonLink>
        {!confirming ? (
          <Button variant="quiet" onClick={() => { setConfirming(true); }}>
            {t('trainings.cancelEvent')}
          </Button>
        ) : (
          <Button variant="primary" disabled={busy} onClick={() => { setStatus('cancelled'); }}>
            {t('trainings.cancelEvent.confirm', { count: training.counts.confirmed + training.counts.waiting })}
          </Button>
        )}
      </div>
    </>
  );
}
