import type { ClosureOutcome, PhaseMoveKind } from '../../../shared/enums.ts';
import type { MissingItem, SupportProcessState } from '../../../shared/schemas/support-process.ts';
import type { Language, MessageKey, Translate } from '../../i18n/index.tsx';

/** A checklist item's label in the reader's language. */
export function checklistLabel(language: Language, item: { labelSv: string; labelEn: string }): string {
  return language === 'sv' ? item.labelSv : item.labelEn;
}

/** The id of an item's checkbox, where an error summary links to. */
export const checklistControlId = (itemId: string) => `checklist-${itemId}`;

const checklistPrefix = 'checklist.';

const missingKeys: Record<string, MessageKey> = {
  leadUserId: 'supportProcess.missing.leadUserId',
  riskLevel: 'supportProcess.missing.riskLevel',
  policeReport: 'supportProcess.missing.policeReport',
  longTermPath: 'supportProcess.missing.longTermPath',
  closureOutcome: 'supportProcess.missing.closureOutcome',
  closureReason: 'supportProcess.missing.closureReason',
  socialServicesOnTeam: 'supportProcess.missing.socialServicesOnTeam',
};

/** Which controls for putting a missing item right are on the page now. */
export interface MissingLinks {
  /** The current phase's checkboxes (the caller may tick). */
  checklistPhase: string | null;
  /** The closing form's outcome and reason fields. */
  closure: boolean;
}

/**
 * One thing a phase move lacks, in words, and the control on the page that puts it right, where
 * there is one: a checklist item's checkbox, or a field of the closing form.
 */
export function describeMissing(
  t: Translate,
  language: Language,
  item: MissingItem,
  state: SupportProcessState,
  links: MissingLinks,
): { message: string; targetId?: string } {
  if (item.field.startsWith(checklistPrefix)) {
    const itemId = item.field.slice(checklistPrefix.length);
    const phase = state.phases.find((p) => p.checklist.some((entry) => entry.itemId === itemId));
    const entry = phase?.checklist.find((e) => e.itemId === itemId);
    if (!entry) return { message: t('supportProcess.missing.checklistUnknown') };
    const message = t('supportProcess.missing.checklist', { label: checklistLabel(language, entry) });
    return phase?.phase === links.checklistPhase ? { message, targetId: checklistControlId(itemId) } : { message };
  }
  if (item.field === 'closureOutcome' || item.field === 'closureReason') {
    const message = t(missingKeys[item.field]!);
    return links.closure ? { message, targetId: closeFieldId(item.field) } : { message };
  }
  const key = missingKeys[item.field];
  return { message: key ? t(key) : t('supportProcess.missing.other') };
}

export const closeFieldId = (field: 'closureOutcome' | 'closureReason') => `process-${field}`;

export function moveKindLabel(t: Translate, kind: PhaseMoveKind): string {
  return t(`supportProcess.kind.${kind}`);
}

export function outcomeLabel(t: Translate, outcome: ClosureOutcome): string {
  return t(`supportProcess.outcome.${outcome}`);
}
