import { and, eq, sql } from 'drizzle-orm';
import { loadConfig } from '../config.ts';
import type { Db } from '../db/client.ts';
import { openConfiguredDatabase, prepareDatabase } from '../db/prepare.ts';
import { invitations, organisations, roleRequests } from '../db/schema/index.ts';
import { releaseInvitation } from '../modules/invitations/invitation-approval.service.ts';
import { invitationLink } from '../modules/invitations/invitation-mail.ts';
import { findOpen, listInvitationsAwaitingApproval } from '../modules/invitations/invitations.service.ts';
import { findPendingRequest, listAllPendingRequests } from '../modules/members/role-requests.queries.ts';
import { grantRequestedRoles } from '../modules/members/role-requests.service.ts';
import { newToken } from '../platform/sessions.ts';

/**
 * Approving on the server itself, for the one case the web app cannot serve: a new installation
 * has a single administrator, who may not approve their own grants (four eyes). Whoever runs the
 * server is already trusted with the database and its keys; the approval is audited without an
 * actor (request id "cli").
 */
const cliContext = { actor: null, requestId: 'cli', clientAddress: 'cli' };

async function organisationNames(db: Db): Promise<Map<string, string>> {
  const rows = await db.select({ id: organisations.id, name: organisations.name }).from(organisations);
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function runRolesPending(): Promise<number> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database);
    const { db } = database;
    const names = await organisationNames(db);
    const requests = await listAllPendingRequests(db);
    const waiting = await listInvitationsAwaitingApproval(db);
    if (requests.length + waiting.length === 0) {
      process.stdout.write('Nothing waits for approval.\n');
      return 0;
    }
    for (const r of requests) {
      process.stdout.write(`${r.id}  roles     ${names.get(r.organisationId) ?? ''}: ${r.memberName} ← ${r.roles.join(', ')} (asked by ${r.requestedByName})\n`);
    }
    for (const i of waiting) {
      process.stdout.write(`${i.id}  invitation ${names.get(i.organisationId) ?? ''}: ${i.name} ← ${i.roles.join(', ')} (asked by ${i.invitedByName})\n`);
    }
    process.stdout.write('\nApprove one with: samverka roles approve <id>\n');
    return 0;
  } finally {
    await database.close();
  }
}

export type ServerApproval = { kind: 'roles'; memberName: string; roles: string[] } | { kind: 'invitation'; name: string; link: string };

/** Approves the pending request or invitation with this id, or answers null when none waits. */
export async function approveOnServer(db: Db, options: { emailed: boolean; publicUrl: string }, unverifiedId: string): Promise<ServerApproval | null> {
  const token = newToken();
  return db.transaction(async (tx) => {
    const request = await findPendingRequest(tx, sql`true`, eq(roleRequests.id, unverifiedId));
    if (request) {
      await grantRequestedRoles(tx, cliContext, options.emailed, request);
      return { kind: 'roles', memberName: request.memberName, roles: request.roles };
    }
    const invitation = await findOpen(tx, sql`true`, and(eq(invitations.id, unverifiedId), eq(invitations.awaitingApproval, true))!);
    if (!invitation) return null;
    await releaseInvitation(tx, cliContext, options.emailed, invitation, token);
    return { kind: 'invitation', name: invitation.name, link: invitationLink(options.publicUrl, token) };
  });
}

export async function runRolesApprove(unverifiedId: string | undefined): Promise<number> {
  if (!unverifiedId || !/^[0-9a-f-]{36}$/i.test(unverifiedId)) {
    process.stderr.write('Give the id of a request or invitation from `samverka roles pending`.\n');
    return 1;
  }
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database);
    const approval = await approveOnServer(database.db, { emailed: config.smtpUrl !== undefined, publicUrl: config.publicUrl }, unverifiedId);
    if (!approval) {
      process.stderr.write('No request or invitation with that id waits for approval.\n');
      return 1;
    }
    process.stdout.write(
      approval.kind === 'roles'
        ? `Approved: ${approval.memberName} now also holds ${approval.roles.join(', ')}.\n`
        : `Approved the invitation to ${approval.name}. Hand over this one-time link (72 hours):\n${approval.link}\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
