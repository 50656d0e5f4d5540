import { and, eq, sql } from 'drizzle-orm';
import type { SignInInput } from '../../../shared/schemas/auth.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { verifyPassword } from '../../platform/passwords.ts';
import { unauthorized } from '../../platform/problems.ts';
import type { ActorContext, RequestContext } from '../../platform/request-context.ts';
import { createSession, endSession } from '../../platform/sessions.ts';

/** One message for every failure, so a guesser learns nothing about which part was wrong. */
const signInFailed = 'The e-mail address or password is wrong.';

/** Checks the password and opens a new session; returns its token. */
export async function signIn(db: Db, config: Config, ctx: RequestContext, input: SignInInput): Promise<string> {
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.email, input.email), eq(users.isActive, true)));
  const isValid = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !isValid) {
    // The address typed is not recorded: it may be someone's password typed in the wrong field.
    await recordAudit(db, ctx, { action: 'auth.sign_in_failed', actorUserId: user?.id });
    throw unauthorized(signInFailed);
  }
  const token = await createSession(db, user.id, config);
  await recordAudit(db, ctx, { action: 'auth.sign_in', subjectId: user.id, actorUserId: user.id });
  return token;
}

export async function signOut(db: Db, ctx: ActorContext): Promise<void> {
  await db.transaction(async (tx) => {
    await endSession(tx, ctx.actor.sessionId);
    await recordAudit(tx, ctx, { action: 'auth.sign_out', subjectId: ctx.actor.userId });
  });
}

export async function hasAnyUser(db: Db): Promise<boolean> {
  const result = await db.execute(sql`select exists (select 1 from users) as found`);
  return result.rows[0]?.found === true;
}
