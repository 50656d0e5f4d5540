import type { CasePhase, ExploitationForm } from '../../../shared/enums.ts';
import type { Translate } from '../../i18n/index.tsx';

export function phaseLabel(t: Translate, phase: CasePhase): string {
  return t(`phase.${phase}`);
}

export function formLabel(t: Translate, form: ExploitationForm): string {
  return t(`form.${form}`);
}

export function formsLabel(t: Translate, forms: readonly ExploitationForm[]): string {
  return forms.map((form) => formLabel(t, form)).join(', ');
}

/** Region names are Swedish proper names ("Öst"); the label around them is translated. */
export function regionLabel(t: Translate, name: string): string {
  return t('region.label', { name });
}

export function yesNo(t: Translate, value: boolean): string {
  return value ? t('form.yes') : t('form.no');
}
