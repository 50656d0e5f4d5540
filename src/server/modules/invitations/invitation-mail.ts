import type { MailMessage } from '../../platform/mail.ts';

/** How long an invitation link stays valid. */
export const invitationHours = 72;

/** The one-time link; the token rides in the fragment, so it never reaches a server log or a Referer. */
export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl}/invitation#token=${token}`;
}

/**
 * The invitation e-mail, in Swedish and English since the invitee's language is not known. It
 * names only the organisation: nothing about cases, nor who invited them.
 */
export function invitationMessage(to: string, organisationName: string, link: string): MailMessage {
  return {
    to,
    subject: 'Inbjudan till Samverka / Invitation to Samverka',
    text: [
      'Hej!',
      '',
      `Du har bjudits in till Samverka för ${organisationName}. Öppna länken för att välja lösenord och`,
      'aktivera tvåstegsverifiering. Länken gäller i 72 timmar och kan användas en gång.',
      '',
      link,
      '',
      'Väntade du dig inte den här inbjudan kan du bortse från meddelandet.',
      '',
      '----',
      '',
      'Hello,',
      '',
      `You have been invited to Samverka for ${organisationName}. Open the link to choose a password and`,
      'set up two-step verification. The link is valid for 72 hours and can be used once.',
      '',
      link,
      '',
      'If you did not expect this invitation, you can ignore this message.',
      '',
    ].join('\n'),
  };
}
