import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../../src/server/config.ts';
import { auditEvents } from '../../src/server/db/schema/audit.ts';
import { openConfiguredDatabase } from '../../src/server/db/prepare.ts';
import { createConfiguredDatabase } from '../support/database.ts';
import { compiledCli, repoRoot } from '../support/server-process.ts';

const run = promisify(execFile);
const cli = compiledCli;

/** `samverka retention`: the command prints per record type, a dry run records nothing, a run is audited, erases an old event's address and the chain verifies. */
describe('samverka retention, the command', { timeout: 240_000 }, () => {
  it('counts in a dry run without writing, then runs and leaves a verifying audit chain', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'samverka-retention-cli-'));
    const database = await createConfiguredDatabase(dataDir);
    const env: NodeJS.ProcessEnv = { ...process.env, SAMVERKA_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SAMVERKA_RETENTION_YEARS: 'call=3' };
    delete env.DATABASE_URL;
    if (database.databaseUrl) env.DATABASE_URL = database.databaseUrl;
    const samverka = (...args: string[]) => run(process.execPath, [cli, ...args], { env, cwd: repoRoot });
    try {
      // One event from eleven years ago, by someone from an address: past the audit period.
      const opened = await openConfiguredDatabase(testConfig({ dataDir, databaseUrl: database.databaseUrl }));
      const elevenYearsAgo = new Date(Date.now() - 11 * 365.25 * 86_400_000);
      await opened.db.insert(auditEvents).values({ occurredAt: elevenYearsAgo, action: 'auth.sign_out', requestId: 'old', clientAddress: '198.51.100.23' });
      await opened.close();
      const before = (await samverka('audit', 'verify')).stdout;
      const dry = await samverka('retention', '--dry-run');
      expect(dry.stdout).toMatch(/^Dry run, nothing changed:/);
      expect(dry.stdout).toMatch(/ {2}case +10 years: would anonymise 0, kept by a legal hold 0/);
      expect(dry.stdout).toMatch(/ {2}call +3 years: would anonymise 0/);
      expect(dry.stdout).toMatch(/ {2}audit +10 years: would anonymise 1, kept by a legal hold 0 \(actor and client address removed, the event kept\)/);
      expect((await samverka('audit', 'verify')).stdout).toBe(before);

      const done = await samverka('retention');
      expect(done.stdout).toMatch(/^Retention run:/);
      expect(done.stdout).toMatch(/case +10 years: anonymised 0/);
      expect(done.stdout).toMatch(/audit +10 years: anonymised 1,/);
      const after = (await samverka('audit', 'verify')).stdout;
      expect(after).toMatch(/^Audit chain intact/);
      expect(after).not.toBe(before);

      await expect(samverka('retention', '--now')).rejects.toMatchObject({ code: 1 });
    } finally {
      await database.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
