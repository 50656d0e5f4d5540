/**
 * Issue 13, the register extract (GDPR Art. 15) in the browser: the data protection officer (the
 * auditor role) finds a person by the personal identity number with the keyboard alone, sees that
 * person's cases and not another's, delivers the JSON (which holds the person's records and nothing
 * of the other) and the password-encrypted PDF (which opens with that password only), and the audit
 * log holds the search and both deliveries without the number. axe checks each state, in Swedish,
 * and the page once in English.
 */
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../../src/shared/personal-number.ts';
import type { CaseDetail } from '../../src/shared/schemas/cases.ts';
import type { RegisterExtract } from '../../src/shared/schemas/register-extract.ts';
import { users } from '../../src/server/db/schema/index.ts';
import { cases } from '../../src/server/modules/cases/cases.schema.ts';
import { currentTotp } from '../../src/server/platform/totp.ts';
import { auditRows, insertJournalEntry } from '../support/casework.ts';
import { insertConsultation } from '../support/dashboard.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, testTotpSecret, type TestUser } from '../support/factories.ts';
import { pdfText } from '../support/pdf-text.ts';
import { checkA11y, downloadedFile, en, type FocusedElement, focusedElement, signInThroughForm, sv, tabTo, text, useE2e } from './support.ts';

const e2e = useE2e();

/** A valid personal identity number for a birth date and serial (the check digit computed). */
const pnr = (yymmdd: string, serial: string) => `${yymmdd}-${serial}${luhnCheckDigit(yymmdd + serial)}`;
const anna = { codeName: 'Vitsippa', fullName: 'Anna Lindqvist', personalNumber: pnr('811218', '987'), phone: '070-111 22 33' };
const other = { codeName: 'Blåklint', fullName: 'Anna Lindkvist', personalNumber: pnr('811219', '123'), phone: '070-999 88 77' };
const extractPassword = 'Ett långt lösenord för utdraget';

interface Seeded {
  auditor: TestUser;
  annaCase: CaseDetail;
  annaConsultation: string;
  otherCase: CaseDetail;
  otherConsultation: string;
}

/**
 * Two persons with identity, each on a case that grew out of a consultation and has a journal
 * entry: Anna, whom the officer looks for, and another whose name is one letter away.
 */
async function seed(): Promise<Seeded> {
  const { app, db } = e2e.server;
  const organisationId = await buildOrganisation(db, { name: 'Länssamordning Stockholm', type: 'municipality', regionCode: 'stockholm' });
  const coordinator = await buildUser(db, { roles: ['regional_coordinator'], organisationId });
  const cookie = await signInAs(app, coordinator);
  const onCase = async (person: typeof anna, receivedAt: string) => {
    const theCase = await createCaseAs(app, cookie, { person: { codeName: person.codeName, isChild: false, birthYear: 1981 } });
    const identity = { fullName: person.fullName, personalNumber: person.personalNumber, phone: person.phone };
    const response = await app.inject({ method: 'PUT', url: `/api/cases/${theCase.id}/identity`, headers: { cookie, 'if-match': '"0"' }, payload: identity });
    expect(response.statusCode, response.body).toBe(200);
    const consultation = await insertConsultation(db, { regionCode: 'stockholm', receivedAt: new Date(receivedAt) });
    await db.update(cases).set({ sourceConsultationId: consultation.id }).where(eq(cases.id, theCase.id));
    await insertJournalEntry(db, theCase.id, coordinator, `Anteckning om ${person.codeName}.`);
    return { theCase, consultation: consultation.reference };
  };
  const annas = await onCase(anna, '2026-01-10T10:00:00Z');
  const others = await onCase(other, '2026-01-11T10:00:00Z');
  const auditor = await buildUser(db, { roles: ['auditor'], regionCode: null });
  return { auditor, annaCase: annas.theCase, annaConsultation: annas.consultation, otherCase: others.theCase, otherConsultation: others.consultation };
}

/** Types a fresh authenticator code into the focused field: the last used step is forgotten first. */
async function typeFreshCode(page: Page, user: TestUser): Promise<void> {
  await e2e.server.db.update(users).set({ totpLastStep: null }).where(eq(users.id, user.id));
  await page.keyboard.type(await currentTotp(testTotpSecret));
}

async function expectFocusOn(page: Page, what: string, matches: (focused: FocusedElement) => boolean): Promise<void> {
  await expect.poll(async () => {
    const focused = await focusedElement(page);
    return focused !== null && matches(focused) && focused.focusVisible;
  }, { message: `the focus should be visible on ${what}` }).toBe(true);
}

/** Presses Enter on the focused submit button and takes the file it saves. */
async function downloadWithEnter(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return { name: download.suggestedFilename(), bytes: await downloadedFile(download) };
}

