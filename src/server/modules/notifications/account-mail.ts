import type { AccountNotificationKind } from '../../../shared/enums.ts';
import type { MailMessage } from '../../platform/mail.ts';
import { type Language, bilingualText } from './notification-mail.ts';

export interface AccountMail {
  to: string;
  kind: AccountNotificationKind;
  organisationId: string;
  organisationName: string;
  publicUrl: string;
}

function sentence(language: Language, kind: AccountNotificationKind, organisation: string): string {
  const sv = language === 'sv';
  switch (kind) {
    case 'roles_changed':
      return sv ? `Dina roller i ${organisation} har ändrats.` : `Your roles in ${organisation} have changed.`;
    case 'role_request_pending':
      return sv
        ? `En begäran om behörighet i ${organisation} väntar på att en andra administratör godkänner den.`
        : `A request for roles in ${organisation} is waiting for a second administrator to approve it.`;
    case 'role_request_approved':
      return sv ? `Behörigheten du begärde i ${organisation} har godkänts.` : `The roles you requested in ${organisation} have been approved.`;
    case 'role_request_rejected':
      return sv ? `Behörigheten du begärde i ${organisation} har avslagits.` : `The roles you requested in ${organisation} have been rejected.`;
  }
}

/**
 * An e-mail about roles, Swedish first and English below: what happened and in which
 * organisation, with a link that asks the reader to sign in. Never who asked or why.
 */
export function accountMessage(mail: AccountMail): MailMessage {
  const link = mail.kind === 'roles_changed' ? `${mail.publicUrl}/account` : `${mail.publicUrl}/admin/organisations/${mail.organisationId}`;
  return {
    to: mail.to,
    subject: 'Behörigheter i Samverka / Roles in Samverka',
    text: bilingualText(link, (language) => {
      const sv = language === 'sv';
      return {
        lines: [sentence(language, mail.kind, mail.organisationName)],
        open: sv ? 'Öppna Samverka (du behöver logga in):' : 'Open Samverka (you will need to sign in):',
        why: sv
          ? 'Du får meddelandet för att det gäller dina behörigheter eller för att du är administratör.'
          : 'You receive this message because it concerns your roles or because you are an administrator.',
      };
    }),
  };
}
