import { policeRegions, trainingAudiences, type PoliceRegion, type TrainingAudience, type TrainingFormat, type TrainingRegistrationStatus, type TrainingStatus } from '../../../shared/enums.ts';
import type { Choice } from '../../components/choice-group.tsx';
import type { Language, Translate } from '../../i18n/index.tsx';

const zone = 'Europe/Stockholm';
const localeOf = (language: Language) => (language === 'sv' ? 'sv-SE' : 'en-GB');

export const audienceLabel = (t: Translate, audience: TrainingAudience) => t(`trainings.audience.${audience}`);
export const audienceChoices = (t: Translate): Choice<TrainingAudience>[] => trainingAudiences.map((value) => ({ value, label: audienceLabel(t, value) }));
export const formatLabel = (t: Translate, format: TrainingFormat) => t(`trainings.format.${format}`);
export const statusLabel = (t: Translate, status: TrainingStatus) => t(`trainings.status.${status}`);
export const registrationStatusLabel = (t: Translate, status: TrainingRegistrationStatus) => t(`trainings.registrationStatus.${status}`);
export const regionLabel = (t: Translate, region: PoliceRegion | null) => (region ? t(`trainings.region.${region}`) : t('trainings.region.national'));
export const regionChoices = (t: Translate) => policeRegions.map((value) => ({ value, label: regionLabel(t, value) }));

/** "12 mars 2027 09:00–12:00", or with both dates when the event runs over several days; Swedish time. */
export function formatWhen(language: Language, startsAt: string, endsAt: string): string {
  const locale = localeOf(language);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: zone });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: zone });
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (day.format(start) === day.format(end)) return `${day.format(start)} ${time.format(start)}–${time.format(end)}`;
  return `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)}`;
}

export function formatDateTime(language: Language, instant: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(new Date(instant));
}

/** The Swedish calendar date and wall-clock time of an instant, as date and time inputs take them. */
export function stockholmParts(instant: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

export const trainingPath = (id: string) => `/trainings/${id}`;
export const publicTrainingPath = (id: string) => `/training-events/${id}`;
