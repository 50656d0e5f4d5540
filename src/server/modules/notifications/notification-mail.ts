import type { AccountNotificationKind, NotificationKind, WorkNotificationKind } from '../../../shared/enums.ts';

/** The kinds about a case or a consultation, with a reference number and a date. */
export type DeadlineNotificationKind = Exclude<NotificationKind, AccountNotificationKind | WorkNotificationKind>;
import type { MailMessage } from '../../platform/mail.ts';
import { calendarDaysBetween as daysBetween } from '../../../shared/working-days.ts';

export interface ReminderMail {
  to: string;
  kind: DeadlineNotificationKind;
  caseId: string;
  caseReference: string;
  dueOn: string;
  /** Today in Sweden, when the message is sent; the wording counts days from it. */
  today: string;
  publicUrl: string;
}

export type Language = 'sv' | 'en';

const dateFormats: Record<Language, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** A calendar date in words: "12 december 2026", "12 December 2026". */
function formatDate(language: Language, date: string): string {
  return dateFormats[language].format(new Date(`${date}T00:00:00Z`));
}

/** "in 7 days" and its kin, counted from today; past dates are for the sentence to word. */
function relative(language: Language, days: number): string {
  if (language === 'sv') return days === 1 ? 'i morgon' : days === 0 ? 'i dag' : `om ${days} dagar`;
  return days === 1 ? 'tomorrow' : days === 0 ? 'today' : `in ${days} days`;
}

/** The sentence saying what the reminder is about, with the reference number and the date. */
export function reminderSentence(language: Language, kind: DeadlineNotificationKind, reference: string, dueOn: string, today: string): string {
  const date = formatDate(language, dueOn);
  const days = daysBetween(today, dueOn);
  const when = `${relative(language, days)} (${date})`;
  const sv = language === 'sv';
  switch (kind) {
    case 'task_due':
    case 'task_overdue':
      if (days >= 0) return sv ? `En uppgift i ärende ${reference} ska vara klar ${when}.` : `A task in case ${reference} is due ${when}.`;
      return sv
        ? `En uppgift i ärende ${reference} är försenad. Den skulle ha varit klar ${date}.`
        : `A task in case ${reference} is overdue. It was due on ${date}.`;
    case 'reflection_period_ending':
    case 'reflection_period_ended':
      if (days >= 0) return sv ? `Betänketiden i ärende ${reference} löper ut ${when}.` : `The reflection period in case ${reference} ends ${when}.`;
      return sv ? `Betänketiden i ärende ${reference} löpte ut ${date}.` : `The reflection period in case ${reference} ended on ${date}.`;
    case 'residence_permit_expiring':
      if (days >= 0) {
        return sv
          ? `Det tillfälliga uppehållstillståndet i ärende ${reference} löper ut ${when}.`
          : `The temporary residence permit in case ${reference} expires ${when}.`;
      }
      return sv
        ? `Det tillfälliga uppehållstillståndet i ärende ${reference} löpte ut ${date}.`
        : `The temporary residence permit in case ${reference} expired on ${date}.`;
    case 'return_referred':
      return sv ? `Personen i ärende ${reference} har hänvisats till återvändandeprogrammet (IOM).` : `The person in case ${reference} has been referred to the return programme (IOM).`;
    case 'return_approved':
      return sv ? `Ansökan om återvändande i ärende ${reference} har beviljats.` : `The return application in case ${reference} has been approved.`;
    case 'return_declined':
      return sv ? `Ansökan om återvändande i ärende ${reference} har avslagits.` : `The return application in case ${reference} has been declined.`;
    case 'return_assigned':
      return sv ? `Återvändandet i ärende ${reference} har lämnats till IOM.` : `The return in case ${reference} has been handed to IOM.`;
    case 'return_journey_planned':
      return sv ? `Resan i ärende ${reference} är planerad till ${date}.` : `The journey in case ${reference} is planned for ${date}.`;
    case 'return_arrived':
      return sv ? `Personen i ärende ${reference} kom fram ${date}.` : `The person in case ${reference} arrived on ${date}.`;
    case 'return_plan_recorded':
      return sv ? `Återintegreringsplanen i ärende ${reference} är registrerad.` : `The reintegration plan in case ${reference} has been recorded.`;
    case 'return_follow_up_recorded':
      return sv ? `En uppföljning av återvändandet i ärende ${reference} är registrerad.` : `A follow-up of the return in case ${reference} has been recorded.`;
    case 'return_withdrawn':
      return sv ? `Ansökan om återvändande i ärende ${reference} har återkallats.` : `The return application in case ${reference} has been withdrawn.`;
    case 'return_ended':
      return sv ? `Deltagandet i återvändandeprogrammet i ärende ${reference} har avslutats i förtid.` : `The participation in the return programme in case ${reference} has been ended early.`;
    case 'return_plan_due':
      return sv ? `Återintegreringsplanen i ärende ${reference} ska vara klar ${when}.` : `The reintegration plan in case ${reference} is due ${when}.`;
    case 'return_follow_up_due':
      return sv ? `En uppföljning av återvändandet i ärende ${reference} ska göras ${when}.` : `A follow-up of the return in case ${reference} is due ${when}.`;
    case 'consultation_new':
      return sv
        ? `Ett nytt metodstödsärende, ${reference}, har kommit in i din region. Det ska få ett första svar senast ${date}.`
        : `A new method support request, ${reference}, has come in to your region. It is to have a first response by ${date}.`;
    case 'consultation_overdue':
      return sv
        ? `Metodstödsärende ${reference} har inte fått något första svar. Svaret skulle ha lämnats senast ${date}.`
        : `Method support request ${reference} has not had a first response. It was due by ${date}.`;
    case 'duplicate_same_person':
      return sv
        ? `Ärende ${reference} har kopplats till ett annat ärende om samma person (${date}).`
        : `Case ${reference} has been linked to another case about the same person (${date}).`;
    case 'duplicate_not_same':
      return sv
        ? `En möjlig dubblett till ärende ${reference} har bedömts inte vara samma person (${date}).`
        : `A possible duplicate of case ${reference} has been judged not to be the same person (${date}).`;
  }
}

