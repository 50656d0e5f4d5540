import type { CasePhase, ExploitationForm, PoliceRegion } from '../../../shared/enums.ts';

/** The languages exported files are written in. */
export type ExportLanguage = 'sv' | 'en';

/** Names of the codes more than one export writes, in the web app's words (src/web/i18n: phase, dashboard.region, form). */
export interface CodeLabels {
  phase: Record<CasePhase, string>;
  region: Record<PoliceRegion, string>;
  form: Record<ExploitationForm, string>;
}

/**
 * One copy of these names for every export (statistics, case summary): the server does not import
 * the web app's dictionaries; statistics-export-labels.unit.test.ts checks they read the same.
 */
export const codeLabels: Record<ExportLanguage, CodeLabels> = {
  sv: {
    phase: { suspicion: 'Misstanke', assessment: 'Bedömning', protection: 'Skydd och stöd', legal: 'Rättsprocess', long_term: 'Långsiktig lösning', closed: 'Avslutad' },
    region: { nord: 'Nord', mitt: 'Mitt', bergslagen: 'Bergslagen', stockholm: 'Stockholm', ost: 'Öst', vast: 'Väst', syd: 'Syd' },
    form: {
      sexual_purposes: 'Människohandel för sexuella ändamål',
      prostitution: 'Prostitution (utan människohandel)',
      forced_labour: 'Tvångsarbete',
      begging: 'Tiggeri',
      criminal_activity: 'Brottslig verksamhet',
      organ_removal: 'Avlägsnande av organ',
      military_service: 'Krigstjänst',
      other_distress: 'Annan verksamhet i nödläge',
      unknown: 'Okänt',
    },
  },
  en: {
    phase: { suspicion: 'Suspicion', assessment: 'Assessment', protection: 'Protection and support', legal: 'Legal proceedings', long_term: 'Long-term solution', closed: 'Closed' },
    region: { nord: 'North', mitt: 'Central', bergslagen: 'Bergslagen', stockholm: 'Stockholm', ost: 'East', vast: 'West', syd: 'South' },
    form: {
      sexual_purposes: 'Trafficking for sexual purposes',
      prostitution: 'Prostitution (without trafficking)',
      forced_labour: 'Forced labour',
      begging: 'Begging',
      criminal_activity: 'Criminal activity',
      organ_removal: 'Organ removal',
      military_service: 'Military service',
      other_distress: 'Other activity in a situation of distress',
      unknown: 'Unknown',
    },
  },
};
