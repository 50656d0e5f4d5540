import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import type { ListStatements } from './list-sql.ts';

export interface BareServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * The baseline: node:http and a pg Pool running the case list's statements for every request,
 * whatever the path, and answering with the rows as JSON. No auth, no audit, no validation, no
 * framework: what the list costs when nothing but the SQL and the serialisation is done. The items
 * are the rows as pg gives them (snake_case columns, dates as ISO strings once stringified), which
 * is about the same JSON size as the real answer.
 */
export async function startBareServer(options: { databaseUrl: string; poolSize: number; statements: ListStatements }): Promise<BareServer> {
  const { statements } = options;
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize });
  pool.on('error', () => undefined);

  const server = createServer((_request, response) => {
    runInOrder(pool, statements).then(
      (results) => {
        const body = JSON.stringify({ items: results[0]?.rows ?? [] });
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        response.end(body);
      },
      () => {
        response.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}

/** Sends the statements one after another, as the endpoint does. */
async function runInOrder(pool: pg.Pool, statements: ListStatements): Promise<pg.QueryResult[]> {
  const results: pg.QueryResult[] = [];
  for (const statement of statements) results.push(await pool.query(statement.text, statement.params));
  return results;
}
