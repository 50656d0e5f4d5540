import { randomUUID } from 'node:crypto';
import { htcdsExporters } from '../../../shared/access-catalogue.ts';
import type { HtcdsExportFilter } from '../../../shared/schemas/htcds-export.ts';
import { type IdentifiedPerson, identifiedPersons } from '../cases/identified-persons.service.ts';
import { passesGate } from '../../platform/access.ts';
import type { ExportColumn } from './cell-guard.ts';
import { csvBuffer } from './csv.ts';
import { type ExportSource, passwordOf } from './export-source.ts';
import { exportsPolicy } from './exports.policy.ts';
import { coarseAgeBands, htcdsQuasiIdentifiersOf } from './htcds-values.ts';
import { type QuasiIdentifiers, kAnonymise } from './k-anonymity.ts';
import { encryptedXlsx } from './xlsx.ts';

/** One released person: a row id made for this file alone, and the quasi-identifiers after k-anonymity. */
type HtcdsRow = QuasiIdentifiers & { rowId: string };
/**
 * The columns, named as the standard names them: HTCDS's own field where it has one (prs_Gender,
 * prs_Citizenship as ISO alpha-2, vic_TypeOfExploitation, a multiselect written ";"-separated as
 * HTCDS's Salesforce model does), CTDC's where HTCDS records only the exact value we must not
 * release (ageBroad instead of prs_Birthdate, yearOfRegistration instead of a date). `rowId` is
 * random for each export, so no two files (and no case) can be linked by it. Every line is a
 * person: how many were suppressed is reported beside the file (the export's state and its audit).
 */
export const htcdsColumns: readonly ExportColumn<HtcdsRow>[] = [
  { header: 'rowId', value: (r) => r.rowId },
  { header: 'yearOfRegistration', value: (r) => r.year },
  { header: 'prs_Gender', value: (r) => r.gender },
  { header: 'ageBroad', value: (r) => r.ageBand },
  { header: 'prs_Citizenship', value: (r) => r.citizenship },
  { header: 'vic_TypeOfExploitation', value: (r) => r.exploitation.join(';') },
];

/** The person's quasi-identifiers in HTCDS values; a child without a birth year is at least known to be under 18. */
function quasiIdentifiersOf(person: IdentifiedPerson): QuasiIdentifiers {
  const age = person.birthYear === null ? null : person.year - person.birthYear;
  const values = htcdsQuasiIdentifiersOf({ ...person, age });
  return age === null && person.isChild ? { ...values, ageBand: coarseAgeBands[0] } : values;
}

/**
 * The HTCDS microdata for NMT (issue 12): one row per identified person without protected identity,
 * generalised and then suppressed to k = 11 over every column but the row id, in random order.
 */
export const htcdsExport: ExportSource<HtcdsExportFilter> = {
  allows: (actor) => exportsPolicy.allows(actor, 'request') && passesGate(htcdsExporters, actor),
  async write(context) {
    if (context.format !== 'xlsx' && context.format !== 'csv') throw new Error(`HTCDS has no ${context.format} export.`);
    const people = await identifiedPersons(context.db, context.actor, context.filter);
    await context.progress(50);
    const { rows, suppressed } = kAnonymise(people.map(quasiIdentifiersOf));
    const released: HtcdsRow[] = rows.map((row) => ({ ...row, rowId: randomUUID() })).sort((a, b) => a.rowId.localeCompare(b.rowId));
    const file =
      context.format === 'xlsx'
        ? (await encryptedXlsx(released, htcdsColumns, { sheetName: 'HTCDS', password: passwordOf(context) })).file
        : await csvBuffer(released, htcdsColumns);
    return { file, rowCount: released.length, suppressedRows: suppressed };
  },
};
