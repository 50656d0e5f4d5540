/**
 * Issue 12 in the browser: a regional coordinator exports the case list as a password-encrypted
 * XLSX from the "Exportera" dialog (format, password twice, authenticator code), follows the
 * progress, downloads the file and opens it with the password. axe checks each state.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../src/server/db/schema/index.ts';
import { decryptXlsx } from '../../src/server/modules/exports/xlsx.ts';
import { currentTotp } from '../../src/server/platform/totp.ts';
import { buildUser, createCaseAs, signInAs, testTotpSecret } from '../support/factories.ts';
import { checkA11y, downloadedFile, signInThroughForm, sv, useE2e } from './support.ts';

const e2e = useE2e();

describe('exporting the case list (issue 12)', () => {
  it('exports an encrypted XLSX that opens with the chosen password', async () => {
    const { page } = e2e;
    const db = e2e.server.db;
    const coordinator = await buildUser(db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
    await createCaseAs(e2e.server.app, await signInAs(e2e.server.app, coordinator), { person: { codeName: '=Linnea', isChild: false } });

    await signInThroughForm(e2e, coordinator.email);
    await page.getByRole('button', { name: sv['export.open'] }).click();
    await page.getByRole('dialog', { name: sv['caseExport.title'] }).waitFor();
    const password = 'Ett långt exportlösenord';
    await page.getByLabel(sv['export.password'], { exact: true }).fill(password);
    await page.getByLabel(sv['export.passwordAgain']).fill('Ett annat lösenord här');
    await page.getByRole('button', { name: sv['export.submit'] }).click();
    await page.getByText(sv['export.errors.passwordAgain']).first().waitFor();
    await checkA11y(page, 'export dialog with an error');

    await page.getByLabel(sv['export.passwordAgain']).fill(password);
    await db.update(users).set({ totpLastStep: null }).where(eq(users.email, coordinator.email));
    await page.getByLabel(sv['export.code']).fill(await currentTotp(testTotpSecret));
    await page.getByRole('button', { name: sv['export.submit'] }).click();
    const link = page.getByRole('link', { name: sv['export.download'] });
    await link.waitFor({ timeout: 60_000 });
    await checkA11y(page, 'export done');

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = await downloadedFile(download);
    const xlsx = await decryptXlsx(file, password);
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
  });
});
