import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import type { CaseSummaryExportFilter } from '../../../shared/schemas/exports.ts';
import type { IdentityView } from '../../../shared/schemas/persons.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import { notFound } from '../../platform/problems.ts';
import { getTeam } from '../case-team/team.service.ts';
import { findCaseAccess } from '../cases/case-access.policy.ts';
import { getCase } from '../cases/cases.service.ts';
import { casesPolicy } from '../cases/cases.policy.ts';
import { listCaseDeadlines } from '../deadlines/deadlines.service.ts';
import { listJournal } from '../journal/journal.service.ts';
import { listCaseMeasures } from '../measures/measures.service.ts';
import { showIdentity } from '../persons/persons.service.ts';
import { findMunicipality } from '../reference/reference.service.ts';
import { getSupportProcess } from '../support-process/support-process.service.ts';
import { listCaseTasks } from '../tasks/tasks.service.ts';
import { summaryVocabulary } from './case-summary-labels.ts';
import { type ExportContext, type ExportSource, passwordOf } from './export-source.ts';
import { type CaseSummarySection, caseSummaryPdf } from './pdf.ts';

type Vocabulary = ReturnType<typeof summaryVocabulary>;

/** A moment as its date in Sweden (YYYY-MM-DD), so an entry written just after midnight is not dated the day before. */
const day = (iso: string) => stockholmDate(new Date(iso));

/** A section with a table, or the word for "none" when there are no rows. */
function tableSection(heading: string, words: Vocabulary['words'], columns: string[], rows: string[][]): CaseSummarySection {
  return rows.length === 0 ? { heading, paragraphs: [words.none] } : { heading, table: { columns, rows } };
}

function facts(detail: CaseDetail, v: Vocabulary) {
  const { words } = v;
  return [
    { label: words.reference, value: detail.reference },
    { label: words.codeName, value: detail.codeName },
    { label: words.phase, value: v.phase[detail.phase] },
    { label: words.region, value: v.region[detail.regionCode] },
    { label: words.municipality, value: findMunicipality(detail.municipalityCode)?.name ?? detail.municipalityCode },
    { label: words.openedOn, value: day(detail.createdAt) },
    { label: words.lead, value: detail.leadName ?? words.noLead },
    { label: words.forms, value: detail.exploitationForms.map((form) => v.form[form]).join(', ') },
    { label: words.child, value: detail.isChild ? words.yes : words.no },
  ];
}

/** The identity's filled fields as label–value rows (the address only where the view shows it). */
function identitySection(identity: IdentityView, { words }: Vocabulary): CaseSummarySection {
  const rows = (['fullName', 'personalNumber', 'documentNumber', 'dateOfBirth', 'phone', 'address', 'guardian'] as const).flatMap((field) => {
    const value = identity[field];
    return value === null ? [] : [[words[field], value]];
  });
  if (rows.length === 0) return { heading: words.identityHeading, paragraphs: [words.identityNone] };
  return { heading: words.identityHeading, table: { columns: [], rows, rowHeaders: true } };
}

/**
 * The case as its requester sees it on the case page, read through the same services, in the
 * requester's scope and audited as those reads are (case.read, identity.read, team.read, ... each
 * with the case's id): a case outside the scope is 404 and the job fails with nothing written.
 * Identity goes in only when the case view would show it to this requester, and never for a
 * person with protected identity (DESIGN.md §6: excluded from every export), so the lead's view of
 * such a person stays on the screen.
 */
async function readSummary(context: ExportContext<CaseSummaryExportFilter>) {
  const { db, keyring, actorContext: ctx, filter } = context;
  const detail = await getCase(db, ctx, filter.caseId);
  const caseId = detail.id;
  await context.progress(10);
  const mayExportIdentity = detail.can.showIdentity && !detail.person.hasProtectedIdentity;
  const identity = mayExportIdentity ? await showIdentity(db, keyring, ctx, caseId) : null;
  const process = await getSupportProcess(db, ctx, caseId);
  const team = await getTeam(db, ctx, caseId);
  await context.progress(40);
  const tasks = await listCaseTasks(db, ctx, caseId);
  const deadlines = await listCaseDeadlines(db, ctx, caseId);
  const measures = await listCaseMeasures(db, ctx, caseId);
  const journal = await listJournal(db, ctx, caseId);
  await context.progress(70);
  return { detail, identity, process, team, tasks, deadlines, measures, journal };
}

type SummaryData = Awaited<ReturnType<typeof readSummary>>;

function sections(data: SummaryData, v: Vocabulary): CaseSummarySection[] {
  const { words } = v;
  const basisKinds = new Map(data.team.legalBases.map((basis) => [basis.id, v.legalBasis[basis.kind]]));
  const journal: CaseSummarySection = {
    heading: words.journalHeading,
    paragraphs: data.journal.length === 0 ? [words.none] : data.journal.flatMap((entry) => [`${day(entry.createdAt)} – ${entry.authorOrganisationName}`, entry.body]),
  };
  return [
    ...(data.identity ? [identitySection(data.identity, v)] : []),
    tableSection(
      words.historyHeading,
      words,
      [words.date, words.from, words.to, words.kind, words.reason],
      data.process.history.map((move) => [day(move.at), move.from ? v.phase[move.from] : '', v.phase[move.to], v.moveKind[move.kind], move.reason ?? '']),
    ),
    tableSection(
      words.teamHeading,
      words,
      [words.organisation, words.legalBasis],
      data.team.members.map((member) => [member.organisationName, basisKinds.get(member.legalBasisId) ?? '']),
    ),
    tableSection(
      words.tasksHeading,
      words,
      [words.task, words.assignee, words.dueOn],
      data.tasks.filter((task) => task.doneAt === null).map((task) => [task.title, task.assigneeName ?? '', task.dueOn ?? '']),
    ),
    tableSection(
      words.deadlinesHeading,
      words,
      [words.deadline, words.dueOn],
      data.deadlines.items
        .filter((deadline) => deadline.status !== 'done')
        .map((deadline) => [deadline.title ? `${v.deadlineKind[deadline.kind]}: ${deadline.title}` : v.deadlineKind[deadline.kind], deadline.dueOn]),
    ),
    tableSection(
      words.measuresHeading,
      words,
      [words.measure, words.status, words.startOn, words.endOn],
      data.measures.items.map((measure) => [v.measureType[measure.type], v.measureStatus[measure.status], measure.startOn ?? '', measure.endOn ?? '']),
    ),
    journal,
  ];
}

/**
 * One case as a tagged, encrypted PDF (issue 12): its facts, the identity where allowed, the
 * support process's moves, the team, open tasks and deadlines, measures and the journal, with
 * labels in the language asked for. Dates are the day in Sweden.
 */
export const caseSummaryExport: ExportSource<CaseSummaryExportFilter> = {
  allows: (actor) => casesPolicy.allows(actor, 'read'),
  async verify(db, actor, filter) {
    // The scoped read the case page makes first: outside the scope it is 404, as for no case at all.
    if (!(await findCaseAccess(db, actor, filter.caseId))) throw notFound('No such case.');
  },
  async write(context) {
    if (context.format !== 'pdf') throw new Error(`A case summary has no ${context.format} export.`);
    const data = await readSummary(context);
    const v = summaryVocabulary(context.filter.language);
    const file = await caseSummaryPdf(
      { facts: facts(data.detail, v), sections: sections(data, v) },
      {
        title: v.fill(v.words.title, { reference: data.detail.reference }),
        userPassword: passwordOf(context),
        lang: context.filter.language === 'sv' ? 'sv-SE' : 'en-GB',
      },
    );
    return { file, rowCount: 1 };
  },
};
