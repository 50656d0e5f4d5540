import { randomUUID } from 'node:crypto';
import { currentTotp } from '../../src/server/platform/totp.ts';
import { testTotpSecret } from '../../test/support/factories.ts';
import { type Balancer, send, type SoakStats } from './soak-client.ts';

/** A person at a keyboard: signed in once, then working in a loop until the soak ends. */
export interface VirtualUser {
  kind: 'coordinator' | 'case_worker';
  userId: string;
  email: string;
  /** The municipality cases and consultations are opened in (in the user's region). */
  municipalityCode: string;
  cookie: string;
  /** The TOTP time step last used: a code may be used once, so an export waits for the next. */
  lastTotpStep: number;
  /** Cases this user opened and may work on. */
  caseIds: string[];
  hasExported: boolean;
}

/** Every write the server acknowledged (2xx), to be found in the database afterwards. */
export interface Ledger {
  /** Creates sent with an Idempotency-Key: the record's id, and the token its text carries. */
  keyed: { kind: 'case' | 'journal' | 'consultation'; id: string; token: string }[];
  /** Tasks due today with an assignee: each must get exactly one reminder. */
  tasksDueToday: { id: string; assigneeUserId: string }[];
  /** Exports accepted (202), with the state the user last saw. */
  exports: { id: string; status: string }[];
  /** Writes the server refused with a 4xx it should not have given: a fault in the soak or the server. */
  refusedWrites: { label: string; status: number; body: unknown }[];
}

export const newLedger = (): Ledger => ({ keyed: [], tasksDueToday: [], exports: [], refusedWrites: [] });

const searchWords = ['tolk', 'boende', 'stöd', 'samtal', 'polisanmälan'] as const;
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

export interface SoakContext {
  balancer: Balancer;
  stats: SoakStats;
  ledger: Ledger;
  /** The date in Sweden today, for tasks due today. */
  today: string;
}

/** Opens a case as the user, with a key; answers its id. */
export async function openCase(ctx: SoakContext, user: VirtualUser): Promise<string | undefined> {
  const token = randomUUID();
  const response = await write(ctx, user, 'POST /cases', '/cases', {
    municipalityCode: user.municipalityCode,
    exploitationForms: [pick(['sexual_purposes', 'forced_labour', 'begging', 'unknown'])],
    person: { codeName: `Soak ${token}`, isChild: Math.random() < 0.15 },
  }, token);
  const id = (response?.body as { id?: string } | undefined)?.id;
  if (id) {
    ctx.ledger.keyed.push({ kind: 'case', id, token });
    user.caseIds.push(id);
  }
  return id;
}

/** One step of a user's work, chosen at random with the weights a working day might have. */
export async function actOnce(ctx: SoakContext, user: VirtualUser): Promise<void> {
  if (user.kind === 'case_worker') return actAsCaseWorker(ctx, user);
  const caseId = user.caseIds.length > 0 ? pick(user.caseIds) : undefined;
  const roll = Math.random();
  if (roll < 0.25 || !caseId) {
    await read(ctx, user, 'GET /cases', `/cases?page=1&pageSize=25`);
  } else if (roll < 0.45) {
    await read(ctx, user, 'GET /cases/:id', `/cases/${caseId}`);
  } else if (roll < 0.55) {
    await read(ctx, user, 'GET /cases?q', `/cases?q=${encodeURIComponent(pick(searchWords))}`);
  } else if (roll < 0.7) {
    const token = randomUUID();
    const body = { body: `Soak ${token}: ${pick(searchWords)} och ${pick(searchWords)} med den utsatta, uppföljning nästa vecka.` };
    const response = await write(ctx, user, 'POST /cases/:id/journal', `/cases/${caseId}/journal`, body, token);
    const id = (response?.body as { id?: string } | undefined)?.id;
    if (id) ctx.ledger.keyed.push({ kind: 'journal', id, token });
  } else if (roll < 0.74) {
    await openCase(ctx, user);
  } else if (roll < 0.78) {
    const response = await write(ctx, user, 'POST /cases/:id/tasks', `/cases/${caseId}/tasks`, {
      title: 'Ring tillbaka om boendet',
      assigneeUserId: user.userId,
      dueOn: ctx.today,
    });
    const id = (response?.body as { id?: string } | undefined)?.id;
    if (id) ctx.ledger.tasksDueToday.push({ id, assigneeUserId: user.userId });
  } else if (roll < 0.84) {
    await read(ctx, user, 'GET /dashboard', '/dashboard');
  } else if (roll < 0.97 || user.hasExported || !hasFreshCode(user)) {
    await read(ctx, user, 'GET /notifications', '/notifications');
  } else {
    await exportCases(ctx, user);
  }
}

