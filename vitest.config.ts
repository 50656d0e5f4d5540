import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { sameOnBothDatabases } from './test/support/pg-suite.ts';

/** `npm run test:pg`: the HTTP tests on PostgreSQL, except those the database cannot change (test/support/pg-suite.ts). */
const onPostgres = process.env.SAMVERKA_TEST_DB === 'postgres';
/**
 * Vitest's default leaves one core to its own process, which waits on the workers most of the
 * time: on a 2-core machine that runs every file one after the other.
 */
const maxWorkers = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    maxWorkers,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.unit.test.ts', 'test/unit/**/*.test.ts'],
          environment: 'node',
          // Pure functions: the files share a worker's modules instead of loading them again.
          isolate: false,
          // A guard against hangs, not a speed limit: in CI these run at nice 19 beside the e2e
          // suite, where a test that starts git a dozen times took over vitest's default 5 s.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'http',
          include: ['src/server/**/*.test.ts', 'test/http/**/*.test.ts', 'test/security/**/*.test.ts'],
          exclude: ['src/**/*.unit.test.ts', ...(onPostgres ? sameOnBothDatabases : [])],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Each file builds its own app on its own database and closes both, and no test mocks
          // modules or globals, so the files share a worker's loaded modules (the server, PGlite's
          // compiled WebAssembly) instead of loading them again for each file.
          isolate: false,
          // Migrates one database per run; each test database is a copy of it.
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
      {
        test: {
          // `npm run test:soak`: two server processes on PostgreSQL under load (bench/soak/run-soak.ts).
          name: 'soak',
          include: ['test/soak/**/*.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // One server and one browser context per file, closed after it, in one Chromium for the
          // run (browser-server.ts); the files share loaded modules.
          isolate: false,
          globalSetup: ['test/support/global-setup.ts', 'test/support/browser-server.ts'],
        },
      },
    ],
  },
});
