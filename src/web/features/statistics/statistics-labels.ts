import { callerCategories, casePhases, consultationSources, exploitationForms, genders, policeRegions } from '../../../shared/enums.ts';
import { returnStatuses } from '../../../shared/return-programme.ts';
import { ageBands } from '../../../shared/statistics-terms.ts';
import type { PublishedCell, StatisticsDimension } from '../../../shared/schemas/statistics.ts';
import type { Language, Translate } from '../../i18n/index.tsx';
import { codeLabeller } from '../persons/person-labels.ts';

const isOneOf = <T extends string>(list: readonly T[], code: string): code is T => (list as readonly string[]).includes(code);

/** "2025 kv. 1" in Swedish, "2025 Q1" in English, from "2025-Q1". */
export function quarterLabel(t: Translate, quarter: string): string {
  return t('statistics.quarter', { year: quarter.slice(0, 4), n: quarter.slice(6) });
}

/**
 * The name of one row or column label of a statistics table, in the user's language. Enum values
 * reuse the labels the rest of the app shows for them; a code the web does not know is shown as is.
 */
export function dimensionValueLabeller(t: Translate, language: Language): (dimension: StatisticsDimension, code: string) => string {
  const countries = codeLabeller('region', language, t);
  return (dimension, code) => {
    switch (dimension) {
      case 'quarter':
        return quarterLabel(t, code);
      case 'region':
        return isOneOf(policeRegions, code) ? t(`dashboard.region.${code}`) : code;
      case 'exploitation_form':
        return isOneOf(exploitationForms, code) ? t(`form.${code}`) : code;
      case 'gender':
        return isOneOf(genders, code) ? t(`person.gender.${code}`) : code;
      case 'age_band':
        return isOneOf(ageBands, code) ? t(`statistics.ageBand.${code}`) : code;
      case 'citizenship':
        return code === 'other' || code === 'unknown' ? t(`statistics.citizenship.${code}`) : countries.label(code);
      case 'phase':
        return isOneOf(casePhases, code) ? t(`phase.${code}`) : code;
      case 'consultation_source':
        return isOneOf(consultationSources, code) ? t(`consultations.source.${code}`) : code;
      case 'caller_category':
        return isOneOf(callerCategories, code) ? t(`calls.callerCategory.${code}`) : code;
      case 'return_status':
        return isOneOf(returnStatuses, code) ? t(`returns.status.${code}`) : code;
    }
  };
}

/** A published cell as text: its count, "<5" for a small count, ".." for one hidden to protect it. */
export function cellText(cell: PublishedCell, formatNumber: (value: number) => string, t: Translate): string {
  if ('value' in cell) return formatNumber(cell.value);
  return cell.suppressed === 'small' ? t('statistics.small') : t('statistics.secondary');
}
