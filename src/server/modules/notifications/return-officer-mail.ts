import type { ReturnNotificationKind } from '../../../shared/enums.ts';
import { returnNotificationKinds } from '../../../shared/enums.ts';
import type { MailMessage } from '../../platform/mail.ts';
import { type Language, bilingualText } from './notification-mail.ts';

export interface ReturnOfficerMail {
  to: string;
  kind: ReturnNotificationKind;
  /** The IOM organisation the application is assigned to. */
  organisationName: string;
  /** The return application (a step's), or the milestone (a reminder's): never the case. */
  subjectId: string;
  dueOn: string;
  publicUrl: string;
}

export function isReturnKind(kind: string): kind is ReturnNotificationKind {
  return (returnNotificationKinds as readonly string[]).includes(kind);
}

function sentence(language: Language, kind: ReturnNotificationKind, organisation: string, on: string): string {
  const sv = language === 'sv';
  const referral = sv ? `En hänvisning till ${organisation}` : `A referral to ${organisation}`;
  switch (kind) {
    case 'return_referred':
    case 'return_approved':
    case 'return_declined':
    case 'return_assigned':
      return sv ? `${organisation} har fått en hänvisning till återvändandeprogrammet.` : `${organisation} has received a referral to the return programme.`;
    case 'return_journey_planned':
      return sv ? `${referral}: resan är planerad till ${on}.` : `${referral}: the journey is planned for ${on}.`;
    case 'return_arrived':
      return sv ? `${referral}: personen kom fram ${on}.` : `${referral}: the person arrived on ${on}.`;
    case 'return_plan_recorded':
      return sv ? `${referral}: återintegreringsplanen är registrerad.` : `${referral}: the reintegration plan has been recorded.`;
    case 'return_follow_up_recorded':
      return sv ? `${referral}: en uppföljning är registrerad.` : `${referral}: a follow-up has been recorded.`;
    case 'return_withdrawn':
      return sv ? `${referral} har återkallats.` : `${referral} has been withdrawn.`;
    case 'return_ended':
      return sv ? `${referral}: deltagandet har avslutats i förtid. Återstående uppföljningar bevakas inte längre.` : `${referral}: the participation has been ended early. The remaining follow-ups are no longer watched.`;
    case 'return_plan_due':
      return sv ? `${referral}: återintegreringsplanen ska vara klar senast ${on}.` : `${referral}: the reintegration plan is due by ${on}.`;
    case 'return_follow_up_due':
      return sv ? `${referral}: en uppföljning ska göras senast ${on}.` : `${referral}: a follow-up is due by ${on}.`;
  }
}

/** A step links to its referral; a reminder (about a milestone) to the list, where overdue ones come first. */
function linkOf(mail: ReturnOfficerMail): string {
  const isReminder = mail.kind === 'return_plan_due' || mail.kind === 'return_follow_up_due';
  return isReminder ? `${mail.publicUrl}/returns` : `${mail.publicUrl}/returns/${mail.subjectId}`;
}

/**
 * The e-mail to an IOM organisation's return officer, Swedish first and English below. Like the
 * officer's in-app notification it names their organisation and the step, with a link to the
 * referral that asks them to sign in: never the case, its reference number or the person.
 * Dates are shown as YYYY-MM-DD.
 */
export function returnOfficerMessage(mail: ReturnOfficerMail): MailMessage {
  return {
    to: mail.to,
    subject: 'Samverka: återvändandeprogrammet / the return programme',
    text: bilingualText(linkOf(mail), (language) => {
      const sv = language === 'sv';
      return {
        lines: [sentence(language, mail.kind, mail.organisationName, mail.dueOn)],
        open: sv ? 'Öppna hänvisningen i Samverka (du behöver logga in):' : 'Open the referral in Samverka (you will need to sign in):',
        why: sv
          ? 'Du får meddelandet för att du är kontaktperson för återvändande i din organisation.'
          : 'You receive this message because you are a return officer of your organisation.',
      };
    }),
  };
}
