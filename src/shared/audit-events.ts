/** Every kind of audit event, with the kind of record it is about. Checked on write. */
export const auditEventCatalogue = {
  'setup.completed': 'user',
  'auth.sign_in': 'user',
  'auth.sign_in_failed': null,
  'auth.sign_out': 'user',
  'auth.sso_sign_in': 'user',
  'auth.sso_sign_in_failed': null,
  'case.create': 'case',
  'case.read': 'case',
  'case.list': null,
  'organisation.change': 'organisation',
  'people.list': 'organisation',
  'people.read': 'user',
  'membership.roles_changed': 'user',
  'user.deactivated': 'user',
  'user.reactivated': 'user',
  'session.revoked': 'user',
  'account.reauthenticated': 'user',
  'account.password_changed': 'user',
  'account.second_factor_reset': 'user',
  'account.recovery_codes_renewed': 'user',
  'auth.recovery_code_used': 'user',
  'invitation.list': 'organisation',
  'invitation.created': 'invitation',
  'invitation.resent': 'invitation',
  'invitation.revoked': 'invitation',
  'invitation.accepted': 'invitation',
} as const satisfies Record<string, 'user' | 'case' | 'organisation' | 'invitation' | null>;

export type AuditAction = keyof typeof auditEventCatalogue;
export const auditActions = Object.keys(auditEventCatalogue) as AuditAction[];
