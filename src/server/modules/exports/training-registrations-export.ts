import type { RegistrationItem, TrainingRegistrationsExportFilter } from '../../../shared/schemas/trainings.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import { exportableRegistrations, verifyRegistrationsExport } from '../trainings/training-registrations-export.service.ts';
import { trainingsPolicy } from '../trainings/trainings.policy.ts';
import type { ExportColumn } from './cell-guard.ts';
import { tabularExport } from './export-source.ts';

const yesNo = (value: boolean | null) => (value === null ? null : value ? 'ja' : 'nej');

/**
 * One event's registrants for its organiser's attendance list: names and e-mail addresses are
 * personal data, so the request schema offers only the encrypted XLSX. The registrant's stated
 * needs (free text that may tell of health or diet) are left out: an attendance list does not need them.
 */
export const trainingRegistrationColumns: readonly ExportColumn<RegistrationItem>[] = [
  { header: 'Anmälningsnummer', value: (r) => r.reference },
  { header: 'Namn', value: (r) => r.name },
  { header: 'E-post', value: (r) => r.email },
  { header: 'Organisation', value: (r) => r.organisation },
  { header: 'Organisationstyp', value: (r) => r.organisationKind },
  { header: 'Polisregion', value: (r) => r.regionCode },
  { header: 'Status', value: (r) => r.status },
  { header: 'Plats på väntelistan', value: (r) => r.waitingPosition },
  { header: 'Närvarande', value: (r) => yesNo(r.attended) },
  // The date in Sweden, so a registration just after midnight is not dated the day before.
  { header: 'Anmäld', value: (r) => stockholmDate(new Date(r.registeredAt)) },
];

/** One event's registrations, for those who may read registrations, within the organiser's scope. */
export const trainingRegistrationsExport = tabularExport<TrainingRegistrationsExportFilter, RegistrationItem>({
  allows: (actor) => trainingsPolicy.allows(actor, 'listRegistrations'),
  sheetName: 'Anmälningar',
  columns: trainingRegistrationColumns,
  read: exportableRegistrations,
  verify: verifyRegistrationsExport,
});