describe('the register extract (issue 13)', () => {
  it('finds a person by the number with the keyboard and delivers the JSON and the encrypted PDF', async () => {
    const { page } = e2e;
    const { db } = e2e.server;
    const seeded = await seed();

    await signInThroughForm(e2e, seeded.auditor.email, '**/audit/break-glass');
    await tabTo(page, (f) => f.tag === 'a' && f.text === sv['nav.registerExtract']);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/audit/register-extract');
    await page.getByRole('heading', { level: 1, name: sv['registerExtract.title'] }).waitFor();
    await checkA11y(page, 'register extract: the search');

    // The number is what is searched for unless the officer picks the name.
    expect(await page.getByLabel(sv['registerExtract.by.personal_number']).isChecked()).toBe(true);
    await tabTo(page, (f) => f.id === 'extract-value');
    await expectFocusOn(page, 'the number field', (f) => f.id === 'extract-value' && f.label === sv['registerExtract.personalNumber']);
    await page.keyboard.type(anna.personalNumber);
    await page.keyboard.press('Enter');

    const results = page.getByRole('region', { name: sv['registerExtract.results'] });
    await results.getByRole('status').getByText(sv['registerExtract.foundOne']).waitFor();
    const table = results.getByRole('table', { name: sv['registerExtract.caption'] });
    const rows = table.getByRole('row');
    await expect.poll(() => rows.count()).toBe(2);
    const annaRow = table.getByRole('row', { name: new RegExp(anna.codeName) });
    expect(await annaRow.getByRole('cell').allTextContents()).toEqual(['1981', seeded.annaCase.reference, sv['registerExtract.no'], sv['registerExtract.choose']]);
    const tableText = await table.textContent();
    for (const foreign of [other.codeName, seeded.otherCase.reference]) expect(tableText).not.toContain(foreign);
    // One person found is chosen at once: the delivery form for that person follows.
    const delivery = page.getByRole('region', { name: text(sv['registerExtract.deliveryTitle'], { codeName: anna.codeName }) });
    await delivery.waitFor();
    await checkA11y(page, 'register extract: one person found');

    // JSON: the format is a radio group, moved with the arrow keys; then the code and Enter.
    await tabTo(page, (f) => f.id === 'extract-format-pdf');
    await page.keyboard.press('ArrowDown');
    await expectFocusOn(page, 'the JSON choice', (f) => f.id === 'extract-format-json');
    await delivery.getByLabel(sv['export.password'], { exact: true }).waitFor({ state: 'detached' });
    await tabTo(page, (f) => f.id === 'extract-code');
    await typeFreshCode(page, seeded.auditor);
    await tabTo(page, (f) => f.tag === 'button' && f.text === sv['registerExtract.deliver']);
    const json = await downloadWithEnter(page);
    await delivery.getByRole('status').getByText(sv['registerExtract.delivered']).waitFor();
    await checkA11y(page, 'register extract: JSON delivered');

    // Named by the day, never by the person.
    expect(json.name).toMatch(/^samverka-registerutdrag-\d{4}-\d{2}-\d{2}\.json$/);
    const extract = JSON.parse(json.bytes.toString('utf8')) as RegisterExtract;
    expect(extract.personId).toBe(seeded.annaCase.person.id);
    const references = (type: string) => extract.records.filter((r) => r.type === type).map((r) => r.reference);
    expect(references('case')).toEqual([seeded.annaCase.reference]);
    expect(references('consultation')).toEqual([seeded.annaConsultation]);
    expect(references('journal_entry')).toHaveLength(1);
    const identity = extract.records.find((r) => r.type === 'identity')!;
    expect(identity.fields).toEqual(
      expect.arrayContaining([
        { name: 'fullName', value: anna.fullName, withheld: false },
        { name: 'personalNumber', value: `19${anna.personalNumber}`, withheld: false },
      ]),
    );
    const jsonText = json.bytes.toString('utf8');
    for (const foreign of [other.fullName, other.codeName, other.personalNumber.slice(-5), other.phone, seeded.otherCase.reference, seeded.otherConsultation, seeded.otherCase.person.id]) {
      expect(jsonText, foreign).not.toContain(foreign);
    }

    // PDF: back to the first choice; two passwords that differ are refused first.
    await tabTo(page, (f) => f.id === 'extract-format-json', { backwards: true });
    await page.keyboard.press('ArrowUp');
    await expectFocusOn(page, 'the PDF choice', (f) => f.id === 'extract-format-pdf');
    await tabTo(page, (f) => f.id === 'extract-password');
    await page.keyboard.type(extractPassword);
    await page.keyboard.press('Tab');
    await expectFocusOn(page, 'the second password field', (f) => f.id === 'extract-password-again');
    await page.keyboard.type('Ett annat lösenord för utdraget');
    await tabTo(page, (f) => f.tag === 'button' && f.text === sv['registerExtract.deliver']);
    await page.keyboard.press('Enter');
    const summary = delivery.locator('.error-summary');
    await summary.getByText(sv['export.errors.passwordAgain']).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await checkA11y(page, 'register extract: passwords differ');

    // The summary's link takes the officer to the field at fault.
    await tabTo(page, (f) => f.tag === 'a' && f.text === sv['export.errors.passwordAgain']);
    await page.keyboard.press('Enter');
    await expectFocusOn(page, 'the second password field', (f) => f.id === 'extract-password-again');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(extractPassword);
    await page.keyboard.press('Tab');
    await expectFocusOn(page, 'the code field', (f) => f.id === 'extract-code');
    await typeFreshCode(page, seeded.auditor);
    await page.keyboard.press('Tab');
    await expectFocusOn(page, 'the delivery button', (f) => f.tag === 'button' && f.text === sv['registerExtract.deliver']);
    const pdf = await downloadWithEnter(page);
    await delivery.getByRole('status').getByText(sv['registerExtract.delivered']).waitFor();
    await expect.poll(() => summary.count()).toBe(0);
    await checkA11y(page, 'register extract: PDF delivered');

    expect(pdf.name).toMatch(/^samverka-registerutdrag-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfText(pdf.bytes, 'Ett annat lösenord för utdraget')).toBeNull();
    const pdfContent = pdfText(pdf.bytes, extractPassword);
    expect(pdfContent).not.toBeNull();
    expect(pdfContent).toContain('Registerutdrag');
    expect(pdfContent).toContain(anna.fullName);
    expect(pdfContent).toContain(seeded.annaCase.reference);
    expect(pdfContent).toContain(seeded.annaConsultation);
    for (const foreign of [other.fullName, other.codeName, seeded.otherCase.reference, seeded.otherConsultation]) expect(pdfContent, foreign).not.toContain(foreign);

    // The audit log: the search by its kind and count, each delivery by person and format, never the number or the name.
    const byTheAuditor = async (action: 'extract.requested' | 'extract.delivered') => (await auditRows(db, action)).filter((row) => row.actorUserId === seeded.auditor.id);
    const requested = await byTheAuditor('extract.requested');
    expect(requested.map((row) => row.details)).toEqual([{ by: 'personal_number', count: 1 }]);
    const delivered = await byTheAuditor('extract.delivered');
    expect(delivered.map((row) => row.details)).toEqual([
      expect.objectContaining({ personId: seeded.annaCase.person.id, format: 'json', protectedIdentity: false }),
      expect.objectContaining({ personId: seeded.annaCase.person.id, format: 'pdf', protectedIdentity: false, language: 'sv' }),
    ]);
    const logged = JSON.stringify([...requested, ...delivered]);
    for (const secret of [anna.personalNumber, anna.personalNumber.replace('-', ''), anna.fullName, 'Lindqvist']) expect(logged).not.toContain(secret);
  });

  it('shows the page, a search that finds no one and a refused number in English', async () => {
    const { page } = e2e;
    const auditor = await buildUser(e2e.server.db, { roles: ['auditor'], regionCode: null });
    await signInThroughForm(e2e, auditor.email, '**/audit/break-glass');
    await page.evaluate(() => { window.localStorage.setItem('samverka.language', 'en'); });
    await page.goto(e2e.url('/audit/register-extract'));
    await page.getByRole('heading', { level: 1, name: en['registerExtract.title'] }).waitFor();
    await page.getByText(en['registerExtract.intro']).waitFor();
    await checkA11y(page, 'register extract in English');

    // A valid number that no one has.
    await page.getByLabel(en['registerExtract.personalNumber'], { exact: true }).fill(pnr('700101', '001'));
    await page.getByRole('button', { name: en['registerExtract.search'] }).click();
    await page.getByRole('status').getByText(en['registerExtract.none']).waitFor();
    await checkA11y(page, 'register extract in English: no one found');

    // An invalid number is refused with the English message, nothing is searched for, and the last
    // search's answer is gone: it was about another number.
    const before = (await auditRows(e2e.server.db, 'extract.requested')).length;
    await page.getByLabel(en['registerExtract.personalNumber'], { exact: true }).fill('811218-9870');
    await page.getByRole('button', { name: en['registerExtract.search'] }).click();
    await page.locator('.error-summary').getByText(en['registerExtract.errors.personalNumber']).waitFor();
    await expect.poll(() => page.getByRole('heading', { name: en['registerExtract.results'] }).count()).toBe(0);
    expect(await page.getByText(en['registerExtract.none']).count()).toBe(0);
    await checkA11y(page, 'register extract in English: a refused number');
    expect((await auditRows(e2e.server.db, 'extract.requested')).length).toBe(before);
    await page.evaluate(() => { window.localStorage.removeItem('samverka.language'); });
  });
});
