import type { z } from 'zod';
import { administrationEvents } from './audit/administration-events.ts';
import { caseEvents } from './audit/case-events.ts';
import { exportEvents } from './audit/export-events.ts';
import { cooperationEvents } from './audit/cooperation-events.ts';
import { methodSupportEvents } from './audit/method-support-events.ts';
import { returnEvents } from './audit/return-events.ts';
import { retentionEvents } from './audit/retention-events.ts';
import { signInEvents } from './audit/sign-in-events.ts';
import { trainingEvents } from './audit/training-events.ts';
import type { AuditSubjectType } from './audit/vocabulary.ts';

export type { AuditEventSpec, AuditSubjectType } from './audit/vocabulary.ts';

/**
 * Every kind of audit event: the kind of record it is about, and a strict Zod schema of its
 * details (ids, counts, versions, enums and field names only). Checked on write by recordAudit
 * (server/platform/audit.ts), and the types read the details back. The areas live in audit/.
 */
export const auditCatalogue = {
  ...signInEvents,
  ...caseEvents,
  ...cooperationEvents,
  ...methodSupportEvents,
  ...returnEvents,
  ...administrationEvents,
  ...trainingEvents,
  ...exportEvents,
  ...retentionEvents,
} as const;

type Catalogue = typeof auditCatalogue;
export type AuditAction = keyof Catalogue;
export const auditActions = Object.keys(auditCatalogue) as AuditAction[];

/** The kind of record an action is about (null: none). */
export type AuditSubjectOf<A extends AuditAction> = Catalogue[A]['subject'];
/** The details a call site writes for an action. */
export type AuditDetailsInput<A extends AuditAction> = z.input<Catalogue[A]['details']>;
/** The details of an action as stored and read back. */
export type AuditDetails<A extends AuditAction> = z.output<Catalogue[A]['details']>;

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
type ValueIn<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
/**
 * The details of any of several actions read together (a log over many kinds): every key any of
 * them writes, each optional, with the union of its types.
 */
export type AuditDetailsOfAny<A extends AuditAction> = { [K in KeysOfUnion<AuditDetails<A>>]?: ValueIn<AuditDetails<A>, K> };

/** Each action with the kind of record it is about. */
export const auditEventCatalogue = Object.fromEntries(auditActions.map((action) => [action, auditCatalogue[action].subject])) as {
  readonly [A in AuditAction]: AuditSubjectOf<A>;
};

export function auditSubjectOf(action: AuditAction): AuditSubjectType {
  return auditCatalogue[action].subject;
}

/** Where and why details were refused: keys and codes only, never a value. */
function describeIssues(issues: readonly z.core.$ZodIssue[], at: readonly PropertyKey[] = []): string[] {
  const described = issues.flatMap((issue) => {
    const path = [...at, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) return issue.errors.flatMap((branch) => describeIssues(branch, path));
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...path, key]) : [path];
    return paths.map((keys) => `${keys.map(String).join('.') || '(details)'}: ${issue.code}`);
  });
  return [...new Set(described)];
}

/**
 * The details of an action, checked against its schema. Details that do not fit are a
 * programming error: the Error names the action and the offending keys, never their values.
 */
export function checkAuditDetails<A extends AuditAction>(action: A, details: unknown): AuditDetails<A> {
  const checked = auditCatalogue[action].details.safeParse(details);
  if (!checked.success) throw new Error(`Audit event ${action}: details refused (${describeIssues(checked.error.issues).join('; ')})`);
  return checked.data as AuditDetails<A>;
}
