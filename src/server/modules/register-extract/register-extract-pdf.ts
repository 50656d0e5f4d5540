import type { ExtractNote, ExtractRecord, RegisterExtract } from '../../../shared/schemas/register-extract.ts';
import { type SectionedDocument, sectionedPdf } from '../exports/exports.service.ts';

/**
 * The register extract as a tagged PDF (through the exports' builder: headings, tables with their
 * header cells, language, title, AES-256 with the officer's password): the front page's facts
 * and notes, then per record what is held, its legal basis and source, and who has seen it.
 */

type Language = 'sv' | 'en';

const labels = {
  sv: {
    title: 'Registerutdrag (GDPR artikel 15)',
    about: 'Om utdraget',
    produced: 'Framställt',
    person: 'Person (id)',
    records: 'Antal poster',
    protected: 'Skyddade personuppgifter',
    yes: 'ja',
    no: 'nej',
    withheld: 'finns, undanhålls i filen',
    field: 'Uppgift',
    value: 'Värde',
    legalBasis: 'Rättslig grund',
    source: 'Källa',
    views: 'Vem har sett uppgifterna',
    noViews: 'Inga läsningar i åtkomstloggen.',
    viewColumns: ['Tid', 'Händelse', 'Organisation', 'Roller'],
    case: 'ärende',
    types: { person: 'Person', identity: 'Identitetsuppgifter', case: 'Ärende', consultation: 'Metodstödsärende', call: 'Samtal', journal_entry: 'Journalanteckning', measure: 'Insats' },
    sources: {
      intake_form: 'webbformuläret "Misstänker du människohandel?"',
      support_line: 'stödtelefonen',
      professional: 'en yrkesperson',
      case_created: 'ärendet skapades',
      identity_registered: 'registrerades i ärendet',
      written_in_case: 'skrevs i ärendet',
    },
    bases: { consent: 'samtycke', statute: 'lagstöd', public_task: 'myndighetens uppdrag (metodstöd och stödtelefon)' },
    notes: {
      calls_without_identity: 'Samtal till stödtelefonen sparas utan identitetsuppgifter; bara samtal kopplade till personens ärende eller metodstödsärende finns med.',
      requester_not_subject: 'Uppgifterna om den som begärde metodstöd gäller en yrkesperson, inte personen, och finns inte med.',
      name_search_may_miss: 'En sökning på namn hittar bara samma namn (stavning spelar roll); sök på personnummer när det finns.',
      third_parties: 'Fritext kan nämna andra personer och granskas före utlämnande (artikel 15.4).',
      protected_identity: 'Personen har skyddade personuppgifter: adress, kommun, län och organisationsnamn undanhålls i filen och visas för personen vid personligt besök.',
    },
  },
  en: {
    title: 'Register extract (GDPR Article 15)',
    about: 'About this extract',
    produced: 'Produced',
    person: 'Person (id)',
    records: 'Records',
    protected: 'Protected identity',
    yes: 'yes',
    no: 'no',
    withheld: 'held, withheld from the file',
    field: 'Field',
    value: 'Value',
    legalBasis: 'Legal basis',
    source: 'Source',
    views: 'Who has seen it',
    noViews: 'No reads in the access log.',
    viewColumns: ['Time', 'Event', 'Organisation', 'Roles'],
    case: 'case',
    types: { person: 'Person', identity: 'Identity', case: 'Case', consultation: 'Consultation', call: 'Call', journal_entry: 'Journal entry', measure: 'Measure' },
    sources: {
      intake_form: 'the public form "Do you suspect trafficking?"',
      support_line: 'the support line',
      professional: 'a professional',
      case_created: 'the case was created',
      identity_registered: 'registered in the case',
      written_in_case: 'written in the case',
    },
    bases: { consent: 'consent', statute: 'statute', public_task: "the agency's task (method support and support line)" },
    notes: {
      calls_without_identity: "Support-line calls are kept without identity; only calls linked to the person's case or consultation are included.",
      requester_not_subject: 'The details of whoever asked for method support are a professional\'s, not the person\'s, and are left out.',
      name_search_may_miss: 'A name search finds the same name only (spelling matters); search by personal identity number when there is one.',
      third_parties: 'Free text may name other people and is reviewed before handover (Article 15(4)).',
      protected_identity: 'The person has protected identity: address, municipality, county and organisation names are withheld from the file and shown to the person in person.',
    },
  },
} as const;

function recordSections(record: ExtractRecord, l: (typeof labels)[Language]): SectionedDocument['sections'] {
  const heading = `${l.types[record.type]} ${record.reference}${record.caseReference && record.caseReference !== record.reference ? ` (${l.case} ${record.caseReference})` : ''}`;
  const bases = record.legalBases.map((b) => [b.organisation, l.bases[b.kind], b.statute, b.consentGivenOn, b.consentWithdrawnAt && `withdrawn ${b.consentWithdrawnAt.slice(0, 10)}`].filter(Boolean).join(', '));
  const source = [l.sources[record.source.kind], record.source.organisation, record.source.at.slice(0, 10)].filter(Boolean).join(', ');
  const views = record.views.map((v) => [v.at.slice(0, 16).replace('T', ' '), v.action, v.organisations.join(', '), v.roles.join(', ')]);
  return [
    {
      heading,
      paragraphs: [`${l.source}: ${source}`, ...bases.map((text) => `${l.legalBasis}: ${text}`)],
      table: { columns: [l.field, l.value], rows: record.fields.map((f) => [f.name, f.withheld ? `(${l.withheld})` : (f.value ?? '–')]), rowHeaders: true },
    },
    views.length === 0 ? { heading: `${l.views}: ${heading}`, paragraphs: [l.noViews] } : { heading: `${l.views}: ${heading}`, table: { columns: [...l.viewColumns], rows: views } },
  ];
}

export async function registerExtractPdf(extract: RegisterExtract, options: { password: string; language: Language }): Promise<Buffer> {
  const l = labels[options.language];
  const document: SectionedDocument = {
    facts: [
      { label: l.produced, value: extract.producedAt.slice(0, 16).replace('T', ' ') },
      { label: l.person, value: extract.personId },
      { label: l.records, value: String(extract.records.length) },
      { label: l.protected, value: extract.protectedIdentity.applies ? l.yes : l.no },
    ],
    sections: [{ heading: l.about, paragraphs: extract.notes.map((note: ExtractNote) => l.notes[note]) }, ...extract.records.flatMap((record) => recordSections(record, l))],
  };
  return sectionedPdf(document, { title: l.title, userPassword: options.password, lang: options.language === 'sv' ? 'sv-SE' : 'en-GB' });
}
