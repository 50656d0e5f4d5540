import * as person from './areas/person.ts';
import * as supportProcess from './areas/support-process.ts';
import * as team from './areas/team.ts';
import * as journal from './areas/journal.ts';
import * as measures from './areas/measures.ts';
import * as deadlines from './areas/deadlines.ts';
import * as casework from './areas/casework.ts';
import * as intake from './areas/intake.ts';
import * as consultations from './areas/consultations.ts';
import * as calls from './areas/calls.ts';
import * as trainings from './areas/trainings.ts';
import * as materials from './areas/materials.ts';
import * as trainingRegistration from './areas/training-registration.ts';
import * as dashboard from './areas/dashboard.ts';
import * as statistics from './areas/statistics.ts';
import * as roleRules from './areas/roles.ts';
import * as admin from './areas/admin.ts';
import * as account from './areas/account.ts';
import * as caseEdit from './areas/case-edit.ts';
import * as exportTexts from './areas/exports.ts';
import * as htcdsExport from './areas/htcds-export.ts';
import * as registerExtract from './areas/register-extract.ts';
import * as returns from './areas/returns.ts';
import * as duplicates from './areas/duplicates.ts';
import * as cooperation from './areas/cooperation.ts';
import * as retention from './areas/retention.ts';

/**
 * Swedish, the default language. Every other dictionary is typed against this one, so a key
 * added here must be added there too. Placeholders look like {name}.
 */
