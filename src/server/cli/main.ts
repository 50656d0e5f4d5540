import { ConfigError, loadConfig } from '../config.ts';
import { describeDatabase, openConfiguredDatabase, prepareDatabase } from '../db/prepare.ts';
import { verifyAuditChain } from '../platform/audit-chain.ts';
import { runBackup } from './backup.ts';
import { runDuplicatesReindex } from './duplicates-reindex.ts';
import { runKeysRotate } from './keys-rotate.ts';
import { runRestore } from './restore.ts';
import { runRetentionCommand } from './retention.ts';
import { runRolesApprove, runRolesPending } from './roles.ts';

const usage = `Usage: samverka <command>

Commands:
  migrate        Apply pending database migrations and load reference data
                 (PostgreSQL when DATABASE_URL is set, else the embedded database)
  audit verify   Check the audit log's hash chain; names the first broken event
  keys rotate    Re-encrypt identity data and secrets under a new key. With the key file
                 in the data folder, a new key is added first in it; with
                 SAMVERKA_ENCRYPTION_KEY, put the new key first there yourself (restart
                 the servers), then run this. Older keys are kept for reading.
  duplicates reindex
                 Compute the duplicate-matching hashes of every identity again (after an
                 upgrade; keys rotate does it for the hashes under an old key)
  roles pending  List role grants and invitations waiting for a second administrator
  roles approve <id>
                 Approve one on the server itself: for a new installation whose only
                 administrator may not approve their own grants (four eyes)
  backup [--out FILE]
                 Write an encrypted backup of the database (documents included) to FILE
                 (default samverka-backup-<time>.tar.age here), encrypted to the age public
                 key in SAMVERKA_BACKUP_RECIPIENT. On PGlite, stop the server first.
  restore FILE --identity KEYFILE
                 Load a backup into the configured database, which must be new and empty
                 (PostgreSQL with DATABASE_URL, else the data folder); KEYFILE holds the age
                 private key, kept away from the server. Checks the counts and the audit chain.
  retention [--dry-run]
                 Anonymise what has passed its retention period (the server also does it
                 daily); with --dry-run, show per record type what would be anonymised and
                 what a legal hold keeps, changing nothing
  help           Show this text
`;

async function runMigrate(): Promise<void> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    const { migrationsApplied } = await prepareDatabase(database);
    process.stdout.write(`${describeDatabase(config)}: ${migrationsApplied} migration(s) applied, schema up to date.\n`);
  } finally {
    await database.close();
  }
}

async function runAuditVerify(): Promise<number> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database);
    const verdict = await verifyAuditChain(database.db, (checked) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${checked.toLocaleString('sv-SE')} events checked…`);
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    if (verdict.intact) {
      process.stdout.write(`Audit chain intact: ${verdict.events} events verified.\n`);
      return 0;
    }
    const why = {
      hash_mismatch: 'its content does not match its hash',
      previous_hash_mismatch: 'its link to the event before is broken',
      personal_digest_mismatch: 'its actor or client address does not match their digest',
    }[verdict.reason];
    process.stdout.write(`Audit chain BROKEN at event ${verdict.brokenAtId}: ${why} (an event was changed or deleted).\n`);
    return 2;
  } finally {
    await database.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, subcommand, argument] = argv;
  switch (command) {
    case 'backup':
      return runBackup(argv.slice(1));
    case 'restore':
      return runRestore(argv.slice(1));
    case 'retention':
      return runRetentionCommand(argv.slice(1));
    case 'migrate':
      await runMigrate();
      return 0;
    case 'audit':
      if (subcommand === 'verify') return runAuditVerify();
      process.stderr.write(`Unknown audit command: ${subcommand ?? ''}\n\n${usage}`);
      return 1;
    case 'keys':
      if (subcommand === 'rotate') return runKeysRotate();
      process.stderr.write(`Unknown keys command: ${subcommand ?? ''}\n\n${usage}`);
      return 1;
    case 'duplicates':
      if (subcommand === 'reindex') return runDuplicatesReindex();
      process.stderr.write(`Unknown duplicates command: ${subcommand ?? ''}\n\n${usage}`);
      return 1;
    case 'roles':
      if (subcommand === 'pending') return runRolesPending();
      if (subcommand === 'approve') return runRolesApprove(argument);
      process.stderr.write(`Unknown roles command: ${subcommand ?? ''}\n\n${usage}`);
      return 1;
    case 'help':
    case '--help':
    case undefined:
      process.stdout.write(usage);
      return command === undefined ? 1 : 0;
    default:
      process.stderr.write(`Unknown command: ${command}\n\n${usage}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error);
    process.stderr.write(`samverka: ${message}\n`);
    process.exit(1);
  },
);
