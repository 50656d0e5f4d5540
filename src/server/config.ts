import path from 'node:path';
import { z } from 'zod';
import { builtInRetentionYears, parseRetentionYears, type RetentionRecordType } from '../shared/retention-terms.ts';

/**
 * Every environment variable Samverka reads, parsed once at start. Nothing else reads
 * process.env: the rest of the server takes a Config.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  /** Interface to listen on. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Port to listen on. */
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  /** PostgreSQL connection string; when unset, the embedded PGlite database is used. */
  DATABASE_URL: z.string().url().optional(),
  /** Folder for the embedded database and other local state. */
  SAMVERKA_DATA_DIR: z.string().min(1).optional(),
  /** Start with fictional demo data. */
  SAMVERKA_DEMO: booleanFlag,
  /** The address users reach Samverka at (used in links and to decide Secure cookies). */
  PUBLIC_URL: z.string().url().optional(),
  /** Trust X-Forwarded-* headers from a reverse proxy in front. */
  TRUST_PROXY: booleanFlag,
  /**
   * Keys for data encrypted at rest, as comma-separated `keyId:base64Key` pairs (32-byte keys); the
   * first encrypts, all decrypt, so a key can be rotated. When unset, a key file is created in the
   * data folder.
   */
  SAMVERKA_ENCRYPTION_KEY: z.string().min(1).optional(),
  /**
   * SMTP server for outgoing e-mail (invitations), e.g. smtp://user:pass@mail.example.se:587 or
   * smtps://…; when unset, the inviting administrator is shown the link to hand over.
   */
  SMTP_URL: z.string().url().optional(),
  /** Sender address of outgoing e-mail. */
  SMTP_FROM: z.string().min(3).default('Samverka <no-reply@samverka.invalid>'),
  /**
   * The age public key (`age1…`) that `samverka backup` encrypts to. Its private key is kept where
   * backups are restored, never on the server; backup refuses to run without this.
   */
  SAMVERKA_BACKUP_RECIPIENT: z
    .string()
    .regex(/^age1[0-9a-z]+$/, 'expected an age public key (age1…)')
    .optional(),
  /**
   * Retention defaults per record type in years after closure, overriding the built-in ones
   * (shared/retention-terms.ts), e.g. `case=12,call=3`. An administrator's setting wins over both.
   */
  SAMVERKA_RETENTION_YEARS: z.string().optional(),
  /** How often each instance looks for reminders that are due and e-mails pending ones, in seconds. */
  SAMVERKA_REMINDER_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3_600).default(60),
  /** Log level of the server's pino logger. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How long in-flight requests may take to finish on SIGTERM, in milliseconds. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
});

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly demo: boolean;
  readonly publicUrl: string;
  readonly secureCookies: boolean;
  readonly trustProxy: boolean;
  readonly encryptionKey: string | undefined;
  readonly smtpUrl: string | undefined;
  readonly smtpFrom: string;
  /** The age public key backups are encrypted to; undefined when backups are not set up. */
  readonly backupRecipient: string | undefined;
  readonly logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  readonly shutdownTimeoutMs: number;
  readonly sessionIdleMinutes: number;
  readonly sessionAbsoluteHours: number;
  /** How often the reminder loop runs, in milliseconds. */
  readonly reminderIntervalMs: number;
  /** How often an idle background-job worker asks for work, in seconds (pg-boss's minimum is 0.5). */
  readonly jobPollingSeconds: number;
  /** Years each record type is kept after it closes, unless an administrator set it (retention module). */
  readonly retentionYears: Readonly<Record<RetentionRecordType, number>>;
}

export class ConfigError extends Error {}

/** Parses the environment into a frozen Config, or throws a ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const retention = parseRetentionYears(e.SAMVERKA_RETENTION_YEARS ?? '');
  if ('error' in retention) throw new ConfigError(`Invalid configuration:\n  SAMVERKA_RETENTION_YEARS: ${retention.error}`);
  const demo = e.SAMVERKA_DEMO;
  const defaultDataDir = demo ? 'data/demo' : 'data';
  const displayHost = e.HOST === '0.0.0.0' || e.HOST === '::' ? '127.0.0.1' : e.HOST;
  const publicUrl = (e.PUBLIC_URL ?? `http://${displayHost}:${e.PORT}`).replace(/\/$/, '');
  return Object.freeze({
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(cwd, e.SAMVERKA_DATA_DIR ?? defaultDataDir),
    demo,
    publicUrl,
    secureCookies: publicUrl.startsWith('https:'),
    trustProxy: e.TRUST_PROXY,
    encryptionKey: e.SAMVERKA_ENCRYPTION_KEY,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    backupRecipient: e.SAMVERKA_BACKUP_RECIPIENT,
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    sessionIdleMinutes: 30,
    sessionAbsoluteHours: 10,
    reminderIntervalMs: e.SAMVERKA_REMINDER_INTERVAL_SECONDS * 1000,
    jobPollingSeconds: 2,
    retentionYears: Object.freeze({ ...builtInRetentionYears, ...retention.years }),
  });
}

/** A Config for tests: embedded database, silent logs, overridable fields. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const testKey = `test:${Buffer.alloc(32, 7).toString('base64')}`;
  return Object.freeze({ ...loadConfig({ LOG_LEVEL: 'silent', PORT: '0', SAMVERKA_ENCRYPTION_KEY: testKey }), jobPollingSeconds: 0.5, ...overrides });
}
