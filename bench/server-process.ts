/**
 * Child process that runs one server under test, so the load generator (autocannon, in the parent)
 * does not share an event loop with it. The parent sends a ServerSpec; the child answers with the
 * port it listens on, and shuts down on SIGTERM/SIGINT or when the parent goes away.
 */
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/server/app.ts';
import { testConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { startBareServer } from './bare-server.ts';
import type { ListStatements } from './list-sql.ts';

export type ServerSpec =
  | { kind: 'real'; databaseUrl: string; poolSize: number }
  | { kind: 'bare'; databaseUrl: string; poolSize: number; statements: ListStatements };

export type ServerReport = { port: number } | { error: string };

async function start(spec: ServerSpec): Promise<{ port: number; close(): Promise<void> }> {
  if (spec.kind === 'bare') return startBareServer(spec);
  const database = await openDatabase({ kind: 'postgres', url: spec.databaseUrl, poolSize: spec.poolSize });
  // testConfig: silent logs, plain-http cookies; the database is the bench's PostgreSQL one.
  const app = await buildApp({ config: testConfig({ databaseUrl: spec.databaseUrl }), database });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    port: (app.server.address() as AddressInfo).port,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

process.once('message', (spec: ServerSpec) => {
  start(spec).then(
    (server) => {
      let stopping = false;
      const stop = () => {
        if (stopping) return;
        stopping = true;
        void server.close().finally(() => process.exit(0));
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      process.once('disconnect', stop);
      process.send?.({ port: server.port } satisfies ServerReport);
    },
    (error: unknown) => {
      process.send?.({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ServerReport, () =>
        process.exit(1),
      );
    },
  );
});
