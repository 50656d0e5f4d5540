/**
 * Issue 4 in the browser, the journey of its item 11: a coordinator opens a case, records the
 * person's consent for the police and puts the police on the case team; a police case worker then
 * sees the case and its journal, while a case worker of another police organisation finds it
 * neither in the list, nor by searching, nor by its address; the coordinator moves the case
 * through every phase, meeting a refused move first. axe checks each new state.
 */
import type { Locator, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, type TestUser } from '../support/factories.ts';
import { checkA11y, signInThroughForm, sv, text, useE2e } from './support.ts';

const e2e = useE2e();
const caseUrlPattern = /\/cases\/[0-9a-f-]{36}$/;

async function signIn(page: Page, user: TestUser): Promise<void> {
  await signInThroughForm(e2e, user.email);
  await page.getByRole('heading', { level: 1, name: sv['caseList.title'] }).waitFor();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: sv['header.signOut'] }).click();
  await page.waitForURL('**/sign-in');
}

/** The section of the case page headed by the text. */
function section(page: Page, heading: string): Locator {
  return page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });
}

const phase = (key: 'suspicion' | 'assessment' | 'protection' | 'legal' | 'long_term' | 'closed') => sv[`phase.${key}`];

async function tickRequired(process: Locator, labels: string[]): Promise<void> {
  for (const label of labels) {
    const box = process.getByRole('checkbox', { name: label });
    await box.check();
    await expect.poll(() => box.isChecked()).toBe(true);
  }
}

async function moveTo(page: Page, process: Locator, next: Parameters<typeof phase>[0]): Promise<void> {
  await process.getByRole('button', { name: text(sv['supportProcess.moveTo'], { phase: phase(next) }) }).click();
  await page.getByText(text(sv['supportProcess.moved'], { phase: phase(next) })).waitFor();
}

/**
 * Holds every read of the case at `casePath` back until the returned function is called, so the
 * page must get on with what it already has.
 */
async function holdCaseReads(page: Page, casePath: string): Promise<() => Promise<void>> {
  const api = `**/api${casePath}`;
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held: Promise<void>[] = [];
  const hold = (route: Route) => {
    const passed = (route.request().method() === 'GET' ? released : Promise.resolve()).then(() => route.continue());
    held.push(passed);
    return passed;
  };
  await page.route(api, hold);
  return async () => {
    release();
    await Promise.all(held);
    await page.unroute(api, hold);
  };
}

/** Opens the case's edit form (one form open at a time), fills it and saves. */
async function editCase(page: Page, fill: (page: Page) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: sv['caseView.edit'], exact: true }).click();
  await page.getByRole('heading', { name: sv['caseEdit.heading'] }).waitFor();
  await fill(page);
  await page.getByRole('button', { name: sv['caseEdit.submit'] }).click();
  await page.getByText(sv['caseView.saved']).waitFor();
}

