import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { conflict } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { requireMunicipality } from '../reference/reference.service.ts';
import { findCaseRecord } from './case-record.queries.ts';
import { type CaseChanges, findCaseVersion, updateCaseFields } from './cases.queries.ts';

export interface OwnershipMove {
  caseId: string;
  /** The municipality the case moves to (and so its county and police region); null keeps them. */
  municipalityCode: string | null;
  /** The regional coordinator who takes the lead. */
  leadUserId: string;
}

/**
 * Moves the case to its new owner once a transfer has been accepted (and, across regions,
 * approved): the new lead, and the new municipality, county and region. The transfers module has
 * decided who may do this; the change is audited as a case update, naming the fields only.
 */
export async function moveCaseOwnership(tx: Tx, ctx: ActorContext, move: OwnershipMove): Promise<{ regionChanged: boolean }> {
  const current = await findCaseRecord(tx, move.caseId);
  const version = await findCaseVersion(tx, move.caseId);
  if (!current || version === undefined) throw conflict('The case no longer exists.');
  const changes: CaseChanges = { leadUserId: move.leadUserId };
  const fields = ['leadUserId'];
  let regionChanged = false;
  if (move.municipalityCode !== null && move.municipalityCode !== current.municipalityCode) {
    const municipality = requireMunicipality(move.municipalityCode);
    regionChanged = municipality.regionCode !== current.regionCode;
    Object.assign(changes, { municipalityCode: municipality.code, countyCode: municipality.countyCode, regionCode: municipality.regionCode });
    fields.push('municipalityCode');
  }
  const next = await updateCaseFields(tx, move.caseId, version, changes);
  if (next === undefined) throw conflict('The case changed while it was being transferred; try again.');
  await recordAudit(tx, ctx, { action: 'case.update', subjectId: move.caseId, details: { fields, version: next } });
  return { regionChanged };
}
