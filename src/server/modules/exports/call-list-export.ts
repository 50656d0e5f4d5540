import type { CallExportFilter, CallItem } from '../../../shared/schemas/calls.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import { exportableCalls } from '../calls/call-export.service.ts';
import { callsPolicy } from '../calls/calls.policy.ts';
import type { ExportColumn } from './cell-guard.ts';
import { tabularExport } from './export-source.ts';

const stockholmClock = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' });

/**
 * The call log's columns. Why each is safe in a file that may be an unencrypted CSV: a call holds
 * no identity data (DESIGN.md §3; the form refuses a personal number); date and time are Swedish
 * wall-clock values, as the list shows them; the duration is a number of seconds; caller
 * category, topic, region and language are the system's codes; the consultation and case are
 * their reference numbers, and only where the operator may see them (as in the list). Left out on
 * purpose: the advice given (free text, which may describe the caller).
 */
export const callListColumns: readonly ExportColumn<CallItem>[] = [
  { header: 'Datum', value: (c) => stockholmDate(new Date(c.startedAt)) },
  { header: 'Starttid', value: (c) => stockholmClock.format(new Date(c.startedAt)) },
  { header: 'Längd (sekunder)', value: (c) => c.durationSeconds },
  { header: 'Vem ringde', value: (c) => c.callerCategory },
  { header: 'Ämne', value: (c) => c.topic },
  { header: 'Polisregion', value: (c) => c.regionCode },
  { header: 'Språk', value: (c) => c.language },
  { header: 'Uppföljning', value: (c) => (c.followUpNeeded ? 'ja' : 'nej') },
  { header: 'Metodstödsärende', value: (c) => c.consultationReference },
  { header: 'Ärende', value: (c) => c.caseReference },
];

/** The operator's call log of one day, read through the calls module's own scope. */
export const callListExport = tabularExport<CallExportFilter, CallItem>({
  allows: (actor) => callsPolicy.allows(actor, 'list'),
  sheetName: 'Samtal',
  columns: callListColumns,
  read: exportableCalls,
});
