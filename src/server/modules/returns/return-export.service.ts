import type { ReturnExportFilter, ReturnListItem } from '../../../shared/schemas/returns.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { programmeListIds, programmeListRowsOf } from './returns.queries.ts';
import { presentListItem } from './returns.service.ts';

/** Applications read per query while an export is written. */
const batchSize = 500;

export interface ExportableReturns {
  /** How many applications the export holds. */
  total: number;
  /** The applications in the list's order, a batch at a time. */
  batches(): AsyncGenerator<ReturnListItem[]>;
}

/**
 * Every application of the return programme list as the actor sees it now: the list's own scope
 * (returnScope: NMT the country, an IOM officer their organisation's assigned referrals, others
 * the cases they see), its order and its "today" for overdue follow-ups, but without the list's cap
 * of 500. The list has no filters, so the filter is empty. The ids are fixed first, so an
 * application moving in the order while the file is written neither shows twice nor pushes another
 * out; each batch is read inside the scope again, so one the actor lost meanwhile is left out.
 */
export async function exportableReturns(db: Db, actor: Actor, _filter: ReturnExportFilter, now = new Date()): Promise<ExportableReturns> {
  const today = stockholmDate(now);
  const ids = await programmeListIds(db, actor, today);
  const present = presentListItem(actor);
  return {
    total: ids.length,
    async *batches() {
      for (let start = 0; start < ids.length; start += batchSize) {
        const rows = await programmeListRowsOf(db, actor, today, ids.slice(start, start + batchSize));
        yield rows.map(present);
      }
    },
  };
}
