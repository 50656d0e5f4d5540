import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockholmDate } from '../../../shared/working-days.ts';
import type { CaseDetail, CaseListPage, CaseSummary } from '../../../shared/schemas/cases.ts';
import { measures } from '../measures/measures.schema.ts';
import { tasks } from '../tasks/tasks.schema.ts';
import { journalMatchLimit } from './case-search.ts';
import { cases } from './cases.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { insertJournalEntry, lastAudit, requestAs } from '../../../../test/support/casework.ts';
import { buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';

let t: TestApp;
let coordinator: TestUser;
let colleague: TestUser;
let vastCoordinator: TestUser;
let asCoordinator: ReturnType<typeof requestAs>;
let asNational: ReturnType<typeof requestAs>;
let asCaseWorker: ReturnType<typeof requestAs>;
/** Stockholm: a child in forced labour, led by the coordinator. */
let childCase: CaseDetail;
/** Stockholm: an adult, sexual purposes, led by a colleague, in the protection phase. */
let adultCase: CaseDetail;
/** Stockholm: closed. */
let closedCase: CaseDetail;
/** Väst: outside the Stockholm coordinator's scope. */
let vastCase: CaseDetail;

const daysFromToday = (days: number) => stockholmDate(new Date(Date.now() + days * 86_400_000));

beforeAll(async () => {
  t = await startTestApp();
  coordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  colleague = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  vastCoordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'vast' });
  const cookie = await signInAs(t.app, coordinator);
  asCoordinator = requestAs(t.app, cookie);
  asNational = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null })));
  asCaseWorker = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['case_worker'], regionCode: 'stockholm' })));
  const vastCookie = await signInAs(t.app, vastCoordinator);

  childCase = await createCaseAs(t.app, cookie, {
    exploitationForms: ['forced_labour', 'begging'],
    person: { codeName: 'Hägg Alfa', isChild: true },
  });
  adultCase = await createCaseAs(t.app, cookie, { exploitationForms: ['sexual_purposes'], person: { codeName: 'Vide Beta', isChild: false } });
  closedCase = await createCaseAs(t.app, cookie, { exploitationForms: ['unknown'], person: { codeName: 'Asp Gamma', isChild: false } });
  vastCase = await createCaseAs(t.app, vastCookie, { municipalityCode: '1480', person: { codeName: 'Hägg Delta', isChild: true } });
  await t.db.update(cases).set({ leadUserId: colleague.id, phase: 'protection' }).where(eq(cases.id, adultCase.id));
  await t.db.update(cases).set({ phase: 'closed' }).where(eq(cases.id, closedCase.id));

  const write = (c: CaseDetail, author: TestUser, body: string) => insertJournalEntry(t.db, c.id, author, body);
  await write(childCase, coordinator, 'Flickorna hade skulder till arbetsgivaren och fick inte behålla sina pass. Vi ordnade tolk.');
  await write(childCase, coordinator, 'Samtal med skolan om närvaron.');
  await write(adultCase, coordinator, 'Skuld, skulder och åter skulden: hon talar om skulden hela tiden.');
  await write(adultCase, coordinator, `Se även ärende ${childCase.reference} om samma arbetsgivare.`);
  await write(closedCase, coordinator, 'Hon nämnde en skuld i en lång berättelse om resan, arbetet, boendet, vännerna och familjen hemma.');
  await write(vastCase, vastCoordinator, 'Flickorna hade skulder. Pannkakssmet i köket.');
});
afterAll(() => t.close());

