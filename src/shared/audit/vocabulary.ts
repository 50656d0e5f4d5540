import { z } from 'zod';
import { roles } from '../enums.ts';
import { containsPersonalNumber } from '../personal-number-in-text.ts';
import { roleChangeRefusals } from '../role-rules.ts';

/**
 * The words audit details are made of: ids, counts, versions, flags, enums and short machine
 * codes. None of them takes free text, a name or identity data, so such a value cannot be written
 * into the audit log by mistake (DESIGN.md §6: the log holds ids and counts only).
 */

/** The kind of record an audit event is about; null for events about no one record. */
export type AuditSubjectType = 'user' | 'case' | 'organisation' | 'invitation' | 'role_request' | 'checklist_item' | 'consultation' | 'call' | 'training' | 'training_registration' | 'material' | 'export' | null;

export const id = z.uuid();
export const ids = z.array(id);
/** A count, total or size: a non-negative whole number. */
export const count = z.int().nonnegative();
/** A page of a list, from 1. */
export const page = z.int().positive();
/** A record's version after the change (versions start at 1). */
export const version = z.int().positive();
export const flag = z.boolean();
export const role = z.enum(roles);
export const roleList = z.array(role);
export const refusal = z.enum(roleChangeRefusals);
/** What a second administrator was doing when the separation-of-duties rule refused. */
export const decision = z.enum(['approve', 'reject']);
/** The name of a field of a record or an input (`riskLevel`, `person.codeName`): never its value. */
export const fieldName = z.string().regex(/^[a-zA-Z_.]{1,64}$/);
export const fieldNames = z.array(fieldName);
/** A hex SHA-256 (an audit chain's head hash), or empty for a chain with no events. */
export const sha256Hex = z.string().regex(/^(?:[0-9a-f]{64})?$/);
/** A moment, as toISOString() writes it. */
export const instant = z.iso.datetime();
/** A calendar date, YYYY-MM-DD. */
export const calendarDate = z.iso.date();
/** A case reference number, NMT-YYYY-NNNNNN. */
export const caseReference = z.string().regex(/^NMT-\d{4}-\d{6}$/);
/** A media type as content sniffing names it (application/pdf). */
export const mediaType = z.string().regex(/^[a-z0-9][a-z0-9.+-]{0,62}\/[a-z0-9][a-z0-9.+-]{0,62}$/);
/** An encryption key's id, as the keyring accepts it (k1, k2, …): chosen by the operator, so never one shaped like a personal number. */
export const keyId = z
  .string()
  .regex(/^[\w-]{1,32}$/)
  .refine((value) => !containsPersonalNumber(value));

/** One kind of audit event: what it is about, and the only details it may carry. */
export interface AuditEventSpec<S extends AuditSubjectType = AuditSubjectType, D extends z.ZodType = z.ZodType> {
  subject: S;
  details: D;
}

/** An event whose details are exactly these keys (unknown keys are refused). */
export function about<const S extends AuditSubjectType, const Shape extends z.ZodRawShape>(
  subject: S,
  shape: Shape,
): AuditEventSpec<S, z.ZodObject<Shape, z.core.$strict>> {
  return { subject, details: z.strictObject(shape) };
}

/** An event written in two (or more) shapes by different call sites: its details are one of them. */
export function aboutEither<const S extends AuditSubjectType, const Shapes extends readonly [z.ZodRawShape, z.ZodRawShape, ...z.ZodRawShape[]]>(
  subject: S,
  shapes: Shapes,
): AuditEventSpec<S, z.ZodUnion<{ -readonly [K in keyof Shapes]: z.ZodObject<Shapes[K], z.core.$strict> }>> {
  const options = shapes.map((shape) => z.strictObject(shape));
  return { subject, details: z.union(options) as never };
}
