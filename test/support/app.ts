import type { FastifyInstance } from 'fastify';
import { type AppOptions, buildApp } from '../../src/server/app.ts';
import { type Config, testConfig } from '../../src/server/config.ts';
import type { Db } from '../../src/server/db/client.ts';
import { createTestDatabase } from './database.ts';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  config: Config;
  close(): Promise<void>;
}

/** The whole server on a fresh test database, for app.inject() calls. */
export async function startTestApp(
  overrides: Partial<Config> = {},
  options: Omit<AppOptions, 'config' | 'database'> = {},
): Promise<TestApp> {
  const { database, dispose } = await createTestDatabase();
  const config = testConfig(overrides);
  const app = await buildApp({ config, database, ...options });
  await app.ready();
  return {
    app,
    db: database.db,
    config,
    close: async () => {
      await app.close();
      await dispose();
    },
  };
}