const list = async (as: ReturnType<typeof requestAs>, query: string) => {
  const response = await as('GET', `/api/cases?pageSize=100&${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CaseListPage>();
};
const ids = (page: CaseListPage) => page.items.map((c) => c.id);
const item = (page: CaseListPage, id: string) => page.items.find((c) => c.id === id);
const marked = (c: CaseSummary | undefined) => (c?.snippet ?? []).filter((p) => p.match).map((p) => p.text);

describe('list filters', () => {
  it('phase', async () => {
    const page = await list(asCoordinator, 'phase=protection');
    expect(ids(page)).toEqual([adultCase.id]);
    expect(page.total).toBe(1);
  });

  it('region (for a national coordinator)', async () => {
    const page = await list(asNational, 'region=vast');
    expect(ids(page)).toContain(vastCase.id);
    expect(page.items.every((c) => c.regionCode === 'vast')).toBe(true);
  });

  it('exploitation form: any of the case’s forms', async () => {
    expect(ids(await list(asCoordinator, 'exploitationForm=begging'))).toEqual([childCase.id]);
    expect(ids(await list(asCoordinator, 'exploitationForm=forced_labour'))).toEqual([childCase.id]);
  });

  it('mine: the cases I lead', async () => {
    const page = await list(asCoordinator, 'mine=true');
    expect(ids(page)).toEqual(expect.arrayContaining([childCase.id, closedCase.id]));
    expect(ids(page)).not.toContain(adultCase.id);
    expect(ids(await list(asCoordinator, 'mine=false'))).toContain(adultCase.id);
  });

  it('child', async () => {
    expect(ids(await list(asCoordinator, 'isChild=true'))).toEqual([childCase.id]);
    expect(ids(await list(asCoordinator, 'isChild=false'))).toEqual(expect.arrayContaining([adultCase.id, closedCase.id]));
    expect(ids(await list(asCoordinator, 'isChild=false'))).not.toContain(childCase.id);
  });

  it('combines filters, and a plain list is audited as a list', async () => {
    const page = await list(asCoordinator, 'isChild=false&phase=closed');
    expect(ids(page)).toEqual([closedCase.id]);
    expect((await lastAudit(t.db, 'case.list'))?.details).toMatchObject({ caseIds: [closedCase.id], total: 1 });
  });

  it('refuses unknown filter values with 400', async () => {
    for (const query of ['phase=done', 'region=gotland', 'exploitationForm=smuggling', 'mine=yes', 'overdue=1', 'isChild=maybe']) {
      const response = await asCoordinator('GET', `/api/cases?${query}`);
      expect(response.statusCode, query).toBe(400);
    }
  });

  describe('overdue', () => {
    it('finds an open task past its due date or a permit run out in an open case, and nothing else', async () => {
      const overdueTask = await createCaseAs(t.app, await signInAs(t.app, coordinator));
      const doneTask = await createCaseAs(t.app, await signInAs(t.app, coordinator));
      const dueToday = await createCaseAs(t.app, await signInAs(t.app, coordinator));
      const expiredPermit = await createCaseAs(t.app, await signInAs(t.app, coordinator));
      const reflectionEnded = await createCaseAs(t.app, await signInAs(t.app, coordinator));
      const endedMeasure = await createCaseAs(t.app, await signInAs(t.app, coordinator));
      const closedWithPermit = await createCaseAs(t.app, await signInAs(t.app, coordinator));
      const task = (c: CaseDetail, dueOn: string, done = false) => ({
        caseId: c.id,
        title: 'Boka tolk',
        dueOn,
        createdByUserId: coordinator.id,
        doneAt: done ? new Date() : null,
      });
      await t.db.insert(tasks).values([
        task(overdueTask, daysFromToday(-1)),
        task(doneTask, daysFromToday(-3), true),
        task(dueToday, daysFromToday(0)),
      ]);
      const measure = (c: CaseDetail, type: string, status: string, startOn: string | null, endOn: string | null) => ({
        caseId: c.id,
        type,
        status,
        startOn,
        endOn,
        createdByUserId: coordinator.id,
      });
      await t.db.insert(measures).values([
        measure(expiredPermit, 'temporary_residence_permit', 'active', daysFromToday(-200), daysFromToday(-1)),
        measure(reflectionEnded, 'reflection_period_permit', 'active', daysFromToday(-31), null),
        measure(endedMeasure, 'temporary_residence_permit', 'ended', daysFromToday(-200), daysFromToday(-1)),
        measure(closedWithPermit, 'temporary_residence_permit', 'active', daysFromToday(-200), daysFromToday(-1)),
      ]);
      await t.db.update(cases).set({ phase: 'closed' }).where(eq(cases.id, closedWithPermit.id));

      const found = ids(await list(asCoordinator, 'overdue=true'));
      expect(found).toEqual(expect.arrayContaining([overdueTask.id, expiredPermit.id, reflectionEnded.id]));
      for (const c of [doneTask, dueToday, endedMeasure, closedWithPermit, childCase]) expect(found).not.toContain(c.id);
      // Outside the scope stays outside.
      await t.db.insert(tasks).values(task(vastCase, daysFromToday(-1)));
      expect(ids(await list(asCoordinator, 'overdue=true'))).not.toContain(vastCase.id);
    });
  });
});

describe('search', () => {
  it('finds journal text with Swedish stemming, with a snippet whose matched words are marked', async () => {
    const page = await list(asCoordinator, `q=${encodeURIComponent('flicka skuld')}`);
    expect(ids(page)).toEqual([childCase.id]);
    const snippet = item(page, childCase.id)!.snippet!;
    expect(marked(item(page, childCase.id))).toEqual(['Flickorna', 'skulder']);
    expect(snippet.map((p) => p.text).join('')).toContain('Flickorna hade skulder till arbetsgivaren');
    const text = snippet.map((p) => p.text).join('');
    expect(text.includes('\u0002') || text.includes('\u0003')).toBe(false);
  });

  it('never returns or counts a case outside the scope whose journal matches', async () => {
    const scoped = await list(asCoordinator, 'q=pannkakssmet');
    expect(scoped).toMatchObject({ items: [], total: 0 });
    expect((await list(asNational, 'q=pannkakssmet')).items.map((c) => c.id)).toEqual([vastCase.id]);
    const both = await list(asCoordinator, `q=${encodeURIComponent('flickorna skulder')}`);
    expect(both.total).toBe(1);
    expect(ids(both)).not.toContain(vastCase.id);
  });

  it('shows nothing to a case worker without a team seat', async () => {
    expect(await list(asCaseWorker, 'q=skuld')).toMatchObject({ items: [], total: 0 });
  });

  it('ranks by ts_rank, best first, by default', async () => {
    // The adult case's entry says it four times; the other two once each.
    const page = await list(asCoordinator, 'q=skuld');
    expect(ids(page)[0]).toBe(adultCase.id);
    expect(ids(page).slice(1).sort()).toEqual([childCase.id, closedCase.id].sort());
    expect(page.total).toBe(3);
  });

  it('shows the snippet of the case’s best-matching entry, not its newest', async () => {
    const luggageCase = await createCaseAs(t.app, await signInAs(t.app, coordinator), { person: { codeName: 'Lönn Epsilon', isChild: false } });
    await insertJournalEntry(t.db, luggageCase.id, coordinator, 'Resväskan, resväskan och åter resväskan: resväskan var viktig för henne.');
    await insertJournalEntry(t.db, luggageCase.id, coordinator, 'Resväskan nämndes kort.');
    const page = await list(asCoordinator, 'q=resv%C3%A4skan');
    expect(ids(page)).toEqual([luggageCase.id]);
    expect(item(page, luggageCase.id)!.snippet!.map((p) => p.text).join('')).toContain('var viktig för henne');
  });

  it('puts a reference match first, marking the reference', async () => {
    const page = await list(asCoordinator, `q=${childCase.reference}`);
    expect(ids(page)).toEqual([childCase.id, adultCase.id]);
    expect(marked(item(page, childCase.id))).toEqual([childCase.reference]);
    expect(marked(item(page, adultCase.id)).join(' ')).toContain('NMT');
  });

  it('matches a reference by its prefix, case-insensitively', async () => {
    const prefix = childCase.reference.slice(0, 12).toLowerCase();
    const page = await list(asCoordinator, `q=${prefix}`);
    expect(ids(page)).toContain(childCase.id);
    expect(page.items.filter((c) => c.snippet?.[0]?.match).every((c) => c.reference.startsWith(prefix.toUpperCase()))).toBe(true);
    expect(marked(item(page, childCase.id))).toEqual([prefix.toUpperCase()]);
  });

  it('finds a code name, case-insensitively, and marks it', async () => {
    const page = await list(asCoordinator, 'q=h%C3%A4gg');
    expect(ids(page)).toEqual([childCase.id]);
    expect(marked(item(page, childCase.id))).toEqual(['Hägg']);
    expect(ids(await list(asNational, 'q=h%C3%A4gg'))).toEqual(expect.arrayContaining([childCase.id, vastCase.id]));
  });

  it('finds a code name by a fragment inside it, across the space, within the scope only', async () => {
    // "ÄGG ALF" is inside "Hägg Alfa" only; "ägg" is in "Hägg Alfa" and in Väst's "Hägg Delta".
    const across = await list(asCoordinator, `q=${encodeURIComponent('ÄGG ALF')}`);
    expect(ids(across)).toEqual([childCase.id]);
    expect(marked(item(across, childCase.id))).toEqual(['ägg Alf']);
    expect(await list(asCoordinator, `q=${encodeURIComponent('ägg')}`)).toMatchObject({ items: [expect.objectContaining({ id: childCase.id })], total: 1 });
    expect(ids(await list(asNational, `q=${encodeURIComponent('ägg')}`)).toSorted()).toEqual([childCase.id, vastCase.id].toSorted());
    expect(await list(asCaseWorker, `q=${encodeURIComponent('ägg')}`)).toMatchObject({ items: [], total: 0 });
  });

  it('takes the text literally: LIKE wildcards match nothing special', async () => {
    expect((await list(asCoordinator, 'q=%25%25')).total).toBe(0);
    expect((await list(asCoordinator, 'q=__')).total).toBe(0);
  });

  it('combines with the filters and honours another sort', async () => {
    expect(ids(await list(asCoordinator, 'q=skuld&phase=closed'))).toEqual([closedCase.id]);
    const byReference = await list(asCoordinator, 'q=skuld&sort=reference&order=asc');
    expect(byReference.items.map((c) => c.reference)).toEqual([...byReference.items.map((c) => c.reference)].sort());
  });

  it('audits a search with the ids and total it showed, never the text', async () => {
    const page = await list(asCoordinator, `q=${encodeURIComponent('flicka skuld')}`);
    const audit = await lastAudit(t.db, 'case.search');
    expect(audit).toMatchObject({ actorUserId: coordinator.id, details: { caseIds: ids(page), total: 1 } });
    expect(JSON.stringify(audit)).not.toMatch(/flick|skuld/i);
  });

  it('pages: a page past the end is empty but tells the total', async () => {
    const response = await asCoordinator('GET', '/api/cases?q=skuld&pageSize=1&page=9');
    expect(response.json<CaseListPage>()).toMatchObject({ items: [], total: 3 });
    const pages = [];
    for (const number of [1, 2, 3]) {
      const answer = await asCoordinator('GET', `/api/cases?q=skuld&pageSize=1&page=${number}`);
      pages.push(...answer.json<CaseListPage>().items.map((c) => c.id));
    }
    expect(pages).toEqual(ids(await list(asCoordinator, 'q=skuld')));
  });

  it('answers 400 for a text too short or too long', async () => {
    expect((await asCoordinator('GET', '/api/cases?q=a')).statusCode).toBe(400);
    expect((await asCoordinator('GET', `/api/cases?q=${'a'.repeat(201)}`)).statusCode).toBe(400);
  });

  it('survives text that is only stop words or operators', async () => {
    for (const q of ['och', '"" -', 'or or']) {
      const response = await asCoordinator('GET', `/api/cases?q=${encodeURIComponent(q)}`);
      expect(response.statusCode, q).toBe(200);
    }
  });

  it('uses the journal GIN index', async () => {
    await t.db.execute(sql`analyze journal_entries`);
    const tsquery = sql`websearch_to_tsquery('swedish', 'skuld')`;
    await t.db.execute(sql`set enable_seqscan = off`);
    const plan = await t.db.execute(sql`explain select case_id from journal_entries where search_vector @@ ${tsquery}`);
    await t.db.execute(sql`set enable_seqscan = on`);
    expect(JSON.stringify(plan.rows)).toContain('journal_entries_search_idx');
  });

  it('uses the trigram index for a code-name fragment of three characters or more', async () => {
    await t.db.execute(sql`analyze persons`);
    await t.db.execute(sql`set enable_seqscan = off`);
    const plan = await t.db.execute(sql`explain select id from persons where code_name ilike ${'%ägg al%'}`);
    await t.db.execute(sql`set enable_seqscan = on`);
    expect(JSON.stringify(plan.rows)).toContain('persons_code_name_trgm_idx');
  });

  it(`with a common word, ranks only the newest ${journalMatchLimit} matching entries in the scope and says the total is a lower bound`, async () => {
    const entries = (c: CaseDetail, author: TestUser, count: number, age: string) =>
      t.db.execute(sql`
        insert into journal_entries (case_id, author_user_id, author_organisation_id, body, created_at)
        select ${c.id}, ${author.id}, ${author.organisationId}, 'Nattbussen var sen igen, tur ' || g, now() - ${age}::interval + g * interval '1 millisecond'
        from generate_series(1, ${count}) g`);
    const older = await createCaseAs(t.app, await signInAs(t.app, coordinator), { person: { codeName: 'Lind Äldre', isChild: false } });
    const newer = await createCaseAs(t.app, await signInAs(t.app, coordinator), { person: { codeName: 'Lind Nyare', isChild: false } });
    const elsewhere = await createCaseAs(t.app, await signInAs(t.app, vastCoordinator), { municipalityCode: '1480', person: { codeName: 'Lind Väst', isChild: false } });
    await entries(older, coordinator, journalMatchLimit + 50, '30 days');
    await entries(newer, coordinator, 1, '1 hour');
    // The newest of all are outside the Stockholm coordinator's scope: they must not fill the limit.
    await entries(elsewhere, vastCoordinator, journalMatchLimit + 200, '1 minute');

    const scoped = await list(asCoordinator, 'q=nattbuss');
    expect(ids(scoped).toSorted()).toEqual([older.id, newer.id].toSorted());
    expect(scoped).toMatchObject({ total: 2, totalIsLowerBound: true });
    // The national coordinator's newest matches, as many as the limit, are all in Väst.
    expect(await list(asNational, 'q=nattbuss')).toMatchObject({ items: [expect.objectContaining({ id: elsewhere.id })], total: 1, totalIsLowerBound: true });
    // A filter that leaves fewer matches than the limit gives the whole total again.
    await t.db.update(cases).set({ phase: 'protection' }).where(eq(cases.id, newer.id));
    expect(await list(asNational, 'q=nattbuss&phase=protection')).toMatchObject({ items: [expect.objectContaining({ id: newer.id })], total: 1, totalIsLowerBound: false });
    // A rarer word, and a list without a search, count everything.
    expect(await list(asCoordinator, 'q=skuld')).toMatchObject({ total: 3, totalIsLowerBound: false });
    expect((await list(asCoordinator, 'phase=closed')).totalIsLowerBound).toBe(false);
  });
});
