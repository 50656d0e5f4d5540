import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casePhases, exploitationForms } from '../../../shared/enums.ts';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildUser, createCaseAs, signInAs } from '../../../../test/support/factories.ts';
import { movePhaseAs, readSupportProcess, tickRequired } from '../../../../test/support/support-process.ts';
import { cases } from '../cases/cases.schema.ts';
import { statisticsCaseFacts } from './statistics.schema.ts';

// The statistics read one fact row per case (statistics.schema.ts); triggers keep it current in
// the same transaction as the writes through the owning modules' endpoints.
let t: TestApp;
let cookie: string;

beforeAll(async () => {
  t = await startTestApp();
  const coordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  cookie = await signInAs(t.app, coordinator);
});
afterAll(() => t.close());

const factOf = async (caseId: string) => {
  const [row] = await t.db.select().from(statisticsCaseFacts).where(eq(statisticsCaseFacts.caseId, caseId));
  return row;
};
const versionOf = async (caseId: string) => (await t.db.select({ v: cases.version }).from(cases).where(eq(cases.id, caseId)))[0]!.v;

describe('statistics fact rows', () => {
  let created: CaseDetail;

  it('appear with the case that is opened', async () => {
    created = await createCaseAs(t.app, cookie, { exploitationForms: ['begging', 'forced_labour'] });
    const fact = await factOf(created.id);
    expect(fact).toMatchObject({
      regionCode: 'stockholm',
      gender: 'unknown',
      ageBand: 'unknown',
      citizenship: 'unknown',
      formsMask: (1 << exploitationForms.indexOf('begging')) | (1 << exploitationForms.indexOf('forced_labour')),
      furthestPhase: 1,
      firstContactDays: null,
    });
    expect(fact!.quarter).toMatch(/^\d{4}-Q[1-4]$/);
  });

  it("follow a change to the person's gender, birth year and citizenship", async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/cases/${created.id}/person`,
      headers: { cookie, 'if-match': `"${created.person.version}"` },
      payload: { gender: 'male', birthYear: 1990, citizenships: ['VN', 'SE'] },
    });
    expect(response.statusCode, response.body).toBe(200);
    const age = Number(created.createdAt.slice(0, 4)) - 1990;
    expect(await factOf(created.id)).toMatchObject({ gender: 'male', citizenship: 'VN', ageBand: age < 35 ? '25_34' : '35_49' });
  });

  it('keep the furthest phase reached when the case moves on and back', async () => {
    await tickRequired(t.app, cookie, created.id);
    const forward = await movePhaseAs(t.app, cookie, created.id, await versionOf(created.id), { to: 'assessment' });
    expect(forward.statusCode, forward.body).toBe(200);
    expect((await factOf(created.id))!.furthestPhase).toBe(casePhases.indexOf('assessment') + 1);

    const back = await movePhaseAs(t.app, cookie, created.id, await versionOf(created.id), { to: 'suspicion', reason: 'Ny bedömning behövs' });
    expect(back.statusCode, back.body).toBe(200);
    expect((await readSupportProcess(t.app, cookie, created.id)).phase).toBe('suspicion');
    expect((await factOf(created.id))!.furthestPhase).toBe(casePhases.indexOf('assessment') + 1);
  });

  it('use the same order of phases and forms as the application', async () => {
    const ranks = await t.db.execute<{ rank: number }>(
      sql`select statistics_phase_rank(p) as rank from unnest(${sql.raw(`array[${casePhases.map((p) => `'${p}'`).join(',')}]`)}) as p`,
    );
    expect(ranks.rows.map((r) => Number(r.rank))).toEqual(casePhases.map((_, i) => i + 1));
    for (const [i, form] of exploitationForms.entries()) {
      const mask = await t.db.execute<{ mask: number }>(sql`select statistics_forms_mask(array[${form}]::text[]) as mask`);
      expect(Number(mask.rows[0]!.mask), form).toBe(1 << i);
    }
  });
});
