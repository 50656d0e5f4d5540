import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '../../db/client.ts';
import { cases } from '../cases/cases.schema.ts';
import { caseTeamMembers, legalBases } from './team.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { testDatabaseKind } from '../../../../test/support/database.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { addToTeam } from '../../../../test/support/team.ts';

/**
 * `cases.seat_organisation_ids`, which the case scope tests, is derived by triggers from the team
 * rows and their legal bases (migration 0030). Every way a seat opens or ends must show in it at
 * once, in the same transaction, or a case worker would see a case they may not, or miss one.
 */
let t: TestApp;
let coordinator: TestUser;
let cookie: string;
const organisations: Record<'police' | 'ngo' | 'migration', string> = { police: '', ngo: '', migration: '' };

beforeAll(async () => {
  t = await startTestApp();
  coordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  cookie = await signInAs(t.app, coordinator);
  organisations.police = await buildOrganisation(t.db, { type: 'police' });
  organisations.ngo = await buildOrganisation(t.db, { type: 'ngo' });
  organisations.migration = await buildOrganisation(t.db, { type: 'migration_agency' });
});
afterAll(() => t.close());

async function newCase(): Promise<string> {
  return (await createCaseAs(t.app, cookie)).id;
}

/** What the scope reads, and what it stands for, computed from the team tables directly. */
async function seatsOf(caseId: string): Promise<{ column: string[]; truth: string[] }> {
  const [row] = await t.db.select({ column: cases.seatOrganisationIds }).from(cases).where(eq(cases.id, caseId));
  const truth = await t.db
    .selectDistinct({ organisationId: caseTeamMembers.organisationId })
    .from(caseTeamMembers)
    .innerJoin(legalBases, eq(legalBases.id, caseTeamMembers.legalBasisId))
    .where(sql`${caseTeamMembers.caseId} = ${caseId} and ${caseTeamMembers.removedAt} is null and ${legalBases.consentWithdrawnAt} is null`);
  return { column: [...row!.column].sort(), truth: truth.map((r) => r.organisationId).sort() };
}

const sorted = (...ids: string[]) => [...ids].sort();

describe('the seats a case counts (triggers on the team tables)', () => {
  it('follows seats added, removed, a consent withdrawn and a team row given a new basis', async () => {
    const caseId = await newCase();
    expect(await seatsOf(caseId)).toEqual({ column: [], truth: [] });

    const police = await addToTeam(t.db, { caseId, organisationId: organisations.police, recordedByUserId: coordinator.id, kind: 'statute' });
    const ngo = await addToTeam(t.db, { caseId, organisationId: organisations.ngo, recordedByUserId: coordinator.id });
    expect(await seatsOf(caseId)).toEqual({ column: sorted(organisations.police, organisations.ngo), truth: sorted(organisations.police, organisations.ngo) });

    await t.db.update(caseTeamMembers).set({ removedAt: new Date(), removedByUserId: coordinator.id }).where(eq(caseTeamMembers.id, police.memberId));
    expect(await seatsOf(caseId)).toEqual({ column: [organisations.ngo], truth: [organisations.ngo] });

    await t.db.update(legalBases).set({ consentWithdrawnAt: new Date() }).where(eq(legalBases.id, ngo.legalBasisId));
    expect(await seatsOf(caseId)).toEqual({ column: [], truth: [] });

    // The NGO's team row under a statutory basis instead: seated again.
    const [statute] = await t.db
      .insert(legalBases)
      .values({ caseId, organisationId: organisations.ngo, kind: 'statute', statute: 'osl_10_2', recordedByUserId: coordinator.id })
      .returning({ id: legalBases.id });
    await t.db.update(caseTeamMembers).set({ legalBasisId: statute!.id }).where(eq(caseTeamMembers.id, ngo.memberId));
    expect(await seatsOf(caseId)).toEqual({ column: [organisations.ngo], truth: [organisations.ngo] });

    // Retention or a test clean-up deleting the rows.
    await t.db.delete(caseTeamMembers).where(eq(caseTeamMembers.caseId, caseId));
    expect(await seatsOf(caseId)).toEqual({ column: [], truth: [] });
  });

  it("changes only the case whose team changed, and counts one organisation once", async () => {
    const [first, second] = [await newCase(), await newCase()];
    await addToTeam(t.db, { caseId: first, organisationId: organisations.migration, recordedByUserId: coordinator.id, kind: 'statute' });
    expect((await seatsOf(first)).column).toEqual([organisations.migration]);
    expect((await seatsOf(second)).column).toEqual([]);
    // A second, removed row of the same organisation (history) leaves one entry.
    const again = await addToTeam(t.db, { caseId: second, organisationId: organisations.migration, recordedByUserId: coordinator.id, kind: 'statute' });
    await t.db.update(caseTeamMembers).set({ removedAt: new Date(), removedByUserId: coordinator.id }).where(eq(caseTeamMembers.id, again.memberId));
    await addToTeam(t.db, { caseId: second, organisationId: organisations.migration, recordedByUserId: coordinator.id, kind: 'statute' });
    expect(await seatsOf(second)).toEqual({ column: [organisations.migration], truth: [organisations.migration] });
  });

  it.runIf(testDatabaseKind === 'postgres')(
    'keeps both of two seats added to one case at the same moment (PostgreSQL only: PGlite has one connection)',
    async () => {
      const caseId = await newCase();
      const seat = async (tx: Tx, organisationId: string) => {
        const [basis] = await tx
          .insert(legalBases)
          .values({ caseId, organisationId, kind: 'statute', statute: 'osl_10_2', recordedByUserId: coordinator.id })
          .returning({ id: legalBases.id });
        await tx.insert(caseTeamMembers).values({ caseId, organisationId, legalBasisId: basis!.id, addedByUserId: coordinator.id });
      };
      // The first transaction seats the police and stays open; the second seats the NGO and must
      // wait for it, then count the police's seat too (a stale snapshot would write the NGO alone).
      let commitFirst!: () => void;
      const firstMayCommit = new Promise<void>((resolve) => {
        commitFirst = resolve;
      });
      let firstSeated!: () => void;
      const seated = new Promise<void>((resolve) => {
        firstSeated = resolve;
      });
      const first = t.db.transaction(async (tx) => {
        await seat(tx, organisations.police);
        firstSeated();
        await firstMayCommit;
      });
      await seated;
      const second = t.db.transaction((tx) => seat(tx, organisations.ngo));
      const waitingOnLock = async () =>
        (await t.db.execute<{ n: number }>(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)).rows[0]!.n;
      await expect.poll(waitingOnLock).toBe(1);
      commitFirst();
      await Promise.all([first, second]);
      expect(await seatsOf(caseId)).toEqual({ column: sorted(organisations.police, organisations.ngo), truth: sorted(organisations.police, organisations.ngo) });
    },
  );
});
