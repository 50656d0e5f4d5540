import type { CallerCategory, CasePhase, ConsultationSource, ExploitationForm, Gender, PoliceRegion } from '../../../shared/enums.ts';
import type { ReturnStatus } from '../../../shared/return-programme.ts';
import type { StatisticsDimension, StatisticsTableId } from '../../../shared/schemas/statistics.ts';
import type { AgeBand } from '../../../shared/statistics-terms.ts';

import { codeLabels, type ExportLanguage } from './export-code-labels.ts';

export type { ExportLanguage };

/**
 * The statistics page's texts for the exported files, in Swedish and English. They are the web's
 * texts (src/web/i18n: statistics, dashboard.region, form, person.gender, phase,
 * consultations.source, calls.callerCategory, returns.status), copied here because the server does
 * not import the web app; statistics-export-labels.unit.test.ts checks that they stay the same.
 */
interface StatisticsTexts {
  title: string;
  total: string;
  small: string;
  secondary: string;
  /** What "<5" and ".." mean. */
  legend: string;
  quarter: (year: string, n: string) => string;
  period: (from: string, to: string) => string;
  scopeNational: string;
  scopeRegions: (regions: string) => string;
  formFilter: (form: string) => string;
  formAll: string;
  noFilterForm: string;
  csvHeaders: { table: string; row: string; column: string; value: string };
  tables: Record<StatisticsTableId, string>;
  /** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
  sheets: Record<StatisticsTableId, string>;
  dimensions: Record<StatisticsDimension, string>;
  region: Record<PoliceRegion, string>;
  form: Record<ExploitationForm, string>;
  gender: Record<Gender, string>;
  ageBand: Record<AgeBand, string>;
  citizenship: { other: string; unknown: string };
  phase: Record<CasePhase, string>;
  consultationSource: Record<ConsultationSource, string>;
  callerCategory: Record<CallerCategory, string>;
  returnStatus: Record<ReturnStatus, string>;
}

const sv: StatisticsTexts = {
  title: 'Statistik',
  total: 'Totalt',
  small: '<5',
  secondary: '..',
  legend: '<5 = färre än fem; .. = dold för att skydda små tal',
  quarter: (year, n) => `${year} kv. ${n}`,
  period: (from, to) => `Period: ${from} – ${to}`,
  scopeNational: 'Hela landet',
  scopeRegions: (regions) => `Region: ${regions}`,
  formFilter: (form) => `Form av exploatering: ${form}`,
  formAll: 'Form av exploatering: alla former',
  noFilterForm: 'Samtal räknas utan form av exploatering.',
  csvHeaders: { table: 'Tabell', row: 'Rad', column: 'Kolumn', value: 'Värde' },
  tables: {
    new_cases_by_region: 'Nya ärenden per region',
    exploitation_forms: 'Former av exploatering',
    gender_and_age: 'Kön och åldersgrupp',
    citizenship: 'Medborgarskap',
    phases_reached: 'Fas som ärendet nått',
    consultations_by_source: 'Konsultationer per källa',
    calls_by_caller: 'Samtal till stödlinjen per uppringare',
    return_outcomes: 'Ansökningar till återvändandeprogrammet per status',
  },
  sheets: {
    new_cases_by_region: 'Nya ärenden per region',
    exploitation_forms: 'Former av exploatering',
    gender_and_age: 'Kön och åldersgrupp',
    citizenship: 'Medborgarskap',
    phases_reached: 'Fas som ärendet nått',
    consultations_by_source: 'Konsultationer per källa',
    calls_by_caller: 'Samtal per uppringare',
    return_outcomes: 'Återvändande per status',
  },
  dimensions: {
    quarter: 'kvartal',
    region: 'Region',
    exploitation_form: 'Form av exploatering',
    gender: 'Kön',
    age_band: 'åldersgrupp',
    citizenship: 'Medborgarskap',
    phase: 'Fas',
    consultation_source: 'Källa',
    caller_category: 'Uppringare',
    return_status: 'Status',
  },
  region: codeLabels.sv.region,
  form: codeLabels.sv.form,
  gender: { female: 'Kvinna/flicka', male: 'Man/pojke', non_binary: 'Ickebinär', unknown: 'Okänt' },
  ageBand: { under_18: 'Under 18 år', '18_24': '18–24 år', '25_34': '25–34 år', '35_49': '35–49 år', '50_plus': '50 år och äldre', unknown: 'Okänd ålder' },
  citizenship: { other: 'Övriga (färre än fem var)', unknown: 'Okänt' },
  phase: codeLabels.sv.phase,
  consultationSource: { public_form: 'Webbformulär', support_line: 'Stödlinjen', professional: 'Yrkesverksam (inloggad)' },
  callerCategory: { professional: 'Yrkesverksam', exposed_person: 'Utsatt person', relative: 'Anhörig', sex_buyer: 'Sexköpare', public: 'Allmänheten', anonymous: 'Anonym' },
  returnStatus: {
    submitted: 'Inskickad, väntar på beslut',
    approved: 'Beviljad, väntar på IOM-kontakt',
    declined: 'Avslagen',
    assigned: 'Hos IOM',
    travel_planned: 'Resa planerad',
    arrived: 'Framme',
    reintegration: 'Återintegrering och uppföljning',
    closed: 'Avslutad',
    withdrawn: 'Återkallad',
  },
};

const en: StatisticsTexts = {
  title: 'Statistics',
  total: 'Total',
  small: '<5',
  secondary: '..',
  legend: '<5 = fewer than five; .. = hidden to protect small numbers',
  quarter: (year, n) => `${year} Q${n}`,
  period: (from, to) => `Period: ${from} – ${to}`,
  scopeNational: 'The whole country',
  scopeRegions: (regions) => `Region: ${regions}`,
  formFilter: (form) => `Form of exploitation: ${form}`,
  formAll: 'Form of exploitation: all forms',
  noFilterForm: 'Calls are counted without a form of exploitation.',
  csvHeaders: { table: 'Table', row: 'Row', column: 'Column', value: 'Value' },
  tables: {
    new_cases_by_region: 'New cases by region',
    exploitation_forms: 'Forms of exploitation',
    gender_and_age: 'Gender and age band',
    citizenship: 'Citizenship',
    phases_reached: 'Phase the case reached',
    consultations_by_source: 'Consultations by source',
    calls_by_caller: 'Support line calls by caller',
    return_outcomes: 'Return programme applications by status',
  },
  sheets: {
    new_cases_by_region: 'New cases by region',
    exploitation_forms: 'Forms of exploitation',
    gender_and_age: 'Gender and age band',
    citizenship: 'Citizenship',
    phases_reached: 'Phase the case reached',
    consultations_by_source: 'Consultations by source',
    calls_by_caller: 'Calls by caller',
    return_outcomes: 'Returns by status',
  },
  dimensions: {
    quarter: 'quarter',
    region: 'Region',
    exploitation_form: 'Form of exploitation',
    gender: 'Gender',
    age_band: 'age band',
    citizenship: 'Citizenship',
    phase: 'Phase',
    consultation_source: 'Source',
    caller_category: 'Caller',
    return_status: 'Status',
  },
  region: codeLabels.en.region,
  form: codeLabels.en.form,
  gender: { female: 'Female', male: 'Male', non_binary: 'Non-binary', unknown: 'Unknown' },
  ageBand: { under_18: 'Under 18', '18_24': '18–24', '25_34': '25–34', '35_49': '35–49', '50_plus': '50 and over', unknown: 'Age unknown' },
  citizenship: { other: 'Other (fewer than five each)', unknown: 'Unknown' },
  phase: codeLabels.en.phase,
  consultationSource: { public_form: 'Web form', support_line: 'Support line', professional: 'Professional (signed in)' },
  callerCategory: { professional: 'Professional', exposed_person: 'Exposed person', relative: 'Relative', sex_buyer: 'Buyer of sexual services', public: 'Member of the public', anonymous: 'Anonymous' },
  returnStatus: {
    submitted: 'Submitted, awaiting a decision',
    approved: 'Approved, awaiting an IOM contact',
    declined: 'Declined',
    assigned: 'With IOM',
    travel_planned: 'Journey planned',
    arrived: 'Arrived',
    reintegration: 'Reintegration and follow-up',
    closed: 'Closed',
    withdrawn: 'Withdrawn',
  },
};

export const statisticsTexts: Record<ExportLanguage, StatisticsTexts> = { sv, en };

/** A code's text from one of the tables, or the code itself where the table does not know it. */
const from = (table: Record<string, string>, code: string): string => (Object.hasOwn(table, code) ? table[code]! : code);

/** The name of one row or column label of a statistics table, as the web page shows it. */
export function dimensionValueLabeller(language: ExportLanguage): (dimension: StatisticsDimension, code: string) => string {
  const texts = statisticsTexts[language];
  let countries: Intl.DisplayNames | undefined;
  const country = (code: string): string => {
    countries ??= new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    try {
      const name = countries.of(code) ?? code;
      return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
    } catch {
      return code;
    }
  };
  return (dimension, code) => {
    switch (dimension) {
      case 'quarter':
        return /^\d{4}-Q[1-4]$/.test(code) ? texts.quarter(code.slice(0, 4), code.slice(6)) : code;
      case 'region':
        return from(texts.region, code);
      case 'exploitation_form':
        return from(texts.form, code);
      case 'gender':
        return from(texts.gender, code);
      case 'age_band':
        return from(texts.ageBand, code);
      case 'citizenship':
        return code === 'other' || code === 'unknown' ? texts.citizenship[code] : country(code);
      case 'phase':
        return from(texts.phase, code);
      case 'consultation_source':
        return from(texts.consultationSource, code);
      case 'caller_category':
        return from(texts.callerCategory, code);
      case 'return_status':
        return from(texts.returnStatus, code);
    }
  };
}
