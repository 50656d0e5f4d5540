import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createConfiguredDatabase } from '../support/database.ts';
import { compiledCli, repoRoot } from '../support/server-process.ts';

const run = promisify(execFile);
const cli = compiledCli;

/** `samverka retention`: the command prints per record type, a dry run records nothing, a run is audited and the chain verifies. */
describe('samverka retention, the command', { timeout: 240_000 }, () => {
  it('counts in a dry run without writing, then runs and leaves a verifying audit chain', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'samverka-retention-cli-'));
    const database = await createConfiguredDatabase(dataDir);
    const env: NodeJS.ProcessEnv = { ...process.env, SAMVERKA_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SAMVERKA_RETENTION_YEARS: 'call=3' };
    delete env.DATABASE_URL;
    if (database.databaseUrl) env.DATABASE_URL = database.databaseUrl;
    const samverka = (...args: string[]) => run(process.execPath, [cli, ...args], { env, cwd: repoRoot });
    try {
      const before = (await samverka('audit', 'verify')).stdout;
      const dry = await samverka('retention', '--dry-run');
      expect(dry.stdout).toMatch(/^Dry run, nothing changed:/);
      expect(dry.stdout).toMatch(/ {2}case +10 years: would anonymise 0, kept by a legal hold 0/);
      expect(dry.stdout).toMatch(/ {2}call +3 years: would anonymise 0/);
      expect(dry.stdout).toMatch(/ {2}audit +10 years: kept whole/);
      expect((await samverka('audit', 'verify')).stdout).toBe(before);

      const done = await samverka('retention');
      expect(done.stdout).toMatch(/^Retention run:/);
      expect(done.stdout).toMatch(/case +10 years: anonymised 0/);
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
