import type { StatutoryProvision } from '../../../shared/enums.ts';
import type { LegalBasis } from '../../../shared/schemas/case-team.ts';
import type { Translate } from '../../i18n/index.tsx';

/** The provision's short name, e.g. "OSL 10 kap. 2 § – nödvändigt utlämnande". */
export function statuteLabel(t: Translate, statute: StatutoryProvision): string {
  return t(`team.statute.${statute}`);
}

/** One or two sentences on what the provision allows. */
export function statuteHint(t: Translate, statute: StatutoryProvision): string {
  return t(`team.statuteHint.${statute}`);
}

/** A calendar date (YYYY-MM-DD) read at noon, so no time zone moves it to another day. */
export function calendarDate(date: string): string {
  return `${date}T12:00:00`;
}

export function isUsable(basis: LegalBasis): boolean {
  return basis.consentWithdrawnAt === null;
}

/** A legal basis in one line, for a select or a table cell: "Samtycke lämnat 14 mars 2025" or the provision. */
export function legalBasisSummary(t: Translate, formatDate: (iso: string) => string, basis: LegalBasis): string {
  if (basis.kind === 'statute' && basis.statute) return statuteLabel(t, basis.statute);
  const given = basis.consentGivenOn ? formatDate(calendarDate(basis.consentGivenOn)) : '';
  if (basis.consentWithdrawnAt) return t('team.consentSummaryWithdrawn', { given, withdrawn: formatDate(basis.consentWithdrawnAt) });
  return t('team.consentSummary', { date: given });
}
