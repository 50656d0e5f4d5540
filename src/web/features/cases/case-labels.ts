import type {
  CaseLinkKind,
  CasePhase,
  ClosureOutcome,
  ExploitationForm,
  Indicator,
  LongTermPath,
  RiskLevel,
} from '../../../shared/enums.ts';
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

export function indicatorLabel(t: Translate, indicator: Indicator): string {
  return t(`indicator.${indicator}`);
}

export function riskLabel(t: Translate, level: RiskLevel): string {
  return t(`risk.${level}`);
}

export function longTermPathLabel(t: Translate, path: LongTermPath): string {
  return t(`longTermPath.${path}`);
}

export function closureOutcomeLabel(t: Translate, outcome: ClosureOutcome): string {
  return t(`closureOutcome.${outcome}`);
}

export function linkKindLabel(t: Translate, kind: CaseLinkKind): string {
  return t(`linkKind.${kind}`);
}

/** The indicators in groups a coordinator recognises, every value of enums.indicators once. */
export const indicatorGroups = [
  {
    key: 'control',
    indicators: ['deception', 'coercion', 'withheld_documents', 'debt_bondage', 'restricted_movement', 'isolation', 'substance_control'],
  },
  { key: 'violence', indicators: ['threats', 'threats_to_family', 'threats_of_authorities', 'violence', 'sexual_violence'] },
  {
    key: 'conditions',
    indicators: ['excessive_hours', 'withheld_pay', 'restricted_finances', 'denied_health_care', 'withheld_necessities', 'poor_living_conditions'],
  },
] as const satisfies readonly { key: 'control' | 'violence' | 'conditions'; indicators: readonly Indicator[] }[];
