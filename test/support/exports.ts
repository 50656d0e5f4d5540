import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { expect, vi } from 'vitest';
import type { ExportState } from '../../src/shared/schemas/exports.ts';
import type { Db } from '../../src/server/db/client.ts';
import { users } from '../../src/server/db/schema/identity.ts';
import { decryptXlsx } from '../../src/server/modules/exports/xlsx.ts';
import { currentTotp } from '../../src/server/platform/totp.ts';
import type { requestAs } from './casework.ts';
import { testTotpSecret } from './factories.ts';

type Requester = ReturnType<typeof requestAs>;

/** A code the user has not used yet: the last step is forgotten, as if a new step had come. */
export async function freshCode(db: Db, userId: string): Promise<string> {
  await db.update(users).set({ totpLastStep: null }).where(eq(users.id, userId));
  return currentTotp(testTotpSecret);
}

/** Polls the export's state as the web app does, until the job has ended. */
export async function waitForExport(as: Requester, id: string): Promise<ExportState> {
  let state: ExportState | undefined;
  await vi.waitFor(
    async () => {
      state = (await as('GET', `/api/exports/${id}`)).json<ExportState>();
      expect(['done', 'failed']).toContain(state.status);
    },
    { timeout: 60_000, interval: 200 },
  );
  return state!;
}

/**
 * Asks for an export (the body holds the code; 202 expected), waits for the job and downloads the
 * finished file, as the web app's dialog does.
 */
export async function exportedFile(as: Requester, body: Record<string, unknown>): Promise<{ id: string; state: ExportState; file: Buffer; contentType: string }> {
  const accepted = await as('POST', '/api/exports', body);
  expect(accepted.statusCode, accepted.body).toBe(202);
  const { id } = accepted.json<{ id: string }>();
  const state = await waitForExport(as, id);
  expect(state.status).toBe('done');
  const file = await as('GET', `/api/exports/${id}/file`);
  expect(file.statusCode).toBe(200);
  return { id, state, file: file.rawPayload, contentType: String(file.headers['content-type']) };
}

/** An encrypted XLSX's first sheet opened with the password: its rows, heading first, an empty cell as ''. */
export async function decryptedSheetRows(file: Buffer, password: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await decryptXlsx(file, password)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value ?? ''));
  });
  return rows;
}
