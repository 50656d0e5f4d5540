import { randomUUID } from 'node:crypto';
import { loadConfig } from '../config.ts';
import { openConfiguredDatabase, prepareDatabase } from '../db/prepare.ts';
import { runRetention } from '../modules/retention/retention.service.ts';
import type { RetentionRunSummary } from '../../shared/schemas/retention.ts';

/** One line per record type: the period, what is (or would be) anonymised, and what a hold keeps. */
export function describeRetentionRun(summary: RetentionRunSummary): string {
  const verb = summary.dryRun ? 'would anonymise' : 'anonymised';
  const lines = summary.types.map((t) => {
    // An audit event stays in the chain; only its actor and client address go.
    const what = t.recordType === 'audit' ? ' (actor and client address removed, the event kept)' : '';
    return `  ${t.recordType.padEnd(18)} ${String(t.years).padStart(3)} years: ${verb} ${t.expired}, kept by a legal hold ${t.held}${what}`;
  });
  return `${summary.dryRun ? 'Dry run, nothing changed' : 'Retention run'}:\n${lines.join('\n')}\n`;
}

/** `samverka retention [--dry-run]`: anonymises what has expired now, or shows what it would. */
export async function runRetentionCommand(args: string[]): Promise<number> {
  const unknown = args.filter((a) => a !== '--dry-run');
  if (unknown.length > 0) {
    process.stderr.write(`Unknown option for retention: ${unknown.join(' ')}\n`);
    return 1;
  }
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database);
    const summary = await runRetention(database.db, { actor: null, requestId: `cli-${randomUUID()}`, clientAddress: 'cli' }, config, {
      dryRun: args.includes('--dry-run'),
    });
    process.stdout.write(describeRetentionRun(summary));
    return 0;
  } finally {
    await database.close();
  }
}
