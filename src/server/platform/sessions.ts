import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Membership } from '../../shared/schemas/auth.ts';
import type { Config } from '../config.ts';
import type { Db, Tx } from '../db/client.ts';
import { memberships, organisations, sessions, users } from '../db/schema/identity.ts';
import type { Actor } from './actor.ts';

/** A fresh unguessable token (256 bits). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores of a token: its SHA-256, so the table alone opens no session. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sessionCookieName(config: Config): string {
  // The __Host- prefix pins the cookie to this host and path, but browsers only take it over https.
  return config.secureCookies ? '__Host-samverka_session' : 'samverka_session';
}

/** Opens a session for the user and returns the token for the cookie. */
export async function createSession(
  db: Db,
  userId: string,
  config: Config,
  method: 'password' | 'sso' = 'password',
  client: { clientAddress?: string; userAgent?: string } = {},
): Promise<string> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + config.sessionAbsoluteHours * 3_600_000);
  await db.insert(sessions).values({
    id: hashToken(token),
    userId,
    expiresAt,
    method,
    clientAddress: client.clientAddress ?? null,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

export async function endSession(db: Db | Tx, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** How stale last_seen_at may get before a request refreshes it; saves a write per request. */
const touchAfterSeconds = 60;


/** The user's memberships with their organisations and roles, as the actor carries them (joined on users). */
const membershipsOfUser = () =>
  sql<Membership[]>`coalesce(json_agg(json_build_object(
    'organisationId', ${organisations.id}, 'organisationName', ${organisations.name},
    'organisationType', ${organisations.type}, 'regionCode', ${organisations.regionCode},
    'roles', ${memberships.roles}) order by ${organisations.name})
    filter (where ${memberships.id} is not null), '[]')`;
/** The session lookup, prepared once per database handle: every request runs it, so PostgreSQL plans it once. */
function prepareActorQuery(db: Db) {
  return db
    .select({
      sessionId: sessions.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      secondsIdle: sql<number>`extract(epoch from now() - ${sessions.lastSeenAt})::float8`,
      memberships: membershipsOfUser(),
    })
    .from(sessions)
    .innerJoin(users, and(eq(users.id, sessions.userId), eq(users.isActive, true)))
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      and(
        eq(sessions.id, sql.placeholder('id')),
        gt(sessions.expiresAt, sql`now()`),
        gt(sessions.lastSeenAt, sql`now() - make_interval(secs => ${sql.placeholder('idleSeconds')})`),
      ),
    )
    .groupBy(sessions.id, users.id)
    .prepare('load_actor');
}

const actorQueries = new WeakMap<Db, ReturnType<typeof prepareActorQuery>>();

/**
 * The actor behind a session token, or null when the token is unknown, the session has passed its
 * idle or absolute timeout, or the user is deactivated. One query, since every request runs it.
 */
export async function loadActor(db: Db, token: string, config: Config): Promise<Actor | null> {
  const id = hashToken(token);
  let query = actorQueries.get(db);
  if (!query) actorQueries.set(db, (query = prepareActorQuery(db)));
  const [row] = await query.execute({ id, idleSeconds: config.sessionIdleMinutes * 60 });
  if (!row) return null;
  if (row.secondsIdle > touchAfterSeconds) {
    await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, id));
  }
  const { sessionId, userId, name, email, memberships: ofUser } = row;
  return { userId, name, email, sessionId, memberships: ofUser };
}

/**
 * The user as an actor outside any request (a background job acting for the user who asked for
 * it), with the memberships and roles they hold now; null when the user is gone or deactivated.
 * The session id names the job, not a session: nothing a job does looks sessions up.
 */
export async function loadUserActor(db: Db, userId: string, acting: string): Promise<Actor | null> {
  const [row] = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      memberships: membershipsOfUser(),
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(users.id, userId), eq(users.isActive, true)))
    .groupBy(users.id);
  return row ? { ...row, sessionId: acting } : null;
}