/**
 * The reminder e-mail, Swedish first and English below. It holds no personal data: the kind of
 * reminder, the case's reference number, the date and a link to the case, which asks the reader
 * to sign in. The subject says only that it is a reminder, since subjects show on lock screens.
 */
export function reminderMessage(mail: ReminderMail): MailMessage {
  return {
    to: mail.to,
    subject: 'Påminnelse från Samverka / Reminder from Samverka',
    text: bilingualText(`${mail.publicUrl}/cases/${mail.caseId}`, (language) => {
      const sv = language === 'sv';
      return {
        lines: [reminderSentence(language, mail.kind, mail.caseReference, mail.dueOn, mail.today)],
        open: sv ? 'Öppna ärendet i Samverka (du behöver logga in):' : 'Open the case in Samverka (you will need to sign in):',
        why: sv
          ? 'Du får påminnelsen för att du är ansvarig för uppgiften eller samordnar ärendet.'
          : 'You receive this reminder because you are responsible for the task or coordinate the case.',
      };
    }),
  };
}

/** The body of every e-mail: what happened, a link that asks the reader to sign in, and why they got it; Swedish first. */
export function bilingualText(link: string, part: (language: Language) => { lines: string[]; open: string; why: string }): string {
  const section = (language: Language, greeting: string, noReply: string) => {
    const { lines, open, why } = part(language);
    return [greeting, '', ...lines, '', open, link, '', why, noReply, ''];
  };
  return [
    ...section('sv', 'Hej!', 'Meddelandet går inte att svara på.'),
    '----',
    '',
    ...section('en', 'Hello,', 'Replies to this message are not read.'),
  ].join('\n');
}

export interface ConsultationMail {
  to: string;
  kind: 'consultation_new' | 'consultation_overdue';
  consultationId: string;
  /** MS-YYYY-NNNNNN. */
  reference: string;
  /** The police region's name. */
  regionName: string;
  /** The first-response deadline, a Swedish calendar date. */
  dueOn: string;
  today: string;
  publicUrl: string;
}

/**
 * A coordinator's e-mail about a consultation in their region, Swedish first and English below.
 * It holds no personal data: the kind of message, the reference number, the region, the
 * first-response date and a link that asks the reader to sign in. Never the description, the
 * municipality or who asked.
 */
export function consultationMessage(mail: ConsultationMail): MailMessage {
  const isNew = mail.kind === 'consultation_new';
  return {
    to: mail.to,
    subject: isNew ? 'Nytt metodstödsärende i Samverka / New request in Samverka' : 'Påminnelse från Samverka / Reminder from Samverka',
    text: bilingualText(`${mail.publicUrl}/consultations/${mail.consultationId}`, (language) => {
      const sv = language === 'sv';
      return {
        lines: [reminderSentence(language, mail.kind, mail.reference, mail.dueOn, mail.today), `Region: ${mail.regionName}`],
        open: sv ? 'Öppna metodstödsärendet i Samverka (du behöver logga in):' : 'Open the request in Samverka (you will need to sign in):',
        why: sv
          ? 'Du får meddelandet för att du är regional samordnare i regionen.'
          : 'You receive this message because you are a regional coordinator in the region.',
      };
    }),
  };
}
