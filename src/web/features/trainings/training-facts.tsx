import type { PublicTraining, TrainingItem } from '../../../shared/schemas/trainings.ts';
import { useI18n } from '../../i18n/index.tsx';
import { audienceLabel, formatDateTime, formatLabel, formatWhen, regionLabel } from './training-labels.ts';

/** When, where, for whom: the facts of an event, for organisers and the public alike. */
export function TrainingFacts({ training }: { training: TrainingItem | PublicTraining }) {
  const { t, language } = useI18n();
  return (
    <dl className="training-facts">
      <dt>{t('trainings.field.when')}</dt>
      <dd>{formatWhen(language, training.startsAt, training.endsAt)}</dd>
      <dt>{t('trainings.field.format')}</dt>
      <dd>
        {formatLabel(t, training.format)}
        {training.place ? `: ${training.place}` : ''}
      </dd>
      {'onlineUrl' in training && training.onlineUrl && (
        <>
          <dt>{t('trainings.field.onlineUrl')}</dt>
          <dd>{training.onlineUrl}</dd>
        </>
      )}
      <dt>{t('trainings.field.region')}</dt>
      <dd>{regionLabel(t, training.regionCode)}</dd>
      <dt>{t('trainings.field.audiences')}</dt>
      <dd>{training.audiences.map((a) => audienceLabel(t, a)).join(', ')}</dd>
      <dt>{t('trainings.field.deadline')}</dt>
      <dd>{formatDateTime(language, training.registrationDeadline)}</dd>
    </dl>
  );
}
