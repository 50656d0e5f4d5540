import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../../src/server/config.ts';
import { createPglite } from '../../src/server/db/pglite.ts';
import { openConfiguredDatabase } from '../../src/server/db/prepare.ts';
import { users } from '../../src/server/db/schema/index.ts';
import { keyFileName, loadKeyring } from '../../src/server/platform/crypto.ts';
import { adminUrl, createConfiguredDatabase, testDatabaseKind, withAdminClient } from '../support/database.ts';
import { compiledCli, repoRoot } from '../support/server-process.ts';

// The command runs as a child process, twice, on a database of each kind: minutes on a busy machine.
const commandTimeout = 240_000;
const run = promisify(execFile);
const cli = compiledCli;

function commandEnv(dataDir: string, databaseUrl: string | undefined, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SAMVERKA_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...extra };
  delete env.SAMVERKA_ENCRYPTION_KEY;
  delete env.DATABASE_URL;
  delete env.SAMVERKA_BACKUP_RECIPIENT;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return { ...env, ...extra };
}

describe('samverka backup and restore, the commands', { timeout: commandTimeout }, () => {
  it('back up with the recipient from the configuration and restore into an empty database of the other kind, key file included', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'samverka-backup-cli-'));
    const sourceDir = path.join(work, 'source');
    const targetDir = path.join(work, 'target');
    const source = await createConfiguredDatabase(sourceDir);
    const targetName = `samverka_restore_${randomBytes(6).toString('hex')}`;
    let targetUrl: string | undefined;
    if (testDatabaseKind === 'pglite') {
      await withAdminClient((c) => c.query(`create database ${targetName}`));
      const url = new URL(adminUrl());
      url.pathname = `/${targetName}`;
      targetUrl = url.toString();
    }
    const totpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    try {
      const sourceConfig = testConfig({ dataDir: sourceDir, databaseUrl: source.databaseUrl, encryptionKey: undefined });
      const { keyring, createdKeyFile } = loadKeyring(sourceConfig);
      const database = await openConfiguredDatabase(sourceConfig);
      await database.db.insert(users).values({ email: 'backup@samverka.test', name: 'Backup Person', totpSecret: keyring.encrypt(totpSecret) });
      await database.close();

      const out = path.join(work, 'backup.tar.age');
      const refused = run(process.execPath, [cli, 'backup', '--out', out], { env: commandEnv(sourceDir, source.databaseUrl), cwd: repoRoot });
      await expect(refused).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('SAMVERKA_BACKUP_RECIPIENT is not set') });
      expect(existsSync(out)).toBe(false);

      const identity = await generateX25519Identity();
      const recipient = await identityToRecipient(identity);
      const backedUp = await run(process.execPath, [cli, 'backup', '--out', out], {
        env: commandEnv(sourceDir, source.databaseUrl, { SAMVERKA_BACKUP_RECIPIENT: recipient }),
        cwd: repoRoot,
      });
      expect(backedUp.stdout).toContain(`Backup written to ${out}`);
      expect(backedUp.stdout).toContain('encryption key file included');
      expect(readFileSync(out).includes(Buffer.from(readFileSync(createdKeyFile!, 'utf8').trim()))).toBe(false);

      if (testDatabaseKind === 'pglite') {
        // A running server holds the embedded database: a second process must not open it.
        const running = await createPglite(path.join(sourceDir, 'pglite'));
        try {
          const whileOpen = run(process.execPath, [cli, 'backup', '--out', `${out}.2`], {
            env: commandEnv(sourceDir, undefined, { SAMVERKA_BACKUP_RECIPIENT: recipient }),
            cwd: repoRoot,
          });
          await expect(whileOpen).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('stop the Samverka server first') });
        } finally {
          await running.close();
        }
      }

      const identityFile = path.join(work, 'backup-identity.txt');
      writeFileSync(identityFile, `# created: test\n# public key: ${recipient}\n${identity}\n`, { mode: 0o600 });
      const restored = await run(process.execPath, [cli, 'restore', out, '--identity', identityFile], { env: commandEnv(targetDir, targetUrl), cwd: repoRoot });
      expect(restored.stdout).toMatch(/0 cases, 0 journal entries, 0 documents, \d+ audit events/);
      expect(restored.stdout).toContain('Audit chain intact');
      const targetKeyFile = path.join(targetDir, keyFileName);
      expect(restored.stdout).toContain(`Wrote the backup's encryption key file to ${targetKeyFile}`);
      expect(readFileSync(targetKeyFile, 'utf8')).toBe(readFileSync(createdKeyFile!, 'utf8'));
      expect(statSync(targetKeyFile).mode & 0o777).toBe(0o600);

      // The restored server reads what the old one sealed, with the key file the backup carried.
      const targetConfig = testConfig({ dataDir: targetDir, databaseUrl: targetUrl, encryptionKey: undefined });
      const restoredDatabase = await openConfiguredDatabase(targetConfig);
      try {
        const [user] = await restoredDatabase.db.select({ totpSecret: users.totpSecret }).from(users).where(eq(users.email, 'backup@samverka.test'));
        expect(loadKeyring(targetConfig).keyring.decrypt(user!.totpSecret!)).toBe(totpSecret);
      } finally {
        await restoredDatabase.close();
      }

      // A second restore into the now filled database is refused, and says so.
      const again = run(process.execPath, [cli, 'restore', out, '--identity', identityFile], { env: commandEnv(targetDir, targetUrl), cwd: repoRoot });
      await expect(again).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('not empty') });
    } finally {
      await source.dispose();
      if (targetUrl) await withAdminClient((c) => c.query(`drop database if exists ${targetName} with (force)`));
      rmSync(work, { recursive: true, force: true });
    }
  });
});
