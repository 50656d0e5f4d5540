import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { describeDatabase, openConfiguredDatabase, prepareDatabase } from './db/prepare.ts';
import { demoSignInHelp, seedDemoData } from './demo/demo-data.ts';
import { openSetupLink } from './modules/auth/setup.service.ts';
import { loadKeyring } from './platform/crypto.ts';
import { scheduleHousekeeping } from './platform/housekeeping.ts';
import { removeOldIntakeWindows } from './modules/intake/intake.service.ts';
import { removeExpiredSsoSignIns } from './modules/sso/sso.service.ts';
import { removeExpiredExports } from './modules/exports/exports.service.ts';
import { startReminderScheduler } from './modules/notifications/reminders.service.ts';
import { removeStaleTrainingEmails, sendPendingTrainingEmails } from './modules/trainings/training-emails.service.ts';
import { createMailer } from './platform/mail.ts';
import { startPeriodicJob } from './platform/periodic-job.ts';
import { runRetention } from './modules/retention/retention.service.ts';

/** Starts Samverka: migrate, listen, print how to sign in, and shut down gracefully on SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  await prepareDatabase(database);
  const { keyring, createdKeyFile } = loadKeyring(config);
  if (config.demo) await seedDemoData(database.db, keyring);
  const app = await buildApp({ config, database, keyring });
  await app.listen({ host: config.host, port: config.port });
  // Export jobs another instance (or this one before a restart) left queued run now.
  await app.startBackgroundJobs();
  // Modules hand their own cleanup to the platform's housekeeping.
  const stopHousekeeping = scheduleHousekeeping(database.db, config.sessionIdleMinutes, { oidcSignIns: removeExpiredSsoSignIns, intakeRateWindows: removeOldIntakeWindows, trainingEmails: removeStaleTrainingEmails, exports: removeExpiredExports }, (error) =>
    app.log.error({ err: error }, 'housekeeping failed'),
  );
  const stopReminders = startReminderScheduler({
    db: database.db,
    config,
    intervalMs: config.reminderIntervalMs,
    // The kind of error only (e.g. a PostgreSQL error code), never its text, which may quote values.
    onError: (error) =>
      app.log.error(
        { errorName: error instanceof Error ? error.name : typeof error, code: (error as { code?: unknown } | null)?.code },
        'reminder tick failed',
      ),
    onTick: (result) => app.log.info({ created: result.created, email: result.email }, 'reminders'),
  });
  // E-mails to training registrants that failed right after their change are retried each minute.
  const trainingMailer = createMailer(config);
  const stopTrainingEmails = trainingMailer
    ? startPeriodicJob({
        run: () => sendPendingTrainingEmails(database.db, { mailer: trainingMailer, keyring }),
        onError: (error) => app.log.error({ errorName: error instanceof Error ? error.name : typeof error }, 'training e-mail run failed'),
        onResult: (run) => {
          if (run.sent + run.retrying + run.failed > 0) app.log.info(run, 'training e-mails');
        },
        intervalMs: 60_000,
        firstRunMs: 5_000,
      })
    : async () => {};

  // Daily: anonymise what has passed its retention period (instances take turns on a lock).
  const stopRetention = startPeriodicJob({
    run: () => runRetention(database.db, { actor: null, requestId: `retention-${Date.now()}`, clientAddress: 'server' }, config, { dryRun: false }),
    onError: (error) => app.log.error({ errorName: error instanceof Error ? error.name : typeof error }, 'retention run failed'),
    onResult: (run) => app.log.info({ anonymised: Object.fromEntries(run.types.map((t) => [t.recordType, t.expired])) }, 'retention run'),
    intervalMs: 24 * 60 * 60_000,
    firstRunMs: 10 * 60_000,
  });

  // Printed, not logged: the setup link is a one-time secret for the person at this terminal.
  const lines = [`Samverka is running at ${config.publicUrl}`, `Database: ${describeDatabase(config)}`];
  if (createdKeyFile) {
    lines.push(
      `Created the encryption key file ${createdKeyFile} (mode 0600). Keep it safe and back it up:`,
      'without it, encrypted data cannot be read. Set SAMVERKA_ENCRYPTION_KEY to manage keys yourself.',
    );
  }
  if (config.demo) {
    lines.push('', ...demoSignInHelp());
  } else {
    const setupLink = await openSetupLink(database.db, config);
    if (setupLink) {
      lines.push(
        '',
        'No administrator exists yet. Open this one-time link within one hour to create the first',
        'administrator, choose a password and add Samverka to an authenticator app',
        '(restart Samverka for a new link):',
        `  ${setupLink}`,
      );
    } else {
      lines.push(`Sign in at ${config.publicUrl}/sign-in`);
    }
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      app.log.error('shutdown timed out');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    // Stop taking requests, let those under way finish, and only then let go of the database.
    stopHousekeeping();
    await stopReminders();
    await stopTrainingEmails();
    await stopRetention();
    await app.close();
    await app.inFlightDrained();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Samverka could not start: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
