/**
 * Method materials in the browser: a national coordinator publishes a guide, publishes a second
 * version, reads the first again from the version list, finds the guide by searching and links it
 * to a phase checklist item, which a case's checklist then links to ("Läs metodstödet"). axe finds nothing to fault on any page visited.
 */
import { describe, it } from 'vitest';
import { buildUser, createCaseAs, signInAs } from '../support/factories.ts';
import { checkA11y, signInThroughForm, sv, text, useE2e } from './support.ts';

const e2e = useE2e();

describe('method materials', () => {
  it('publishes a guide in two versions, shows the first again, finds it and links it to a checklist item', async () => {
    const { page } = e2e;
    const national = await buildUser(e2e.server.db, { roles: ['national_coordinator'], regionCode: null });
    await signInThroughForm(e2e, national.email, '**/cases');
    await page.getByRole('navigation').getByRole('link', { name: sv['materials.nav'] }).click();
    await page.getByRole('heading', { level: 1, name: sv['materials.title'] }).waitFor();
    await page.getByText(sv['materials.empty']).waitFor();
    await checkA11y(page, 'materials list, empty');

    await page.getByRole('link', { name: sv['materials.new'] }).click();
    await page.getByRole('heading', { level: 1, name: sv['materials.newTitle'] }).waitFor();
    await page.getByRole('button', { name: sv['materials.form.publish'] }).click();
    await page.getByRole('link', { name: sv['materials.errors.title'] }).waitFor();
    await checkA11y(page, 'material form with errors');

    await page.getByLabel(sv['materials.form.kind'], { exact: true }).selectOption('guide');
    await page.getByLabel(sv['materials.form.title'], { exact: true }).fill('Första samtalet');
    await page.getByLabel(sv['materials.form.summary'], { exact: true }).fill('Hur det första samtalet förs.');
    await page.getByLabel(sv['materials.form.body'], { exact: true }).fill('1. Presentera dig.\n2. <b>Lyssna</b>.');
    await page.getByRole('button', { name: sv['materials.form.publish'] }).click();
    await page.getByRole('heading', { level: 1, name: 'Första samtalet' }).waitFor();
    // The body is text: markup shows as written.
    await page.locator('.material-body').getByText('<b>Lyssna</b>', { exact: false }).waitFor();
    await checkA11y(page, 'material, version 1');

    await page.getByLabel(sv['materials.form.title'], { exact: true }).fill('Första samtalet, reviderad');
    await page.getByRole('button', { name: sv['materials.form.publish'] }).click();
    await page.getByRole('heading', { level: 1, name: 'Första samtalet, reviderad' }).waitFor();
    await page.getByText(sv['materials.published']).waitFor();

    await page.getByRole('link', { name: /^Version 1: Första samtalet \(/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Första samtalet' }).waitFor();
    await page.getByText(text(sv['materials.olderVersion'], { latest: 2 })).waitFor();
    await checkA11y(page, 'material, earlier version');

    await page.getByRole('link', { name: sv['materials.showLatest'] }).click();
    await page.getByRole('heading', { level: 1, name: 'Första samtalet, reviderad' }).waitFor();
    await page.getByText(sv['materials.link.none']).waitFor();
    await page.getByLabel(sv['materials.link.item'], { exact: true }).selectOption({ index: 1 });
    await page.getByRole('button', { name: sv['materials.link.submit'] }).click();
    await page.getByRole('button', { name: /^Ta bort länken från/ }).waitFor();
    await checkA11y(page, 'material with a checklist link');

    await page.getByRole('link', { name: sv['materials.back'] }).click();
    await page.getByLabel(sv['materials.search.label'], { exact: true }).fill('reviderad');
    await page.getByRole('button', { name: sv['materials.search.submit'] }).click();
    await page.getByRole('table', { name: text(sv['materials.search.results'], { q: 'reviderad' }) }).waitFor();
    await page.getByRole('link', { name: 'Första samtalet, reviderad' }).waitFor();
    await checkA11y(page, 'materials search');

    // The case's phase checklist links the item to the material: "Läs metodstödet" opens it.
    const coordinator = await buildUser(e2e.server.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
    const opened = await createCaseAs(e2e.server.app, await signInAs(e2e.server.app, coordinator));
    await page.goto(e2e.url(`/cases/${opened.id}`));
    const readMaterial = page.getByRole('link', { name: sv['materials.checklistLink'] }).first();
    await readMaterial.waitFor();
    await readMaterial.click();
    await page.getByRole('heading', { level: 1, name: 'Första samtalet, reviderad' }).waitFor();
    await page.waitForURL(/\/materials\/[0-9a-f-]{36}$/);
  });
});
