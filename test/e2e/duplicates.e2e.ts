/**
 * Issue 11, duplicate detection in the browser: the identity saved on a case says the same person
 * may already exist, the panel under it lists the possible duplicate, and the coordinator links
 * it as the same person or marks another not the same, with a reason. axe checks each state.
 */
import { describe, it } from 'vitest';
import { buildUser, createCaseAs, signInAs } from '../support/factories.ts';
import { checkA11y, signInThroughForm, sv, text, useE2e } from './support.ts';

const e2e = useE2e();

describe('possible duplicates (issue 11)', () => {
  it('registering an identity warns of a possible duplicate, which is linked as the same person; another is marked not the same', async () => {
    const { page, server } = e2e;
    const coordinator = await buildUser(server.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
    const cookie = await signInAs(server.app, coordinator);
    const storeIdentity = async (caseId: string, fullName: string) => {
      const response = await server.app.inject({
        method: 'PUT',
        url: `/api/cases/${caseId}/identity`,
        headers: { cookie, 'if-match': '"0"' },
        payload: { fullName },
      });
      if (response.statusCode !== 200) throw new Error(`identity: ${response.statusCode}`);
    };
    const first = await createCaseAs(server.app, cookie, { person: { codeName: 'Vitsippa', isChild: false } });
    await storeIdentity(first.id, 'Anna Lindqvist');
    const second = await createCaseAs(server.app, cookie, { person: { codeName: 'Blåsippa', isChild: false } });

    await signInThroughForm(e2e, coordinator.email);
    await page.goto(`${server.baseUrl}/cases/${second.id}`);
    await page.getByRole('heading', { name: sv['duplicates.heading'] }).waitFor();
    await page.getByText(sv['duplicates.empty']).waitFor();

    // The lead registers the identity: another spelling of the same name.
    await page.getByRole('button', { name: sv['identity.show'] }).click();
    await page.getByRole('button', { name: sv['identity.add'] }).click();
    await page.getByLabel(sv['identity.fullName']).fill('Ana Lindkvist');
    await page.getByRole('button', { name: sv['identity.form.submit'] }).click();
    await page.getByText(sv['duplicates.foundOnSaveOne']).waitFor();
    const panel = page.locator('section', { has: page.getByRole('heading', { name: sv['duplicates.heading'] }) });
    await panel.getByRole('link', { name: first.reference }).waitFor();
    await panel.getByText('Vitsippa').waitFor();
    await checkA11y(page, 'case page with a possible duplicate');

    await panel.getByRole('button', { name: text(sv['duplicates.samePersonLabel'], { reference: first.reference }) }).click();
    await page.getByText(sv['duplicates.linked']).waitFor();
    await panel.getByText(sv['duplicates.isSamePerson']).waitFor();

    // A third case with a name that sounds alike is judged not the same person.
    const third = await createCaseAs(server.app, cookie, { person: { codeName: 'Gullviva', isChild: false } });
    await storeIdentity(third.id, 'Anna Lindquist');
    await page.reload();
    await panel.getByRole('link', { name: third.reference }).waitFor();
    await panel.getByRole('button', { name: text(sv['duplicates.notSameLabel'], { reference: third.reference }) }).click();
    await page.getByRole('button', { name: sv['duplicates.notSameSubmit'] }).click();
    await page.getByText(text(sv['duplicates.errors.reason'], { min: 10, max: 2000 })).first().waitFor();
    await page.getByLabel(sv['duplicates.reason']).fill('Olika födelsedatum enligt passen.');
    await checkA11y(page, 'not the same person, with a reason');
    await page.getByRole('button', { name: sv['duplicates.notSameSubmit'] }).click();
    await page.getByText(text(sv['duplicates.dismissed'], { reference: third.reference })).waitFor();
    await panel.getByRole('link', { name: third.reference }).waitFor({ state: 'detached' });
    await panel.getByRole('link', { name: first.reference }).waitFor();
  });
});
