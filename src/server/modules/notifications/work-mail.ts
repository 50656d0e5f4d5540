import type { WorkNotificationKind } from '../../../shared/enums.ts';
import type { MailMessage } from '../../platform/mail.ts';
import { type Language, bilingualText } from './notification-mail.ts';

export interface WorkMail {
  to: string;
  kind: WorkNotificationKind;
  organisationName: string;
  publicUrl: string;
}

function sentence(language: Language, kind: WorkNotificationKind, organisation: string): string {
  const sv = language === 'sv';
  switch (kind) {
    case 'referral_received':
      return sv ? `${organisation} har fått en remiss som väntar på svar.` : `${organisation} has received a referral waiting for an answer.`;
    case 'referral_accepted':
      return sv ? `${organisation} har tagit emot din remiss.` : `${organisation} has accepted your referral.`;
    case 'referral_declined':
      return sv ? `${organisation} har avböjt din remiss.` : `${organisation} has declined your referral.`;
    case 'referral_revoked':
      return sv ? `En remiss till ${organisation} har återkallats.` : `A referral to ${organisation} has been revoked.`;
    case 'transfer_received':
      return sv ? `${organisation} har fått en begäran om att ta över ett ärende.` : `${organisation} has been asked to take over a case.`;
    case 'transfer_accepted':
      return sv ? `${organisation} har tagit över ärendet.` : `${organisation} has taken over the case.`;
    case 'transfer_declined':
      return sv ? `${organisation} har avböjt att ta över ärendet.` : `${organisation} has declined to take over the case.`;
    case 'approval_requested':
      return sv ? 'En åtgärd väntar på ditt godkännande.' : 'An action is waiting for your approval.';
    case 'approval_decided':
      return sv ? 'En åtgärd du begärde har prövats.' : 'An action you requested has been decided.';
    case 'approval_withdrawn':
      return sv ? 'En begäran om godkännande har dragits tillbaka och behöver inget beslut.' : 'A request for approval has been withdrawn and needs no decision.';
    case 'case_flag_raised':
      return sv ? 'En flagga har satts på ett ärende du leder.' : 'A flag has been raised on a case you lead.';
  }
}

function linkOf(kind: WorkNotificationKind, publicUrl: string): string {
  if (kind === 'referral_received' || kind === 'transfer_received') return `${publicUrl}/referrals`;
  if (kind === 'approval_requested') return `${publicUrl}/approvals`;
  return `${publicUrl}/notifications`;
}

/**
 * An e-mail about work between organisations, Swedish first and English below: what happened, to
 * or from which organisation, with a link that asks the reader to sign in. Never a case's content.
 */
export function workMessage(mail: WorkMail): MailMessage {
  return {
    to: mail.to,
    subject: 'Samverka: remisser och ärenden / referrals and cases',
    text: bilingualText(linkOf(mail.kind, mail.publicUrl), (language) => {
      const sv = language === 'sv';
      return {
        lines: [sentence(language, mail.kind, mail.organisationName)],
        open: sv ? 'Öppna Samverka (du behöver logga in):' : 'Open Samverka (you will need to sign in):',
        why: sv
          ? 'Du får meddelandet för att det gäller ditt arbete eller din organisation i Samverka.'
          : 'You receive this message because it concerns your work or your organisation in Samverka.',
      };
    }),
  };
}
