import { type SQL, and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import { limits } from '../../../shared/limits.ts';
import type { CaseListQuery, CaseSummary, SnippetPart } from '../../../shared/schemas/cases.ts';
import type { Db } from '../../db/client.ts';
import { journalEntries } from '../journal/journal.schema.ts';
import { persons } from '../persons/persons.schema.ts';
import { cases } from './cases.schema.ts';
import { sortColumns, summaryColumns, toSummary } from './cases.queries.ts';

/** Journal entries a search ranks at most: the newest that match, in the caller's scope. */
export const journalMatchLimit = limits.journalMatchMax;

/** Marks a matched word in ts_headline's output; control characters cannot come from a form field. */
const matchStart = '\u0002';
const matchStop = '\u0003';
const headlineOptions = `StartSel=${matchStart}, StopSel=${matchStop}, MaxFragments=1, MaxWords=20, MinWords=8`;

/** Splits a headline with start/stop marks into parts the web app renders as text and <mark>. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  for (const piece of headline.split(new RegExp(`([${matchStart}${matchStop}])`))) {
    if (piece === matchStart) match = true;
    else if (piece === matchStop) match = false;
    else if (piece !== '') parts.push({ text: piece, match });
  }
  return parts;
}

/** The parts of a plain value with the first case-insensitive occurrence of the needle marked. */
export function markedValue(value: string, needle: string): SnippetPart[] {
  const at = value.toLocaleLowerCase('sv').indexOf(needle.toLocaleLowerCase('sv'));
  if (needle === '' || at < 0) return [{ text: value, match: false }];
  const parts: SnippetPart[] = [
    { text: value.slice(0, at), match: false },
    { text: value.slice(at, at + needle.length), match: true },
    { text: value.slice(at + needle.length), match: false },
  ];
  return parts.filter((p) => p.text !== '');
}

/** Escapes LIKE's wildcards so the user's text matches literally. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * What the search text means for each kind of match: a reference prefix only when the text looks
 * like one (NMT-2026-0000… or 2026-0000…), the code name as a case-insensitive substring with spaces collapsed.
 */
export function searchTerms(q: string): { text: string; codeName: string; referencePrefix: string | null } {
  const codeName = q.trim().replace(/\s+/g, ' ');
  const compact = q.trim().toUpperCase();
  // "NMT-2026-0000…", or the same without the letters: "2026-0000…".
  const referencePrefix = /^NMT[0-9-]*$/.test(compact) ? compact : /^\d{4}-[0-9]*$/.test(compact) ? `NMT-${compact}` : null;
  return { text: q, codeName, referencePrefix };
}

/**
 * One page of the cases inside `where` (the caller's scope and the list's filters) that match the
 * search: journal text (Swedish stemming, through the GIN index), the code name, or the reference.
 * The journal match runs first over journal_entries and only then meets the cases, so a search
 * costs what its hits cost; the scope is in the WHERE of the case query, so a case outside it is
 * neither listed nor counted. Best first: reference hits, then code-name hits, then by ts_rank.
 *
 * A common word matches half the journal of the country: ranking every such entry costs seconds.
 * So the journal branch takes only the newest `journalMatchLimit` matching entries in the scope
 * (the planner walks the newest entries for a common word, and the GIN index for a rare one), and
 * when it reached the limit the total is a lower bound (`totalIsLowerBound`): the user narrows
 * the search or adds a filter to see more.
 */
export async function searchCases(
  db: Db,
  where: SQL,
  query: CaseListQuery & { q: string },
): Promise<{ items: CaseSummary[]; total: number; totalIsLowerBound: boolean }> {
  const terms = searchTerms(query.q);
  const tsquery = sql`websearch_to_tsquery('swedish', ${terms.text})`;
  const codeNameHit = sql`${persons.codeName} ilike ${`%${escapeLike(terms.codeName)}%`}`;
  const referenceHit = terms.referencePrefix === null ? sql`false` : sql`${cases.reference} like ${`${escapeLike(terms.referencePrefix)}%`}`;

  // Each way of matching gives (case, rank, whether in the journal); the journal branch ranks each
  // entry as it reads it (GIN index), so only narrow rows go on to be grouped per case.
  const journalHits = db.$with('journal_hits').as(
    db
      .select({
        caseId: sql<string>`${journalEntries.caseId}`.as('journal_case_id'),
        rank: sql<number>`ts_rank(${journalEntries.searchVector}, ${tsquery})`.as('rank'),
        inJournal: sql<boolean>`true`.as('in_journal'),
      })
      .from(journalEntries)
      .innerJoin(cases, eq(cases.id, journalEntries.caseId))
      .innerJoin(persons, eq(persons.id, cases.personId))
      .where(and(sql`${journalEntries.searchVector} @@ ${tsquery}`, where))
      .orderBy(desc(journalEntries.createdAt))
      .limit(journalMatchLimit),
  );
  const journalMatches = db.select({ caseId: journalHits.caseId, rank: journalHits.rank, inJournal: journalHits.inJournal }).from(journalHits);
  const otherMatch = () => ({ caseId: cases.id, rank: sql<number>`0::real`.as('rank'), inJournal: sql<boolean>`false`.as('in_journal') });
  const codeNameMatches = db.select(otherMatch()).from(cases).innerJoin(persons, eq(persons.id, cases.personId)).where(codeNameHit);
  const matches = (
    terms.referencePrefix === null
      ? unionAll(journalMatches, codeNameMatches)
      : unionAll(journalMatches, codeNameMatches, db.select(otherMatch()).from(cases).where(referenceHit))
  ).as('matches');
  const hits = db.$with('hits').as(
    db
      .select({
        caseId: sql<string>`${matches.caseId}`.as('hit_case_id'),
        rank: sql<number>`max(${matches.rank})`.as('hit_rank'),
        inJournal: sql<boolean>`bool_or(${matches.inJournal})`.as('hit_in_journal'),
      })
      .from(matches)
      .groupBy(matches.caseId),
  );

  const isRelevance = query.sort === 'relevance';
  const direction = query.order === 'asc' ? asc : desc;
  const referenceMatch = sql<boolean>`${referenceHit}`;
  const codeNameMatch = sql<boolean>`${codeNameHit}`;
  const rank = sql<number>`${hits.rank}`;
  const order = isRelevance
    ? [
        ...(terms.referencePrefix === null ? [] : [direction(referenceMatch)]),
        direction(codeNameMatch),
        direction(rank),
        desc(cases.createdAt),
        desc(cases.id),
      ]
    : [direction(sortColumns[query.sort]), direction(cases.id)];

  const page = (pageNumber: number, pageSize: number) =>
    db
      .with(journalHits, hits)
      .select({
        ...summaryColumns,
        referenceMatch,
        codeNameMatch,
        inJournal: sql<boolean>`${hits.inJournal}`,
        total: sql<number>`(count(*) over ())::int`,
        journalCapped: sql<boolean>`(select count(*) from ${journalHits}) >= ${journalMatchLimit}`,
      })
      .from(hits)
      .innerJoin(cases, eq(cases.id, hits.caseId))
      .innerJoin(persons, eq(persons.id, cases.personId))
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset((pageNumber - 1) * pageSize);

  const rows = await page(query.page, query.pageSize);
  if (rows.length === 0) {
    const [first] = query.page > 1 ? await page(1, 1) : [];
    return { items: [], total: first?.total ?? 0, totalIsLowerBound: first?.journalCapped ?? false };
  }

  const journalMatched = rows.filter((r) => !r.referenceMatch && r.inJournal).map((r) => r.id);
  const headlines = await bestHeadlines(db, journalMatched, tsquery);
  const items = rows.map(({ total: _total, journalCapped: _capped, referenceMatch: isReference, codeNameMatch: isCodeName, inJournal: _inJournal, ...row }) => {
    const headline = headlines.get(row.id);
    const snippet = isReference
      ? markedValue(row.reference, terms.referencePrefix ?? '')
      : headline !== undefined
        ? snippetParts(headline)
        : isCodeName
          ? markedValue(row.codeName, terms.codeName)
          : undefined;
    return { ...toSummary(row), snippet };
  });
  return { items, total: rows[0]!.total, totalIsLowerBound: rows[0]!.journalCapped };
}

/**
 * The headline of the best-matching journal entry of each case, for one page of results. The best
 * entry of each case is chosen first and only its headline made: ts_headline is the dear part, and
 * made in the same query it ran for every matching entry of the page's cases (160 for 25 cases of
 * a common word), most of them then thrown away.
 */
async function bestHeadlines(db: Db, caseIds: string[], tsquery: SQL): Promise<Map<string, string>> {
  if (caseIds.length === 0) return new Map();
  const best = db
    .selectDistinctOn([journalEntries.caseId], { caseId: journalEntries.caseId, body: journalEntries.body })
    .from(journalEntries)
    .where(and(inArray(journalEntries.caseId, caseIds), sql`${journalEntries.searchVector} @@ ${tsquery}`))
    .orderBy(journalEntries.caseId, desc(sql`ts_rank(${journalEntries.searchVector}, ${tsquery})`), desc(journalEntries.createdAt))
    .as('best_entry');
  const rows = await db
    .select({ caseId: best.caseId, headline: sql<string>`ts_headline('swedish', ${best.body}, ${tsquery}, ${headlineOptions})` })
    .from(best);
  return new Map(rows.map((r) => [r.caseId, r.headline]));
}
