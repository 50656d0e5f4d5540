import type { ConsultationExportFilter, ConsultationSummary } from '../../../shared/schemas/consultations.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import { exportableConsultations } from '../consultations/consultation-export.service.ts';
import { consultationsPolicy } from '../consultations/consultations.policy.ts';
import type { ExportColumn } from './cell-guard.ts';
import { tabularExport } from './export-source.ts';

const yesNo = (value: boolean) => (value ? 'ja' : 'nej');

/**
 * The consultation queue's columns. Why each is safe in a file that may be an unencrypted CSV:
 * the reference is a number the system hands out (MS-YYYY-NNNNNN); source, status, region,
 * urgency, child involvement and forms are the system's codes; the municipality is a code, as in
 * the case list's export; dates are Swedish calendar dates. Left out on purpose: the description
 * and advice (free text, may name the person), the requester's name, organisation, phone and
 * e-mail (a person's contact details), and the assignee's name (a person's name; the file says
 * only whether someone has the consultation). Headings are Swedish, values the system's codes.
 */
export const consultationListColumns: readonly ExportColumn<ConsultationSummary>[] = [
  { header: 'Referens', value: (c) => c.reference },
  { header: 'Inkom', value: (c) => stockholmDate(new Date(c.receivedAt)) },
  { header: 'Första svar senast', value: (c) => stockholmDate(new Date(c.firstResponseDueAt)) },
  { header: 'Försenad', value: (c) => yesNo(c.isOverdue) },
  { header: 'Polisregion', value: (c) => c.regionCode },
  { header: 'Kommunkod', value: (c) => c.municipalityCode },
  { header: 'Källa', value: (c) => c.source },
  { header: 'Brådska', value: (c) => c.urgency },
  { header: 'Status', value: (c) => c.status },
  { header: 'Barn inblandat', value: (c) => c.childInvolved },
  { header: 'Exploateringsformer', value: (c) => c.exploitationForms.join(', ') },
  { header: 'Tilldelad', value: (c) => yesNo(c.assigneeName !== null) },
];

/** The consultation queue, read through the consultations module's own scope and filters. */
export const consultationListExport = tabularExport<ConsultationExportFilter, ConsultationSummary>({
  allows: (actor) => consultationsPolicy.allows(actor, 'list'),
  sheetName: 'Metodstödsärenden',
  columns: consultationListColumns,
  read: exportableConsultations,
});
