import type { ExportFormat } from '../../../shared/schemas/exports.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Keyring } from '../../platform/crypto.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { type ExportColumn } from './cell-guard.ts';
import { csvBuffer } from './csv.ts';
import { encryptedXlsx } from './xlsx.ts';

/** What a source gets to write one export: the requester as they are now, and their choices. */
export interface ExportContext<F> {
  db: Db;
  actor: Actor;
  /** The requester and the request's id and address, for the audit events of the module's own reads. */
  actorContext: ActorContext;
  /** For a source that shows sealed values (identity) through the owning module's service. */
  keyring: Keyring;
  filter: F;
  format: ExportFormat;
  /** The password XLSX and PDF are encrypted with (the request schema makes it present for them). */
  password: string | undefined;
  /** Records how far the job has come, 0–99 (100 is set when the file is stored). */
  progress(percent: number): Promise<void>;
}

export interface WrittenExport {
  file: Buffer;
  /** Rows (or records) the file holds, for the audit log and the user. */
  rowCount: number;
  /** Rows left out to keep the file k-anonymous (the HTCDS export), for the audit log. */
  suppressedRows?: number;
}

/**
 * One exportable thing. `allows` is the thing's own gate (the list's `list` action, say): the
 * exports route lets every exporting role in, and this narrows it to those who may see the list.
 * It is asked when the export is requested and again when the job runs. `write` reads through the
 * module's own scope, so the file holds what the requester may see now, nothing more.
 */
export interface ExportSource<F> {
  allows(actor: Actor): boolean;
  /**
   * Optional: refuses when requested what the job would refuse anyway, so the user hears it at once
   * (one case outside the requester's scope: 404, as for one that does not exist). Before the code is taken.
   */
  verify?(db: Db, actor: Actor, filter: F): Promise<void>;
  write(context: ExportContext<F>): Promise<WrittenExport>;
}

/** The password of an encrypted format; a missing one is a bug upstream, not a user's error. */
export function passwordOf(context: Pick<ExportContext<unknown>, 'password'>): string {
  if (!context.password) throw new Error('The export has no password to encrypt with.');
  return context.password;
}

/** A list read for export: how many rows it holds, and the rows a batch at a time. */
export interface ExportableRows<Row> {
  total: number;
  batches(): AsyncGenerator<Row[]>;
}

/**
 * A list exported as CSV or encrypted XLSX, one sheet: `read` fixes the rows (in the module's
 * scope and order) and yields them in batches; progress follows the batches.
 */
export function tabularExport<F, Row>(spec: {
  allows: (actor: Actor) => boolean;
  sheetName: string;
  columns: readonly ExportColumn<Row>[];
  read: (db: Db, actor: Actor, filter: F) => Promise<ExportableRows<Row>>;
  verify?: ExportSource<F>['verify'];
}): ExportSource<F> {
  return {
    allows: spec.allows,
    ...(spec.verify ? { verify: spec.verify } : {}),
    async write(context) {
      const found = await spec.read(context.db, context.actor, context.filter);
      let written = 0;
      async function* rows() {
        for await (const batch of found.batches()) {
          yield* batch;
          written += batch.length;
          // Reading is most of the work; the last percent waits for the file to be stored.
          await context.progress(Math.min(99, Math.floor((written / Math.max(found.total, 1)) * 100)));
        }
      }
      if (context.format === 'xlsx') return encryptedXlsx(rows(), spec.columns, { sheetName: spec.sheetName, password: passwordOf(context) });
      if (context.format !== 'csv') throw new Error(`A list has no ${context.format} export.`);
      const file = await csvBuffer(rows(), spec.columns);
      return { file, rowCount: written };
    },
  };
}
