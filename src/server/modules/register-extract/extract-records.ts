import { type IdentityField, identityFields } from '../../../shared/schemas/persons.ts';
import type { ExtractLegalBasis, ExtractNote, ExtractRecord, ExtractView, RegisterExtract } from '../../../shared/schemas/register-extract.ts';
import type { Keyring } from '../../platform/crypto.ts';
import type { AccessRow, PersonRecords } from './register-extract.queries.ts';

/**
 * Turns one person's rows into the extract's records, field by field. Protected identity
 * (DESIGN.md §6: address never shown): the address, the municipality and county, and the names of
 * organisations (a municipality's social services names the town) are withheld and marked, so a
 * file that reaches anyone else does not say where the person lives; the officer shows them to
 * the person in person. Staff are never named: organisations and roles only.
 */

type Value = string | number | boolean | Date | readonly string[] | null | undefined;

function text(value: Value): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.length === 0 ? null : value.join(', ');
  return String(value);
}

/** Fields whose values would locate a person with protected identity. */
const locating = new Set(['address', 'municipalityCode', 'countyCode']);

export function buildExtract(keyring: Keyring, rows: PersonRecords, accesses: readonly AccessRow[], notes: readonly ExtractNote[], now = new Date()): RegisterExtract {
  const isProtected = rows.person.hasProtectedIdentity;
  const fieldsOf = (values: Record<string, Value>) =>
    Object.entries(values).map(([name, value]) =>
      isProtected && locating.has(name) && value !== null && value !== undefined ? { name, value: null, withheld: true } : { name, value: text(value), withheld: false },
    );
  const organisation = (name: string | null, type: string | null) => (name === null ? null : isProtected ? type : name);
  const viewsOf = (match: (row: AccessRow) => boolean): ExtractView[] =>
    accesses.filter(match).map((row) => ({
      at: row.at.toISOString(),
      action: row.action,
      organisations: isProtected ? row.organisationTypes : row.organisations,
      roles: row.roles,
    }));
  const caseRef = new Map(rows.cases.map(({ theCase }) => [theCase.id, theCase.reference]));
  const basesOf = (caseIds: readonly string[]): ExtractLegalBasis[] =>
    rows.legalBases
      .filter(({ basis }) => caseIds.includes(basis.caseId))
      .map(({ basis, organisationName, organisationType }) => ({
        organisation: organisation(organisationName, organisationType),
        kind: basis.kind === 'consent' ? 'consent' : 'statute',
        statute: basis.statute,
        consentGivenOn: basis.consentGivenOn,
        consentWithdrawnAt: basis.consentWithdrawnAt?.toISOString() ?? null,
      }));
  const allCaseIds = rows.cases.map(({ theCase }) => theCase.id);
  const publicTask: ExtractLegalBasis[] = [{ organisation: null, kind: 'public_task', statute: null, consentGivenOn: null, consentWithdrawnAt: null }];
  const first = rows.cases[0];
  const firstSource = {
    kind: 'case_created' as const,
    organisation: first ? organisation(first.organisationName, first.organisationType) : null,
    at: (first?.theCase.createdAt ?? rows.person.createdAt).toISOString(),
  };

  const records: ExtractRecord[] = [];
  const { person } = rows;
  records.push({
    type: 'person',
    reference: person.id,
    caseReference: null,
    fields: fieldsOf({
      codeName: person.codeName,
      birthYear: person.birthYear,
      gender: person.gender,
      citizenships: person.citizenships,
      languages: person.languages,
      isChild: person.isChild,
      hasProtectedIdentity: person.hasProtectedIdentity,
    }),
    legalBases: basesOf(allCaseIds),
    source: firstSource,
    views: viewsOf((row) => row.action === 'person.update'),
  });

  if (rows.identity) {
    const stored = rows.identity;
    const values = Object.fromEntries(identityFields.map((field: IdentityField) => [field, stored[field] === null ? null : keyring.decrypt(stored[field])]));
    records.push({
      type: 'identity',
      reference: person.id,
      caseReference: null,
      fields: fieldsOf(values),
      legalBases: basesOf(allCaseIds),
      source: { ...firstSource, kind: 'identity_registered', at: stored.updatedAt.toISOString() },
      views: viewsOf((row) => row.action === 'identity.read' || row.action === 'identity.update'),
    });
  }

  const consultationById = new Map(rows.consultations.map((c) => [c.id, c]));
  for (const { theCase, organisationName, organisationType } of rows.cases) {
    const came = theCase.sourceConsultationId ? consultationById.get(theCase.sourceConsultationId) : undefined;
    records.push({
      type: 'case',
      reference: theCase.reference,
      caseReference: theCase.reference,
      fields: fieldsOf({
        phase: theCase.phase,
        regionCode: theCase.regionCode,
        countyCode: theCase.countyCode,
        municipalityCode: theCase.municipalityCode,
        exploitationForms: theCase.exploitationForms,
        indicators: theCase.indicators,
        riskLevel: theCase.riskLevel,
        policeReportReference: theCase.policeReportReference,
        noPoliceReportReason: theCase.noPoliceReportReason,
        longTermPath: theCase.longTermPath,
        closureOutcome: theCase.closureOutcome,
        closureReason: theCase.closureReason,
        createdAt: theCase.createdAt,
      }),
      legalBases: basesOf([theCase.id]),
      source: {
        kind: came ? sourceKindOf(came.source) : 'case_created',
        organisation: organisation(organisationName, organisationType),
        at: theCase.createdAt.toISOString(),
      },
      views: viewsOf((row) => row.subjectType === 'case' && row.subjectId === theCase.id),
    });
  }

  for (const consultation of rows.consultations) {
    const caseIds = rows.cases.filter(({ theCase }) => theCase.sourceConsultationId === consultation.id).map(({ theCase }) => theCase.id);
    records.push({
      type: 'consultation',
      reference: consultation.reference,
      caseReference: caseRef.get(caseIds[0] ?? '') ?? null,
      // The requester fields are the asking professional's own contact details, not the person's.
      fields: fieldsOf({
        source: consultation.source,
        status: consultation.status,
        regionCode: consultation.regionCode,
        countyCode: consultation.countyCode,
        municipalityCode: consultation.municipalityCode,
        description: consultation.description,
        exploitationForms: consultation.exploitationForms,
        childInvolved: consultation.childInvolved,
        urgency: consultation.urgency,
        receivedAt: consultation.receivedAt,
        outcome: consultation.outcome,
        closedAt: consultation.closedAt,
      }),
      legalBases: publicTask,
      source: { kind: sourceKindOf(consultation.source), organisation: null, at: consultation.receivedAt.toISOString() },
      views: viewsOf((row) => row.subjectType === 'consultation' && row.subjectId === consultation.id),
    });
  }

  for (const call of rows.calls) {
    records.push({
      type: 'call',
      reference: call.id,
      caseReference: call.caseId ? (caseRef.get(call.caseId) ?? null) : null,
      fields: fieldsOf({
        startedAt: call.startedAt,
        endedAt: call.endedAt,
        callerCategory: call.callerCategory,
        topic: call.topic,
        regionCode: call.regionCode,
        language: call.language,
        adviceGiven: call.adviceGiven,
        followUpNeeded: call.followUpNeeded,
      }),
      legalBases: publicTask,
      source: { kind: 'support_line', organisation: null, at: call.startedAt.toISOString() },
      views: viewsOf((row) => row.subjectType === 'call' && row.subjectId === call.id),
    });
  }

  for (const { entry, organisationName, organisationType } of rows.journalEntries) {
    records.push({
      type: 'journal_entry',
      reference: entry.id,
      caseReference: caseRef.get(entry.caseId) ?? null,
      fields: fieldsOf({ body: entry.body, createdAt: entry.createdAt, correctedAt: entry.correctedAt }),
      legalBases: basesOf([entry.caseId]),
      source: { kind: 'written_in_case', organisation: organisation(organisationName, organisationType), at: entry.createdAt.toISOString() },
      views: [],
    });
  }

  for (const measure of rows.measures) {
    records.push({
      type: 'measure',
      reference: measure.id,
      caseReference: caseRef.get(measure.caseId) ?? null,
      fields: fieldsOf({ type: measure.type, status: measure.status, startOn: measure.startOn, endOn: measure.endOn, note: measure.note }),
      legalBases: basesOf([measure.caseId]),
      source: { kind: 'written_in_case', organisation: null, at: measure.createdAt.toISOString() },
      views: [],
    });
  }

  return {
    schemaVersion: 1,
    producedAt: now.toISOString(),
    personId: person.id,
    protectedIdentity: { applies: isProtected, handover: isProtected ? 'in_person' : 'ordinary' },
    records,
    notes: isProtected ? [...notes, 'protected_identity'] : [...notes],
  };
}

function sourceKindOf(source: string): 'intake_form' | 'support_line' | 'professional' {
  if (source === 'public_form') return 'intake_form';
  return source === 'support_line' ? 'support_line' : 'professional';
}
