/** Every kind of audit event, with the kind of record it is about. Checked on write. */
export const auditEventCatalogue = {
  'setup.completed': 'user',
  'auth.sign_in': 'user',
  'auth.sign_in_failed': null,
  'auth.sign_out': 'user',
  'case.create': 'case',
  'case.read': 'case',
  'case.list': null,
} as const satisfies Record<string, 'user' | 'case' | null>;

export type AuditAction = keyof typeof auditEventCatalogue;
export const auditActions = Object.keys(auditEventCatalogue) as AuditAction[];
