import type { TrainingExportFilter, TrainingItem } from '../../../shared/schemas/trainings.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import { exportableTrainings } from '../trainings/training-export.service.ts';
import { trainingsPolicy } from '../trainings/trainings.policy.ts';
import type { ExportColumn } from './cell-guard.ts';
import { tabularExport } from './export-source.ts';

/**
 * The trainings list's columns: what organisers plan by (dates, status, seats, waiting list,
 * attendance), as codes, dates and counts. No registrant appears (the counts only), and no free
 * text: the title, description and place are typed by organisers and may name a person, so they are
 * left out and the id stands for the event. So CSV is offered beside the encrypted XLSX.
 */
export const trainingListColumns: readonly ExportColumn<TrainingItem>[] = [
  // A random id, meaningless outside Samverka: it finds the event in the app (/trainings/<id>).
  { header: 'Utbildning', value: (e) => e.id },
  // Dates in Sweden, so an event starting just after midnight is not dated the day before.
  { header: 'Startdatum', value: (e) => stockholmDate(new Date(e.startsAt)) },
  { header: 'Slutdatum', value: (e) => stockholmDate(new Date(e.endsAt)) },
  // A status code (draft, published, cancelled).
  { header: 'Status', value: (e) => e.status },
  // A police region code, or "national" for a national event: whose event it is.
  { header: 'Region', value: (e) => e.regionCode ?? 'national' },
  // Counts: the seats, those holding one, the waiting list, those who attended.
  { header: 'Platser', value: (e) => e.capacity },
  { header: 'Bokade', value: (e) => e.counts.confirmed },
  { header: 'Väntelista', value: (e) => e.counts.waiting },
  { header: 'Närvarande', value: (e) => e.counts.attended },
];

/** The trainings list (upcoming or past), read through the trainings module's own scope. */
export const trainingListExport = tabularExport<TrainingExportFilter, TrainingItem>({
  allows: (actor) => trainingsPolicy.allows(actor, 'list'),
  sheetName: 'Utbildningar',
  columns: trainingListColumns,
  read: exportableTrainings,
});