export const sv = {
  'app.name': 'Samverka',
  'app.skipLink': 'Gå direkt till innehållet',
  'app.demoBanner': 'Demoläge – fiktiva uppgifter',
  'app.demoBannerLabel': 'Demoläge',
  'app.footer': 'Samverka {version} – stödprocessen mot prostitution och människohandel',
  'app.loading': 'Laddar …',
  'app.unavailableTitle': 'Samverka går inte att nå just nu',
  'app.serverUnavailable': 'Det gick inte att nå Samverka. Kontrollera anslutningen och försök igen.',
  'app.genericError': 'Något gick fel. Försök igen om en stund.',
  'app.tryAgain': 'Försök igen',
  'app.forbidden': 'Din roll ger inte tillgång till det här.',
  'app.titleSuffix': 'Samverka',

  'nav.label': 'Huvudmeny',
  'nav.cases': 'Ärenden',
  'header.signedInAs': 'Inloggad som',
  'header.signOut': 'Logga ut',
  'lang.switchTo': 'English',
  'lang.switchToCode': 'en',
  'lang.switchLabel': 'Change language to English',

  'form.errorSummaryTitle': 'Det finns problem',
  'form.errorPrefix': 'Fel:',
  'form.yes': 'Ja',
  'form.no': 'Nej',
  'form.sending': 'Skickar …',
  'form.invalidField': 'Värdet godtogs inte',

  'signIn.title': 'Logga in',
  'signIn.intro': 'Logga in med ditt konto i Samverka.',
  'signIn.email': 'E-postadress',
  'signIn.password': 'Lösenord',
  'signIn.submit': 'Logga in',
  'signIn.failed': 'E-postadressen eller lösenordet stämmer inte. Försök igen.',
  'signIn.throttled': 'För många inloggningsförsök. Vänta en stund och försök igen.',
  'signIn.emailRequired': 'Ange din e-postadress',
  'signIn.passwordRequired': 'Ange ditt lösenord',
  'signIn.expired': 'Du har blivit utloggad. Logga in igen för att fortsätta.',
  'signIn.signedOut': 'Du är utloggad.',
  'signIn.needsSetup':
    'Samverka har ingen administratör ännu. Öppna installationslänken som servern skrev ut när den startade.',
  'signIn.demoHint': 'Demoläget har fiktiva konton. Inloggningsuppgifterna skrevs ut när servern startade.',
  'sso.title': 'Logga in via din organisation',
  'sso.intro': 'Har din organisation egen inloggning? Då kan du logga in med ditt konto där.',
  'sso.signInWith': 'Logga in via {organisation}',
  'sso.failed':
    'Inloggningen via din organisation gick inte att genomföra. Försök igen, eller logga in med e-postadress och lösenord. Kontakta din administratör om det inte fungerar.',

  'setup.title': 'Skapa första administratören',
  'setup.intro':
    'Samverka är nytt på den här servern. Skapa organisationen och kontot för den första administratören.',
  'setup.organisationName': 'Organisationens namn',
  'setup.name': 'Ditt namn',
  'setup.email': 'E-postadress',
  'setup.password': 'Lösenord',
  'setup.passwordHint': 'Minst {min} tecken. En lång fras är lättare att komma ihåg och svårare att gissa.',
  'setup.passwordConfirmation': 'Upprepa lösenordet',
  'setup.submit': 'Skapa administratör',
  'setup.noToken':
    'Länken saknar installationskod. Öppna hela installationslänken som servern skrev ut när den startade.',
  'setup.tokenInvalid':
    'Installationslänken är ogiltig eller har gått ut. Starta om servern för att få en ny länk.',
  'setup.alreadyDone': 'Samverka har redan en administratör.',
  'setup.done': 'Administratören är skapad. Du kan nu logga in.',
  'setup.goToSignIn': 'Gå till inloggningen',
  'setup.errors.organisationNameRequired': 'Ange organisationens namn',
  'setup.errors.organisationNameTooLong': 'Organisationens namn får vara högst {max} tecken',
  'setup.errors.nameRequired': 'Ange ditt namn',
  'setup.errors.nameTooLong': 'Namnet får vara högst {max} tecken',
  'setup.errors.emailRequired': 'Ange din e-postadress',
  'setup.errors.emailInvalid': 'Ange en e-postadress i rätt format, till exempel namn@exempel.se',
  'setup.errors.passwordTooShort': 'Lösenordet måste ha minst {min} tecken',
  'setup.errors.passwordTooLong': 'Lösenordet får ha högst {max} tecken',
  'setup.errors.passwordMismatch': 'Lösenorden är inte lika',

  'caseList.title': 'Ärenden',
  'caseList.caption': 'Ärenden, sorterade efter {column} ({order})',
  'caseList.new': 'Nytt ärende',
  'caseList.empty': 'Det finns inga ärenden som du har behörighet att se.',
  'caseList.emptyPage': 'Det finns inga ärenden på den här sidan.',
  'caseList.firstPage': 'Gå till första sidan',
  'caseList.total.one': '{count} ärende',
  'caseList.total.other': '{count} ärenden',
  'caseList.totalAtLeast': 'Minst {count} ärenden',
  'caseList.sortAscending': 'stigande',
  'caseList.sortDescending': 'fallande',
  'caseList.sortBy': 'Sortera efter {column}',
  'caseList.col.reference': 'Ärendenummer',
  'caseList.col.codeName': 'Kodnamn',
  'caseList.col.region': 'Polisregion',
  'caseList.col.municipality': 'Kommun',
  'caseList.col.phase': 'Fas',
  'caseList.col.forms': 'Former av exploatering',
  'caseList.col.child': 'Barn',
  'caseList.col.createdAt': 'Skapat',
  'caseList.tableRegion': 'Ärendetabell',

  'pagination.label': 'Sidor',
  'pagination.previous': 'Föregående sida',
  'pagination.next': 'Nästa sida',
  'pagination.status': 'Sida {page} av {pages}',
  'pagination.statusAtLeast': 'Sida {page} av minst {pages}',

  'caseNew.title': 'Nytt ärende',
  'caseNew.intro':
    'Registrera ett ärende för en utsatt person. Uppgifter som kan identifiera personen hör inte hemma här.',
  'caseNew.municipality': 'Kommun där personen befinner sig',
  'caseNew.municipalityHint': 'Kommunen avgör vilken polisregion som samordnar ärendet.',
  'caseNew.municipalityChoose': 'Välj kommun',
  'caseNew.routesTo': 'Ärendet samordnas av {region} ({county}).',
  'caseNew.forms': 'Former av exploatering',
  'caseNew.formsHint': 'Välj alla som stämmer. Välj ”Okänt” om det inte går att säga ännu.',
  'caseNew.codeName': 'Kodnamn för den utsatta personen',
  'caseNew.codeNameHint':
    'Ett påhittat namn som teamet känner igen personen på. Skriv aldrig personens riktiga namn. Högst {max} tecken.',
  'caseNew.isChild': 'Är personen ett barn (under 18 år)?',
  'caseNew.isChildHint': 'Svara ja om det finns anledning att tro att personen är under 18 år.',
  'caseNew.submit': 'Skapa ärende',
  'caseNew.cancel': 'Avbryt',
  'caseNew.forbidden': 'Du har inte behörighet att skapa ärenden.',
  'caseNew.geographyError': 'Det gick inte att hämta listan över kommuner.',
  'caseNew.errors.municipality': 'Välj kommunen där personen befinner sig',
  'caseNew.errors.forms': 'Välj minst en form av exploatering, eller ”Okänt”',
  'caseNew.errors.codeNameRequired': 'Ange ett kodnamn',
  'caseNew.errors.codeNameTooLong': 'Kodnamnet får vara högst {max} tecken',
  'caseNew.errors.codeNameInvalid': 'Kodnamnet godtogs inte. Välj ett annat kodnamn.',
  'caseNew.errors.isChild': 'Svara om personen är ett barn',

  'caseView.title': 'Ärende {reference}',
  'caseView.loadingTitle': 'Ärende',
  'caseView.notFoundTitle': 'Ärendet kunde inte visas',
  'caseView.notFound':
    'Ärendet finns inte, eller så har du inte behörighet att se det. Kontrollera länken eller ärendenumret.',
  'caseView.backToList': 'Tillbaka till ärendelistan',
  'caseView.created': 'Ärendet är skapat.',
  'caseView.summary': 'Sammanfattning',
  'caseView.codeName': 'Kodnamn',
  'caseView.phase': 'Fas',
  'caseView.region': 'Polisregion',
  'caseView.county': 'Län',
  'caseView.municipality': 'Kommun',
  'caseView.forms': 'Former av exploatering',
  'caseView.child': 'Barn',
  'caseView.lead': 'Ansvarig samordnare',
  'caseView.noLead': 'Ingen utsedd ännu',
  'caseView.createdBy': 'Skapat av',
  'caseView.createdByValue': '{name}, {organisation}',
  'caseView.createdAt': 'Skapat',
  'caseView.updatedAt': 'Senast ändrat',

  'notFound.title': 'Sidan finns inte',
  'notFound.text': 'Det finns ingen sida på den här adressen. Kontrollera adressen eller gå till startsidan.',
  'notFound.home': 'Gå till startsidan',

  'region.label': 'Polisregion {name}',

  'phase.suspicion': 'Misstanke',
  'phase.assessment': 'Bedömning',
  'phase.protection': 'Skydd och stöd',
  'phase.legal': 'Rättsprocess',
  'phase.long_term': 'Långsiktig lösning',
  'phase.closed': 'Avslutad',

  'form.sexual_purposes': 'Människohandel för sexuella ändamål',
  'form.prostitution': 'Prostitution (utan människohandel)',
  'form.forced_labour': 'Tvångsarbete',
  'form.begging': 'Tiggeri',
  'form.criminal_activity': 'Brottslig verksamhet',
  'form.organ_removal': 'Avlägsnande av organ',
  'form.military_service': 'Krigstjänst',
  'form.other_distress': 'Annan verksamhet i nödläge',
  'form.unknown': 'Okänt',

  'role.national_coordinator': 'Nationell samordnare',
  'role.regional_coordinator': 'Regionkoordinator',
  'role.case_worker': 'Handläggare',
  'role.support_line_operator': 'Rådgivare på stödtelefonen',
  'role.return_officer': 'Handläggare för återvändande (IOM)',
  'role.trainer': 'Utbildare',
  'role.analyst': 'Analytiker',
  'role.auditor': 'Granskare',
  'role.org_admin': 'Organisationsadministratör',
  'role.system_admin': 'Systemadministratör',


  'nav.admin': 'Administration',

  // Sign-in second factor, enrolment, invitation acceptance and my account.
  'header.account': 'Mitt konto',
  'signIn.codeIntro': 'Öppna autentiseringsappen och skriv koden som visas för Samverka.',
  'signIn.code': 'Kod från autentiseringsappen',
  'signIn.codeHint': '6 siffror',
  'signIn.recoveryCode': 'Återställningskod',
  'signIn.recoveryCodeHint': 'En av de tio koder du fick när du skapade kontot. Varje kod fungerar en gång.',
  'signIn.useRecoveryCode': 'Använd en återställningskod i stället',
  'signIn.useAuthenticator': 'Använd koden från appen i stället',
  'signIn.codeRequired': 'Ange koden',
  'signIn.codeSubmit': 'Fortsätt',
  'signIn.startOver': 'Börja om',
  'signIn.codeFailed': 'Koden stämmer inte, eller så har inloggningen gått ut. Försök igen eller börja om.',
  'setup.enrolIntro': 'Nästa steg: lägg till en andra faktor. Den behövs för varje inloggning.',
  'invitation.title': 'Inbjudan till Samverka',
  'invitation.noToken': 'Länken saknar inbjudningskod. Öppna hela länken från e-postmeddelandet.',
  'invitation.invalid': 'Inbjudan är ogiltig, redan använd, återkallad eller har gått ut. Be den som bjöd in dig om en ny.',
  'invitation.summary': '{name}, du är inbjuden till {organisation} med rollerna {roles}.',
  'invitation.emailLabel': 'Ditt konto',
  'invitation.newIntro': 'Välj ett lösenord. Sedan lägger du till en andra faktor.',
  'invitation.existingIntro': 'Du har redan ett konto med den här e-postadressen. Bekräfta med ditt lösenord och en kod från appen för att gå med.',
  'invitation.continue': 'Fortsätt',
  'invitation.join': 'Gå med',
  'invitation.password': 'Lösenord',
  'invitation.code': 'Kod från appen eller återställningskod',
  'invitation.wrongCredentials': 'Lösenordet eller koden stämmer inte.',
  'invitation.done': 'Klart! Du är nu med i {organisation}.',
  'invitation.goToSignIn': 'Gå till inloggningen',
  ...person.sv,
  ...cooperation.sv,
  ...supportProcess.sv,
  ...team.sv,
  ...journal.sv,
  ...measures.sv,
  ...deadlines.sv,
  ...casework.sv,
  ...intake.sv,
  ...consultations.sv,
  ...calls.sv,
  ...trainings.sv,
  ...materials.sv,
  ...trainingRegistration.sv,
  ...dashboard.sv,
  ...statistics.sv,
  ...roleRules.sv,
  ...admin.sv,
  ...account.sv,
  ...caseEdit.sv,
  ...exportTexts.sv,
  ...htcdsExport.sv,
  ...registerExtract.sv,
  ...returns.sv,
  ...duplicates.sv,
  ...retention.sv,
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof sv;
export type Dictionary = Record<MessageKey, string>;

