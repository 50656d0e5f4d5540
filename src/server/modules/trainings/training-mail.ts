import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.ts';
import type { Keyring } from '../../platform/crypto.ts';
import type { MailMessage, Mailer } from '../../platform/mail.ts';

/** What the training services need beside the database: the mailer (null without SMTP), the keyring that seals queued e-mails, and the link base. */
export interface TrainingDeps {
  db: Db;
  mailer: Mailer | null;
  keyring: Keyring;
  publicUrl: string;
  log: FastifyBaseLogger;
}

export type TrainingMailKind = 'registered_confirmed' | 'registered_waiting' | 'already_registered' | 'promoted' | 'cancelled_by_organiser' | 'training_cancelled';

/** One e-mail to a registrant, sent after the change has committed. */
export interface TrainingMail {
  kind: TrainingMailKind;
  registrationId: string;
  to: string;
  reference: string;
  title: string;
  startsAt: Date;
  /** The registrant's token, for the link to their registration; only known when it was just made. */
  token: string | null;
}

/** Where a registrant sees (and may cancel) their registration: the token stays in the fragment, never sent to a server. */
export function registrationLink(publicUrl: string, token: string): string {
  return `${publicUrl}/training-events/registration#token=${token}`;
}

const when = (at: Date, locale: 'sv-SE' | 'en-GB') =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(at);

function sentence(language: 'sv' | 'en', mail: TrainingMail): string {
  const sv = language === 'sv';
  const event = `"${mail.title}" (${when(mail.startsAt, sv ? 'sv-SE' : 'en-GB')})`;
  switch (mail.kind) {
    case 'registered_confirmed':
      return sv ? `Du är anmäld till ${event}. Referens: ${mail.reference}.` : `You are registered for ${event}. Reference: ${mail.reference}.`;
    case 'registered_waiting':
      return sv
        ? `Utbildningen ${event} är fullbokad. Du står på väntelistan och får besked om en plats blir ledig. Referens: ${mail.reference}.`
        : `The training ${event} is full. You are on the waiting list and will be told if a seat comes free. Reference: ${mail.reference}.`;
    case 'already_registered':
      return sv
        ? `Någon (kanske du) försökte anmäla den här e-postadressen till ${event}, men den är redan anmäld. Ingen ny anmälan har gjorts. Referens: ${mail.reference}. Länken nedan ersätter tidigare länkar.`
        : `Someone (perhaps you) tried to register this e-mail address for ${event}, but it is already registered. No new registration was made. Reference: ${mail.reference}. The link below replaces earlier links.`;
    case 'promoted':
      return sv
        ? `En plats har blivit ledig: du är nu anmäld till ${event}. Referens: ${mail.reference}.`
        : `A seat has come free: you are now registered for ${event}. Reference: ${mail.reference}.`;
    case 'cancelled_by_organiser':
      return sv ? `Din anmälan ${mail.reference} till ${event} har avbokats av arrangören.` : `Your registration ${mail.reference} for ${event} was cancelled by the organiser.`;
    case 'training_cancelled':
      return sv ? `Utbildningen ${event} är inställd. Din anmälan ${mail.reference} gäller inte längre.` : `The training ${event} has been cancelled. Your registration ${mail.reference} no longer applies.`;
  }
}

export function trainingMessage(mail: TrainingMail, publicUrl: string): MailMessage {
  const link = mail.token ? registrationLink(publicUrl, mail.token) : null;
  const section = (language: 'sv' | 'en') => {
    const sv = language === 'sv';
    return [
      sv ? 'Hej!' : 'Hello,',
      '',
      sentence(language, mail),
      ...(link ? ['', sv ? 'Se eller avboka din anmälan:' : 'See or cancel your registration:', link] : []),
      '',
      sv ? 'Meddelandet går inte att svara på.' : 'Replies to this message are not read.',
      '',
    ];
  };
  return { to: mail.to, subject: 'Utbildning i Samverka / Training in Samverka', text: [...section('sv'), '----', '', ...section('en')].join('\n') };
}
