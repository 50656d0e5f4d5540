import type { ConsultationStatus, PoliceRegion } from '../../src/shared/enums.ts';
import { addWorkingDays } from '../../src/shared/working-days.ts';
import type { Db } from '../../src/server/db/client.ts';
import { calls, consultations } from '../../src/server/db/schema/index.ts';

/** One municipality per police region, with its county, to place a consultation in a region. */
export const municipalityOf: Record<PoliceRegion, { municipalityCode: string; countyCode: string }> = {
  nord: { municipalityCode: '2580', countyCode: '25' },
  mitt: { municipalityCode: '0380', countyCode: '03' },
  bergslagen: { municipalityCode: '1880', countyCode: '18' },
  stockholm: { municipalityCode: '0180', countyCode: '01' },
  ost: { municipalityCode: '0580', countyCode: '05' },
  vast: { municipalityCode: '1480', countyCode: '14' },
  syd: { municipalityCode: '1280', countyCode: '12' },
};

let sequence = 0;

/**
 * A consultation inserted straight into the table (no API, no audit), received at `receivedAt`
 * with the first-response deadline one working day later, as openConsultation sets it.
 */
export async function insertConsultation(
  db: Db,
  options: {
    regionCode: PoliceRegion;
    receivedAt: Date;
    status?: ConsultationStatus;
    assigneeUserId?: string | null;
    firstRespondedAt?: Date | null;
    firstResponseDueAt?: Date;
  },
): Promise<{ id: string; reference: string; firstResponseDueAt: Date }> {
  const firstResponseDueAt = options.firstResponseDueAt ?? addWorkingDays(options.receivedAt, 1);
  const reference = `MS-2099-${String(++sequence).padStart(6, '0')}${Math.random().toString(36).slice(2, 8)}`;
  const status = options.status ?? 'new';
  const [row] = await db
    .insert(consultations)
    .values({
      reference,
      source: 'public_form',
      status,
      regionCode: options.regionCode,
      ...municipalityOf[options.regionCode],
      description: 'Testbeskrivning',
      receivedAt: options.receivedAt,
      firstResponseDueAt,
      firstRespondedAt: options.firstRespondedAt ?? null,
      assigneeUserId: options.assigneeUserId ?? null,
      claimedAt: status === 'claimed' ? options.receivedAt : null,
      closedAt: status === 'closed' ? options.receivedAt : null,
    })
    .returning({ id: consultations.id });
  return { id: row!.id, reference, firstResponseDueAt };
}

/** A logged call, started at `startedAt`. */
export async function insertCall(db: Db, options: { operatorUserId: string; startedAt: Date; regionCode: PoliceRegion | null }): Promise<string> {
  const [row] = await db
    .insert(calls)
    .values({
      operatorUserId: options.operatorUserId,
      startedAt: options.startedAt,
      callerCategory: 'professional',
      topic: 'other',
      regionCode: options.regionCode,
    })
    .returning({ id: calls.id });
  return row!.id;
}
