import type { CasePhase, ExploitationForm, LegalBasisKind, MeasureStatus, MeasureType, PhaseMoveKind, PoliceRegion } from '../../../shared/enums.ts';
import type { DeadlineKind } from '../../../shared/schemas/deadlines.ts';
import type { CaseSummaryLanguage } from '../../../shared/schemas/exports.ts';
import { codeLabels } from './export-code-labels.ts';

/**
 * The words of a case summary PDF in Swedish and English: the same wording as the case page
 * (src/web/i18n), kept here because the server writes the file and must not load the web app's
 * dictionaries. English must have every key Swedish has.
 */
const sv = {
  title: 'Ärendesammanfattning {reference}',
  reference: 'Ärendenummer',
  codeName: 'Kodnamn',
  phase: 'Fas',
  region: 'Polisregion',
  municipality: 'Kommun',
  openedOn: 'Öppnat',
  lead: 'Ansvarig samordnare',
  noLead: 'Ingen utsedd ännu',
  forms: 'Former av exploatering',
  child: 'Barn',
  yes: 'Ja',
  no: 'Nej',
  identityHeading: 'Identitetsuppgifter',
  fullName: 'Namn',
  personalNumber: 'Personnummer eller samordningsnummer',
  documentNumber: 'Pass- eller id-handlingsnummer',
  dateOfBirth: 'Födelsedatum',
  phone: 'Telefon',
  address: 'Adress',
  guardian: 'God man',
  identityNone: 'Inga identitetsuppgifter är registrerade.',
  historyHeading: 'Stödprocessens faser',
  date: 'Datum',
  from: 'Från',
  to: 'Till',
  kind: 'Riktning',
  reason: 'Skäl',
  teamHeading: 'Ärendeteam',
  organisation: 'Organisation',
  legalBasis: 'Rättslig grund',
  tasksHeading: 'Öppna uppgifter',
  task: 'Uppgift',
  assignee: 'Ansvarig',
  dueOn: 'Senast',
  deadlinesHeading: 'Tidsfrister',
  deadline: 'Tidsfrist',
  measuresHeading: 'Insatser',
  measure: 'Insats',
  status: 'Status',
  startOn: 'Början',
  endOn: 'Slut',
  journalHeading: 'Journal',
  none: 'Inga.',
};
type SummaryWords = Record<keyof typeof sv, string>;

const en: SummaryWords = {
  title: 'Case summary {reference}',
  reference: 'Case number',
  codeName: 'Code name',
  phase: 'Phase',
  region: 'Police region',
  municipality: 'Municipality',
  openedOn: 'Opened',
  lead: 'Lead coordinator',
  noLead: 'None assigned yet',
  forms: 'Forms of exploitation',
  child: 'Child',
  yes: 'Yes',
  no: 'No',
  identityHeading: 'Identity details',
  fullName: 'Name',
  personalNumber: 'Personal identity or coordination number',
  documentNumber: 'Passport or ID document number',
  dateOfBirth: 'Date of birth',
  phone: 'Phone',
  address: 'Address',
  guardian: 'Guardian',
  identityNone: 'No identity details are recorded.',
  historyHeading: 'Support process phases',
  date: 'Date',
  from: 'From',
  to: 'To',
  kind: 'Direction',
  reason: 'Reason',
  teamHeading: 'Case team',
  organisation: 'Organisation',
  legalBasis: 'Legal basis',
  tasksHeading: 'Open tasks',
  task: 'Task',
  assignee: 'Assignee',
  dueOn: 'Due',
  deadlinesHeading: 'Deadlines',
  deadline: 'Deadline',
  measuresHeading: 'Measures',
  measure: 'Measure',
  status: 'Status',
  startOn: 'Start',
  endOn: 'End',
  journalHeading: 'Journal',
  none: 'None.',
};

interface Vocabulary {
  words: SummaryWords;
  phase: Record<CasePhase, string>;
  region: Record<PoliceRegion, string>;
  form: Record<ExploitationForm, string>;
  moveKind: Record<PhaseMoveKind, string>;
  legalBasis: Record<LegalBasisKind, string>;
  measureType: Record<MeasureType, string>;
  measureStatus: Record<MeasureStatus, string>;
  deadlineKind: Record<DeadlineKind, string>;
}

const vocabularies: Record<CaseSummaryLanguage, Vocabulary> = {
  sv: {
    words: sv,
    phase: codeLabels.sv.phase,
    region: codeLabels.sv.region,
    form: codeLabels.sv.form,
    moveKind: { forward: 'Framåt', back: 'Tillbaka', reopen: 'Öppnat igen' },
    legalBasis: { consent: 'Samtycke', statute: 'Stöd i lag' },
    measureType: {
      safe_housing: 'Skyddat boende',
      health_care: 'Hälso- och sjukvård',
      interpreter: 'Tolk',
      counsel_for_injured_party: 'Målsägandebiträde',
      financial_support: 'Ekonomiskt bistånd',
      reflection_period_permit: 'Tillstånd för betänketid',
      temporary_residence_permit: 'Tidsbegränsat uppehållstillstånd',
      exit_support: 'Exitstöd',
      other: 'Annan insats',
    },
    measureStatus: { planned: 'Planerad', active: 'Pågående', ended: 'Avslutad', cancelled: 'Avbruten' },
    deadlineKind: {
      task: 'Uppgift',
      reflection_period: 'Betänketiden löper ut',
      residence_permit: 'Tillfälligt uppehållstillstånd löper ut',
      return_plan: 'Återvändande: återintegreringsplanen ska vara klar',
      return_follow_up: 'Återvändande: uppföljning',
    },
  },
  en: {
    words: en,
    phase: codeLabels.en.phase,
    region: codeLabels.en.region,
    form: codeLabels.en.form,
    moveKind: { forward: 'Forward', back: 'Back', reopen: 'Reopened' },
    legalBasis: { consent: 'Consent', statute: 'Statutory provision' },
    measureType: {
      safe_housing: 'Safe housing',
      health_care: 'Health care',
      interpreter: 'Interpreter',
      counsel_for_injured_party: 'Counsel for the injured party',
      financial_support: 'Financial support',
      reflection_period_permit: 'Reflection-period permit',
      temporary_residence_permit: 'Temporary residence permit',
      exit_support: 'Exit support',
      other: 'Other measure',
    },
    measureStatus: { planned: 'Planned', active: 'Active', ended: 'Ended', cancelled: 'Cancelled' },
    deadlineKind: {
      task: 'Task',
      reflection_period: 'Reflection period ends',
      residence_permit: 'Temporary residence permit expires',
      return_plan: 'Return: reintegration plan due',
      return_follow_up: 'Return: follow-up',
    },
  },
};

/** The summary's words in one language; `fill` puts values into {placeholders}. */
export function summaryVocabulary(language: CaseSummaryLanguage): Vocabulary & { fill(text: string, values: Record<string, string>): string } {
  return {
    ...vocabularies[language],
    fill: (text, values) => text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole),
  };
}