describe('the support process, together (issue 4)', () => {
  it('consent lets the police in, another police organisation sees nothing, and the case moves through every phase', async () => {
    const { page } = e2e;
    const db = e2e.server.db;
    const policeA = await buildOrganisation(db, { name: 'Polisen Stockholm NOA', type: 'police', regionCode: 'stockholm' });
    const policeB = await buildOrganisation(db, { name: 'Polisen Syd utredning', type: 'police', regionCode: 'stockholm' });
    const coordinator = await buildUser(db, { roles: ['regional_coordinator'], regionCode: 'stockholm', name: 'Stina Samordnare' });
    const officerA = await buildUser(db, { roles: ['case_worker'], organisationId: policeA, name: 'Polis Anna' });
    const officerB = await buildUser(db, { roles: ['case_worker'], organisationId: policeB, name: 'Polis Bertil' });

    // The coordinator opens the case.
    await signIn(page, coordinator);
    await page.getByRole('link', { name: sv['caseList.new'] }).click();
    await page.getByLabel(sv['caseNew.municipality']).selectOption({ label: 'Solna' });
    await page.getByLabel(sv['form.sexual_purposes']).check();
    await page.getByLabel(sv['caseNew.codeName']).fill('Snödroppe');
    await page.getByRole('group', { name: sv['caseNew.isChild'] }).getByLabel(sv['form.no']).check();
    await page.getByRole('button', { name: sv['caseNew.submit'] }).click();
    await page.waitForURL(caseUrlPattern);
    const caseUrl = new URL(page.url()).pathname;
    // The heading names the case once it has loaded.
    const title = page.getByRole('heading', { level: 1, name: /NMT-\d{4}-\d{6}/ });
    await title.waitFor();
    const reference = (await title.textContent())!.match(/NMT-\d{4}-\d{6}/)![0];

    // The person's consent for the police, then the police on the team under it.
    const team = section(page, sv['team.heading']);
    await team.getByRole('button', { name: sv['team.recordBasis'] }).click();
    await team.getByLabel(sv['team.basisForm.organisation'], { exact: true }).selectOption({ label: 'Polisen Stockholm NOA' });
    await team.getByRole('group', { name: sv['team.basisForm.kind'] }).getByLabel(sv['team.basisForm.kindConsent']).check();
    await team.getByLabel(sv['team.basisForm.consentGivenOn']).fill(new Date().toISOString().slice(0, 10));
    await team.getByLabel(sv['team.basisForm.consentScope']).fill('Polisens utredning av brottet och stöd under rättsprocessen');
    await team.getByLabel(sv['team.basisForm.consentGivenTo']).fill('Regionkoordinatorn i Stockholm');
    await checkA11y(page, 'legal basis form');
    await team.getByRole('button', { name: sv['team.basisForm.submit'] }).click();
    await team.getByRole('cell', { name: 'Polisen Stockholm NOA' }).first().waitFor();

    await team.getByRole('button', { name: sv['team.addMember'] }).click();
    await team.getByLabel(sv['team.memberForm.organisation'], { exact: true }).selectOption({ label: 'Polisen Stockholm NOA' });
    await team.getByLabel(sv['team.memberForm.legalBasis']).selectOption({ index: 1 });
    await checkA11y(page, 'team member form');
    await team.getByRole('button', { name: sv['team.memberForm.submitAdd'] }).click();
    await page.getByText(text(sv['team.memberForm.added'], { organisation: 'Polisen Stockholm NOA' })).waitFor();

    // A journal entry the police will read.
    const journal = section(page, sv['journal.heading']);
    await journal.getByLabel(sv['journal.newEntry']).fill('Personen berättade om skulder till den som ordnade resan.');
    await journal.getByRole('button', { name: sv['journal.save'] }).click();
    await page.getByText(sv['journal.saved']).waitFor();
    await checkA11y(page, 'case page with team and journal');
    await signOut(page);

    // Police A sees the case and its journal.
    await signIn(page, officerA);
    await page.getByRole('link', { name: reference }).click();
    await page.waitForURL(`**${caseUrl}`);
    await section(page, sv['journal.heading']).getByText('skulder till den som ordnade resan').waitFor();
    await checkA11y(page, 'case page as a police case worker on the team');
    await signOut(page);

    // Police B finds nothing: not in the list, not by searching, not by the address.
    await signIn(page, officerB);
    await page.getByText(sv['caseList.empty']).waitFor();
    for (const q of [reference, 'skulder', 'Snödroppe']) {
      await page.getByLabel(sv['caseSearch.q'], { exact: true }).fill(q);
      await page.getByRole('button', { name: sv['caseSearch.submit'], exact: true }).click();
      await page.getByText(sv['caseList.noMatches']).waitFor();
      expect(await page.getByRole('link', { name: reference }).count()).toBe(0);
    }
    await page.goto(e2e.url(caseUrl));
    await page.getByRole('heading', { level: 1, name: sv['caseView.notFoundTitle'] }).waitFor();
    expect(await page.getByText('Snödroppe').count()).toBe(0);
    await signOut(page);

    // The coordinator moves the case on: the first try is refused and says why.
    await signIn(page, coordinator);
    await page.goto(e2e.url(caseUrl));
    const process = section(page, sv['supportProcess.heading']);
    await process.getByRole('button', { name: text(sv['supportProcess.moveTo'], { phase: phase('assessment') }) }).click();
    const summary = page.getByRole('group', { name: sv['form.errorSummaryTitle'] });
    await summary.getByText(text(sv['supportProcess.missing.checklist'], { label: 'Indikatorerna är genomgångna' })).waitFor();
    await summary.getByText(text(sv['supportProcess.missing.checklist'], { label: 'Omedelbar säkerhet är bedömd' })).waitFor();
    await checkA11y(page, 'refused phase move');

    await tickRequired(process, ['Indikatorerna är genomgångna', 'Omedelbar säkerhet är bedömd']);
    await moveTo(page, process, 'assessment');

    await tickRequired(process, ['Bedömt om personen är ett presumtivt offer', 'Risk- och hotbedömning är gjord']);
    await editCase(page, async (form) => {
      await form.getByRole('group', { name: sv['caseEdit.riskLevel'] }).getByLabel(sv['risk.medium']).check();
    });
    await moveTo(page, process, 'protection');

    await tickRequired(process, ['Information om betänketid är given']);
    await editCase(page, async (form) => {
      await form.getByLabel(sv['caseEdit.policeReportReference']).fill('5000-K123456-26');
    });
    await moveTo(page, process, 'legal');

    await tickRequired(process, ['Information om rättsprocessen är given']);
    // A save answers with the saved case, and the page shows it at once: a move made before any
    // reload of the case lands must already send the saved version. Every reload of the case is
    // held back until the move has answered (the race that made this journey flaky under load).
    const releaseCaseReads = await holdCaseReads(page, caseUrl);
    await editCase(page, async (form) => {
      await form.getByLabel(sv['caseEdit.longTermPath']).selectOption({ label: sv['longTermPath.residence'] });
    });
    await moveTo(page, process, 'long_term');
    await releaseCaseReads();

    await tickRequired(process, ['Vägen är vald tillsammans med personen']);
    await process.getByRole('button', { name: sv['supportProcess.close'] }).click();
    await process.getByLabel(sv['supportProcess.closureOutcome']).selectOption({ label: sv['supportProcess.outcome.long_term_solution_reached'] });
    await process.getByLabel(sv['supportProcess.closureReason']).fill('Personen har fått uppehållstillstånd och eget boende.');
    await checkA11y(page, 'close form');
    await process.getByRole('button', { name: sv['supportProcess.closeSubmit'] }).last().click();
    await process.getByText(text(sv['supportProcess.current'], { phase: phase('closed') })).waitFor();

    // The history holds every move, newest first.
    const history = process.getByRole('table', { name: sv['supportProcess.historyCaption'] });
    await expect.poll(() => history.getByRole('row').count()).toBe(6);
    await checkA11y(page, 'closed case with its phase history');
  });
});
