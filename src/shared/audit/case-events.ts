import { z } from 'zod';
import { casePhases, legalBasisKinds, phaseMoveKinds } from '../enums.ts';
import { identityFields } from '../schemas/persons.ts';
import { about, aboutEither, caseReference, count, fieldNames, flag, id, ids, instant, mediaType, page, version } from './vocabulary.ts';

/** Read from a text column, so typed as a string on write, but checked as a phase. */
const phase = z.string().pipe(z.enum(casePhases));
/** A create retried with the same Idempotency-Key: the answer is a read of what the first made. */
const idempotentReplay = flag.optional();
const listed = { caseIds: ids, total: count, page };

/** The case and everything inside it: process, team, person and identity, journal, tasks, measures, documents. */
export const caseEvents = {
  'case.create': about('case', { sourceConsultationId: id.optional() }),
  'case.read': about('case', { idempotentReplay }),
  'case.list': about(null, listed),
  'case.search': about(null, listed),
  'case.update': about('case', { fields: fieldNames, version }),
  'case.phase_moved': about('case', { from: phase, to: phase, kind: z.enum(phaseMoveKinds) }),
  'case.phase_history_read': about('case', {}),
  'case.checklist_ticked': about('case', { itemId: id, phase }),
  'case.checklist_unticked': about('case', { itemId: id, phase }),
  'case.link_added': about('case', { linkId: id, linkedCaseId: id }),
  'case.link_removed': about('case', { linkId: id, linkedCaseId: id }),
  'case.links_read': about('case', { linkIds: ids, count }),
  'case.lead_candidates_read': about('case', { userIds: ids }),
  'case.break_glass': about('case', { grantId: id, expiresAt: instant }),
  /** The reference number asked for, which named no case. */
  'case.break_glass_refused': about(null, { reference: caseReference }),
  'break_glass.list': about(null, { grantIds: ids, total: count, page }),
  'checklist_item.create': about('checklist_item', { phase }),
  'checklist_item.change': about('checklist_item', { phase, fields: fieldNames }),

  'person.update': about('case', { personId: id, fields: fieldNames }),
  'identity.read': about('case', { personId: id, exists: flag, fields: z.array(z.enum(identityFields)), addressHidden: flag }),
  'identity.update': about('case', { personId: id, created: flag, fields: z.array(z.enum(identityFields)) }),
  /** The possible duplicates shown to the caller (only cases in their scope), on the case page or after an identity change. */
  'duplicates.read': about('case', { caseIds: ids, count }),
  /** A possible duplicate decided; written on both cases. */
  'duplicates.same_person': about('case', { decisionId: id, otherCaseId: id, linked: flag }),
  'duplicates.not_same': about('case', { decisionId: id, otherCaseId: id }),

  /** The case's team page, or the organisations its contacts may be picked from. */
  'team.read': aboutEither('case', [{ legalBases: count, members: count, removed: count }, { participants: count }]),
  'team.legal_basis_recorded': about('case', { legalBasisId: id, organisationId: id, kind: z.enum(legalBasisKinds) }),
  'team.consent_withdrawn': about('case', { legalBasisId: id, organisationId: id }),
  'team.member_added': about('case', { memberId: id, organisationId: id, legalBasisId: id, contactUserIds: ids }),
  'team.member_changed': about('case', { memberId: id, organisationId: id, legalBasisId: id.optional(), contactUserIds: ids.optional() }),
  'team.member_removed': about('case', { memberId: id, organisationId: id }),

  'journal.read': about('case', { entryIds: ids, count, idempotentReplay }),
  'journal.create': about('case', { entryId: id }),
  'journal.correct': about('case', { entryId: id, version }),
  'journal.revisions_read': about('case', { entryId: id, revisionIds: ids, count }),

  'task.list': about('case', { taskIds: ids, count, idempotentReplay }),
  'task.create': about('case', { taskId: id }),
  'task.update': about('case', { taskId: id, fields: fieldNames }),

  'measure.list': about('case', { measureIds: ids, idempotentReplay }),
  'measure.create': about('case', { measureId: id }),
  'measure.update': about('case', { measureId: id, changed: fieldNames }),

  'document.list': about('case', { documentIds: ids, idempotentReplay }),
  'document.upload': about('case', { documentId: id, sizeBytes: count, mediaType }),
  'document.download': about('case', { documentId: id }),
  /** A file whose content is not an allowed type; detectedType is null when nothing was recognised. */
  'document.refused': about('case', { sizeBytes: count, detectedType: mediaType.nullable() }),

  'deadline.list': about('case', { count }),
} as const;
