import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { caseChecklistMarks, cases, checklistItems, organisations, persons, users } from '../db/schema/index.ts';
import { raiseFlag } from '../modules/case-flags/case-flags.service.ts';
import { loadUserActor } from '../platform/sessions.ts';
import { acceptReferral, declineReferral } from '../modules/referrals/referral-answers.service.ts';
import { createReferral } from '../modules/referrals/referrals.service.ts';
import { requestTransfer } from '../modules/referrals/transfers.service.ts';
import { movePhase } from '../modules/support-process/support-process.service.ts';
import type { ActorContext } from '../platform/request-context.ts';

const once = { key: undefined, fingerprint: '' };
const day = 86_400_000;

export async function demoContext(db: Db, email: string): Promise<ActorContext> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return { actor: (await loadUserActor(db, row!.id, 'demo'))!, requestId: 'demo', clientAddress: '127.0.0.1' };
}

export async function demoOrganisationId(db: Db, name: string): Promise<string> {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name));
  return row!.id;
}

/** Open Stockholm cases the demo's Stockholm coordinator leads, none with a protected identity, oldest reference first. */
export async function demoStockholmCases(db: Db, leadEmail: string): Promise<string[]> {
  const [lead] = await db.select({ id: users.id }).from(users).where(eq(users.email, leadEmail));
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(and(eq(cases.regionCode, 'stockholm'), eq(cases.leadUserId, lead!.id), ne(cases.phase, 'closed'), eq(persons.hasProtectedIdentity, false)))
    .orderBy(asc(cases.reference));
  return rows.map((r) => r.id);
}

/**
 * The lead asks to close an open Stockholm case of a person with protected identity: through the
 * real move, which holds it for a national coordinator (the approvals list shows it waiting).
 * The demo records what closing needs first: the outcome, the reason and the phase's required ticks.
 */
async function askToCloseProtectedCase(db: Db, lead: ActorContext): Promise<void> {
  const [row] = await db
    .select({ id: cases.id, phase: cases.phase })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(and(eq(cases.regionCode, 'stockholm'), eq(cases.leadUserId, lead.actor.userId), ne(cases.phase, 'closed'), eq(persons.hasProtectedIdentity, true)))
    .orderBy(asc(cases.reference))
    .limit(1);
  if (!row) return;
  const required = await db
    .select({ id: checklistItems.id })
    .from(checklistItems)
    .where(and(eq(checklistItems.phase, row.phase), eq(checklistItems.isActive, true), eq(checklistItems.isRequired, true)));
  if (required.length > 0) {
    await db
      .insert(caseChecklistMarks)
      .values(required.map((item) => ({ caseId: row.id, itemId: item.id, doneByUserId: lead.actor.userId })))
      .onConflictDoNothing();
  }
  const [updated] = await db
    .update(cases)
    .set({ closureOutcome: 'moved_on', closureReason: 'Personen har flyttat utomlands och vill inte ha fortsatt stöd härifrån.' })
    .where(eq(cases.id, row.id))
    .returning({ version: cases.version });
  await movePhase(db, lead, row.id, { to: 'closed' }, updated!.version, false);
}

/** A Swedish calendar date `days` from today. */
const dateIn = (days: number) => new Date(Date.now() + days * day).toISOString().slice(0, 10);

/**
 * The cooperation between organisations, through the real services (so the audit log and the
 * notifications are what users would have made): referrals pending, accepted and declined; a
 * pending transfer; a transfer across regions waiting for a national coordinator's approval; the
 * closing of a protected-identity case waiting for the same; and two flags, one about a date.
 */
export async function seedDemoCooperation(db: Db): Promise<void> {
  const sara = await demoContext(db, 'stockholm@samverka.test');
  const [first, second, third, fourth] = await demoStockholmCases(db, 'stockholm@samverka.test');
  if (!fourth) return;
  const org = {
    police: await demoOrganisationId(db, 'Polisen region Stockholm (demo)'),
    ngo: await demoOrganisationId(db, 'Stödföreningen Trygg Hamn (demo)'),
    migration: await demoOrganisationId(db, 'Migrationsverket (demo)'),
    malmo: await demoOrganisationId(db, 'Malmö stad, socialtjänsten (demo)'),
    gbg: await demoOrganisationId(db, 'Göteborgs stad, socialtjänsten (demo)'),
  };
  const consent = {
    kind: 'consent' as const,
    consentGivenOn: dateIn(-3),
    consentScope: 'Uppgifter som behövs för stödet',
    consentGivenTo: 'Sara Lind, regionkoordinator',
  };

  // Accepted: the police join the case team.
  const toPolice = await createReferral(
    db,
    sara,
    first!,
    { toOrganisationId: org.police, recipientUserId: null, serviceNeed: null, message: 'Personen vill göra en polisanmälan och behöver stöd i förhöret.', legalBasis: consent },
    once,
    false,
  );
  await acceptReferral(db, await demoContext(db, 'polis@samverka.test'), toPolice.referral.id, () => toPolice.referral.version, false);

  // Pending: one service need, an interpreter, asked of the association.
  await createReferral(
    db,
    sara,
    first!,
    { toOrganisationId: org.ngo, recipientUserId: null, serviceNeed: 'interpreter', message: 'Behöver tolk på rumänska till samtalen nästa vecka.', legalBasis: consent },
    once,
    false,
  );

  // Declined, with the reason.
  const toMigration = await createReferral(
    db,
    sara,
    second!,
    {
      toOrganisationId: org.migration,
      recipientUserId: null,
      serviceNeed: 'legal_aid',
      message: 'Frågan om uppehållstillstånd under betänketiden.',
      legalBasis: { kind: 'statute', statute: 'osl_10_2' },
    },
    once,
    false,
  );
  await declineReferral(
    db,
    await demoContext(db, 'migration@samverka.test'),
    toMigration.referral.id,
    () => toMigration.referral.version,
    { reason: 'Ansökan om tidsbegränsat uppehållstillstånd görs av förundersökningsledaren; kontakta Polisen.' },
    false,
  );

  // A transfer to Malmö waits for an answer; one to Gothenburg was accepted and waits for NMT's approval.
  await requestTransfer(db, sara, third!, { toOrganisationId: org.malmo, municipalityCode: '1280', message: 'Personen har flyttat till en skyddad boendeplats i Malmö.' }, once, false);
  const toGothenburg = await requestTransfer(
    db,
    sara,
    fourth,
    { toOrganisationId: org.gbg, municipalityCode: '1480', message: 'Personen bor nu hos en släkting i Göteborg och vill ha stödet där.' },
    once,
    false,
  );
  await acceptReferral(db, await demoContext(db, 'vast@samverka.test'), toGothenburg.referral.id, () => toGothenburg.referral.version, false);

  await askToCloseProtectedCase(db, sara);

  await raiseFlag(db, sara, first!, { kind: 'risk_to_person', message: 'Gärningspersonen har sökt henne på boendet.', dueOn: null }, false);
  await raiseFlag(db, sara, second!, { kind: 'urgent', message: 'Huvudförhandling i tingsrätten; stödperson behövs.', dueOn: dateIn(9) }, false);
}