/**
 * A case worker mostly reads; one step in thirty asks for method support, which tells every
 * coordinator of the region (in the app, and by e-mail). At one in ten, 30 case workers asked for
 * three a second, whose 30 e-mails a second outran what two instances send on this machine (about
 * 13), and the queue, not the code, decided the run.
 */
async function actAsCaseWorker(ctx: SoakContext, user: VirtualUser): Promise<void> {
  const roll = Math.random();
  if (roll < 0.5) {
    await read(ctx, user, 'GET /consultations', '/consultations?page=1&pageSize=25');
  } else if (roll < 0.533) {
    const token = randomUUID();
    const response = await write(ctx, user, 'POST /consultations', '/consultations', {
      municipalityCode: user.municipalityCode,
      description: `Soak ${token}: en kvinna som arbetar i en nagelsalong bor på arbetsplatsen och har inte fått lön.`,
      exploitationForms: ['forced_labour'],
    }, token);
    const id = (response?.body as { id?: string } | undefined)?.id;
    if (id) ctx.ledger.keyed.push({ kind: 'consultation', id, token });
  } else if (roll < 0.85) {
    await read(ctx, user, 'GET /cases', '/cases?page=1&pageSize=25');
  } else {
    await read(ctx, user, 'GET /notifications', '/notifications');
  }
}

/** A step after the one the user last used: the server refuses a code twice. */
function hasFreshCode(user: VirtualUser): boolean {
  return Math.floor(Date.now() / 30_000) > user.lastTotpStep;
}

/** Asks for the case list as CSV (the job queue makes it) and waits for it, as the export dialog does. */
async function exportCases(ctx: SoakContext, user: VirtualUser): Promise<void> {
  user.hasExported = true;
  const now = Date.now() / 1000;
  user.lastTotpStep = Math.floor(now / 30);
  const code = await currentTotp(testTotpSecret, now);
  const response = await send(ctx.balancer, ctx.stats, { label: 'POST /exports', method: 'POST', path: '/exports', cookie: user.cookie, body: { list: 'cases', format: 'csv', code } });
  if (response?.status !== 202) {
    if (response) ctx.ledger.refusedWrites.push({ label: 'POST /exports', status: response.status, body: response.body });
    return;
  }
  const entry = { id: (response.body as { id: string }).id, status: 'queued' };
  ctx.ledger.exports.push(entry);
  for (let polls = 0; polls < 60 && !['done', 'failed'].includes(entry.status); polls++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const state = await read(ctx, user, 'GET /exports/:id', `/exports/${entry.id}`);
    entry.status = (state?.body as { status?: string } | undefined)?.status ?? entry.status;
  }
}

function read(ctx: SoakContext, user: VirtualUser, label: string, path: string) {
  return send(ctx.balancer, ctx.stats, { label, method: 'GET', path, cookie: user.cookie });
}

/** A create: with a key when `idempotencyKey` is given, so a failed connection is retried safely. */
async function write(ctx: SoakContext, user: VirtualUser, label: string, path: string, body: unknown, idempotencyKey?: string) {
  const response = await send(ctx.balancer, ctx.stats, { label, method: 'POST', path, cookie: user.cookie, body, idempotencyKey });
  if (response && response.status >= 400 && response.status < 500) ctx.ledger.refusedWrites.push({ label, status: response.status, body: response.body });
  return response && response.status < 300 ? response : null;
}
