import type { Logger } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { caseListQuery } from '../src/shared/schemas/cases.ts';
import type { Db } from '../src/server/db/client.ts';
import * as schema from '../src/server/db/schema/index.ts';
import { caseScopeParts } from '../src/server/modules/cases/cases.policy.ts';
import { listCases } from '../src/server/modules/cases/cases.queries.ts';
import type { Actor } from '../src/server/platform/actor.ts';

export interface Statement {
  readonly text: string;
  readonly params: unknown[];
}

/** The statements behind one page of the case list, in the order the endpoint sends them. */
export type ListStatements = readonly Statement[];

/**
 * The exact SQL (text and parameters) the real endpoint runs for this actor and query string.
 *
 * Rather than rebuilding the query (which could drift from src/), this calls the server's own
 * `listCases(db, { scopeParts: caseScopeParts(actor), filters: [] }, query)` once on a Drizzle handle whose logger records every
 * statement it sends, and takes those. So the baseline runs what the real endpoint runs, by
 * construction.
 */
export async function captureListStatements(databaseUrl: string, actor: Actor, queryString: Record<string, string>): Promise<ListStatements> {
  const recorded: Statement[] = [];
  const logger: Logger = { logQuery: (text, params) => void recorded.push({ text, params }) };
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const db = drizzle(pool, { schema, logger }) as unknown as Db;
    await listCases(db, { scopeParts: caseScopeParts(actor), filters: [] }, caseListQuery.parse(queryString));
  } finally {
    await pool.end();
  }
  if (recorded.length === 0) throw new Error('listCases ran no statement');
  return recorded;
}
