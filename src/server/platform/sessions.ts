import { createHash, randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Membership } from '../../shared/schemas/auth.ts';
import type { Config } from '../config.ts';
import type { Db, Tx } from '../db/client.ts';
import { sessions } from '../db/schema/index.ts';
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
export async function createSession(db: Db, userId: string, config: Config): Promise<string> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + config.sessionAbsoluteHours * 3_600_000);
  await db.insert(sessions).values({ id: hashToken(token), userId, expiresAt });
  return token;
}

export async function endSession(db: Db | Tx, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

interface SessionRow extends Record<string, unknown> {
  session_id: string;
  user_id: string;
  name: string;
  email: string;
  seconds_idle: number;
  memberships: Membership[];
}

/** How stale last_seen_at may get before a request refreshes it; saves a write per request. */
const touchAfterSeconds = 60;

/**
 * The actor behind a session token, or null when the token is unknown, the session has passed its
 * idle or absolute timeout, or the person is deactivated. One query, since every request runs it.
 */
export async function loadActor(db: Db, token: string, config: Config): Promise<Actor | null> {
  const id = hashToken(token);
  const idleSeconds = config.sessionIdleMinutes * 60;
  const result = await db.execute<SessionRow>(sql`
    select s.id as session_id, u.id as user_id, u.name, u.email,
           extract(epoch from now() - s.last_seen_at)::float8 as seconds_idle,
           coalesce(json_agg(json_build_object(
             'organisationId', o.id, 'organisationName', o.name, 'organisationType', o.type,
             'regionCode', o.region_code, 'roles', m.roles) order by o.name)
             filter (where m.id is not null), '[]') as memberships
    from sessions s
    join users u on u.id = s.user_id and u.is_active
    left join memberships m on m.user_id = u.id
    left join organisations o on o.id = m.organisation_id
    where s.id = ${id} and s.expires_at > now()
      and s.last_seen_at > now() - make_interval(secs => ${idleSeconds})
    group by s.id, u.id`);
  const row = result.rows[0];
  if (!row) return null;
  if (row.seconds_idle > touchAfterSeconds) {
    await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, id));
  }
  return {
    userId: row.user_id,
    name: row.name,
    email: row.email,
    sessionId: row.session_id,
    memberships: row.memberships,
  };
}
