import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { SetupInput } from '../../../shared/schemas/auth.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { memberships, organisations, setupTokens, users } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { hashPassword } from '../../platform/passwords.ts';
import { gone } from '../../platform/problems.ts';
import type { RequestContext } from '../../platform/request-context.ts';
import { hashToken, newToken } from '../../platform/sessions.ts';
import { hasAnyUser } from './auth.service.ts';

const setupLinkLifetimeMs = 3_600_000;
const setupLockKey = 7_346_202;

/**
 * While nobody has an account, makes a fresh one-time setup link (valid one hour) and voids older
 * ones; returns null once an administrator exists. The token sits in the URL fragment, which
 * browsers never send to a server or put in a Referer.
 */
export async function openSetupLink(db: Db, config: Config): Promise<string | null> {
  if (await hasAnyUser(db)) return null;
  const token = newToken();
  await db.transaction(async (tx) => {
    await tx.delete(setupTokens).where(isNull(setupTokens.usedAt));
    await tx
      .insert(setupTokens)
      .values({ tokenHash: hashToken(token), expiresAt: new Date(Date.now() + setupLinkLifetimeMs) });
  });
  return `${config.publicUrl}/setup#token=${token}`;
}

/** Creates the first organisation and its administrator from a valid setup link. */
export async function completeSetup(db: Db, ctx: RequestContext, input: SetupInput): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    // Two people racing with the same link: the second waits here, then finds it used.
    await tx.execute(sql`select pg_advisory_xact_lock(${setupLockKey})`);
    const [existing] = await tx.select({ id: users.id }).from(users).limit(1);
    if (existing) throw gone('Setup is already done. Sign in instead.');
    const used = await tx
      .update(setupTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(eq(setupTokens.tokenHash, hashToken(input.token)), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, sql`now()`)),
      )
      .returning({ tokenHash: setupTokens.tokenHash });
    if (used.length === 0) throw gone('The setup link is invalid or has expired. Restart Samverka for a new one.');

    const [organisation] = await tx
      .insert(organisations)
      .values({ name: input.organisationName, type: 'national_agency', regionCode: null })
      .returning({ id: organisations.id });
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash })
      .returning({ id: users.id });
    await tx.insert(memberships).values({
      userId: user!.id,
      organisationId: organisation!.id,
      // Separation of duties: the administrator runs the system and sees no case content.
      roles: ['system_admin', 'org_admin'],
    });
    await recordAudit(tx, ctx, { action: 'setup.completed', subjectId: user!.id, actorUserId: user!.id });
  });
}
