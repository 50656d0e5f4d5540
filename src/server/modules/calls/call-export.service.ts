import type { CallExportFilter, CallItem } from '../../../shared/schemas/calls.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { ownCallsOfDay } from './calls.service.ts';

/** Calls handed to the file writer at a time. */
const batchSize = 500;

export interface ExportableCalls {
  /** How many calls the export holds. */
  total: number;
  /** The calls in the list's order, a batch at a time. */
  batches(): AsyncGenerator<CallItem[]>;
}

/**
 * The call log of the filter's day, as the operator sees it now: the list's own read
 * (ownCallsOfDay: their own calls only, a linked case or consultation only where they may see it),
 * in its order. One operator's day is a few dozen calls, so it is read at once and handed on in
 * batches like every other list.
 */
export async function exportableCalls(db: Db, actor: Actor, filter: CallExportFilter): Promise<ExportableCalls> {
  const items = await ownCallsOfDay(db, actor, filter.date);
  return {
    total: items.length,
    async *batches() {
      for (let start = 0; start < items.length; start += batchSize) yield items.slice(start, start + batchSize);
    },
  };
}
