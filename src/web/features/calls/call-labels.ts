import { callerCategories, callTopics, type CallerCategory, type CallTopic, type PoliceRegion } from '../../../shared/enums.ts';
import type { Translate } from '../../i18n/index.tsx';

export const categoryLabel = (t: Translate, category: CallerCategory) => t(`calls.callerCategory.${category}`);
export const topicLabel = (t: Translate, topic: CallTopic) => t(`calls.topic.${topic}`);
export const regionName = (t: Translate, region: PoliceRegion) => t('region.label', { name: t(`calls.region.${region}`) });

export const categoryChoices = (t: Translate) => callerCategories.map((value) => ({ value, label: categoryLabel(t, value) }));
export const topicChoices = (t: Translate) => callTopics.map((value) => ({ value, label: topicLabel(t, value) }));

/** The languages most support-line calls are held in, offered first. */
export const commonCallLanguages = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'ro', 'bg', 'ru', 'uk', 'pl', 'th', 'zh', 'es', 'fr'] as const;

/** Seconds as m:ss, or h:mm:ss from an hour. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${String(m).padStart(2, '0')}:${s}`;
}
