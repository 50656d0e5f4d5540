import type { ReturnExportFilter, ReturnListItem } from '../../../shared/schemas/returns.ts';
import { exportableReturns } from '../returns/return-export.service.ts';
import { returnsPolicy } from '../returns/returns.policy.ts';
import type { ExportColumn } from './cell-guard.ts';
import { tabularExport } from './export-source.ts';

/**
 * The return programme list's columns: what the list shows, as codes and numbers, with no identity
 * data and no free text, so CSV is offered beside the encrypted XLSX. The person's code name, which
 * the list shows, is left out: it is typed by a case member and may be a real name. Headings are
 * Swedish; values are the system's codes, for anyone who reads the file with a program.
 */
export const returnListColumns: readonly ExportColumn<ReturnListItem>[] = [
  // A random id, meaningless outside Samverka: it finds the application in the app (/returns/<id>).
  { header: 'Ansökan', value: (r) => r.id },
  // The system's case number, only where the list shows it (NMT, and those who see the case); empty for IOM.
  { header: 'Ärendenummer', value: (r) => r.caseReference },
  // A status code of the programme (returnStatuses).
  { header: 'Status', value: (r) => r.status },
  // ISO 3166-1 alpha-2 of the country of return.
  { header: 'Land', value: (r) => r.countryCode },
  // The receiving IOM office's name from the organisation register: about an organisation, not a person.
  { header: 'IOM-kontor', value: (r) => r.iomOrganisationName },
  // A milestone code (reintegration_plan, follow_up_3, ...).
  { header: 'Nästa uppföljning', value: (r) => r.nextDueKind },
  // An SQL date, a Swedish calendar day already (YYYY-MM-DD).
  { header: 'Nästa datum', value: (r) => r.nextDueOn },
  // A count of open milestones past their date, as of the Swedish today.
  { header: 'Försenade', value: (r) => r.overdueCount },
];

/** The return programme list, read through the returns module's own scope. */
export const returnListExport = tabularExport<ReturnExportFilter, ReturnListItem>({
  allows: (actor) => returnsPolicy.allows(actor, 'list'),
  sheetName: 'Återvändande',
  columns: returnListColumns,
  read: exportableReturns,
});
