import { ConfigError, loadConfig } from '../config.ts';
import { describeDatabase, openConfiguredDatabase, prepareDatabase } from '../db/prepare.ts';

const usage = `Usage: samverka <command>

Commands:
  migrate   Apply pending database migrations and load reference data
            (PostgreSQL when DATABASE_URL is set, else the embedded database)
  help      Show this text
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

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  switch (command) {
    case 'migrate':
      await runMigrate();
      return 0;
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
