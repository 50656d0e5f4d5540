import { sql } from 'drizzle-orm';
import type { ChildInvolvement, ConsultationSource, ConsultationUrgency, ExploitationForm, PoliceRegion } from '../../../shared/enums.ts';
import { addWorkingDays } from '../../../shared/working-days.ts';
import type { Tx } from '../../db/client.ts';
import { requireMunicipality } from '../reference/reference.service.ts';
import { consultationNumberCounters, consultations } from './consultations.schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/request-context.ts';
import { stockholmYear as swedishYear } from '../../../shared/working-days.ts';

/** What every way in (the public form, the support line, a signed-in professional) gives. */
export interface ConsultationOpening {
  source: ConsultationSource;
  municipalityCode: string;
  description: string;
  exploitationForms: ExploitationForm[];
  childInvolved: ChildInvolvement;
  urgency: ConsultationUrgency;
  requesterName: string | null;
  requesterOrganisation: string | null;
  requesterPhone: string | null;
  requesterEmail: string | null;
  /** Null for the public form. */
  createdByUserId: string | null;
  receivedAt?: Date;
}

export interface OpenedConsultation {
  id: string;
  reference: string;
  regionCode: PoliceRegion;
  firstResponseDueAt: Date;
}

/** MS-YYYY-NNNNNN: a consultation's number, apart from the cases' NMT numbers. */
export function formatConsultationReference(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) {
    throw new RangeError(`Consultation sequence out of range: ${sequence}`);
  }
  return `MS-${year}-${String(sequence).padStart(6, '0')}`;
}

/**
 * Opens a consultation: routes it to the police region of its municipality, numbers it, and sets
 * the first-response deadline one working day after receipt (Swedish public holidays and weekends
 * excluded). Audited in the same transaction. Notifying the region's coordinators is the
 * reminder scheduler's job, so it happens once however many instances run.
 */
export async function openConsultation(tx: Tx, ctx: RequestContext, opening: ConsultationOpening): Promise<OpenedConsultation> {
  const route = requireMunicipality(opening.municipalityCode);
  const receivedAt = opening.receivedAt ?? new Date();
  const year = swedishYear(receivedAt);
  const [counter] = await tx
    .insert(consultationNumberCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: consultationNumberCounters.year, set: { last: sql`${consultationNumberCounters.last} + 1` } })
    .returning({ last: consultationNumberCounters.last });
  const reference = formatConsultationReference(year, counter!.last);
  const firstResponseDueAt = addWorkingDays(receivedAt, 1);
  const [row] = await tx
    .insert(consultations)
    .values({
      reference,
      source: opening.source,
      regionCode: route.regionCode,
      countyCode: route.countyCode,
      municipalityCode: opening.municipalityCode,
      description: opening.description,
      exploitationForms: opening.exploitationForms,
      childInvolved: opening.childInvolved,
      urgency: opening.urgency,
      requesterName: opening.requesterName,
      requesterOrganisation: opening.requesterOrganisation,
      requesterPhone: opening.requesterPhone,
      requesterEmail: opening.requesterEmail,
      createdByUserId: opening.createdByUserId,
      receivedAt,
      firstResponseDueAt,
    })
    .returning({ id: consultations.id });
  await recordAudit(tx, ctx, {
    action: opening.source === 'public_form' ? 'consultation.submitted_publicly' : 'consultation.create',
    subjectId: row!.id,
    details: { regionCode: route.regionCode, source: opening.source },
  });
  return { id: row!.id, reference, regionCode: route.regionCode, firstResponseDueAt };
}
