import type { Dictionary } from './sv.ts';
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


/** English. Typed as the Swedish dictionary's keys: a missing or extra key fails to compile. */
export const en: Dictionary = {
  'app.name': 'Samverka',
  'app.skipLink': 'Skip to main content',
  'app.demoBanner': 'Demo mode – fictional data',
  'app.demoBannerLabel': 'Demo mode',
  'app.footer': 'Samverka {version} – the support process against prostitution and human trafficking',
  'app.loading': 'Loading …',
  'app.unavailableTitle': 'Samverka cannot be reached right now',
  'app.serverUnavailable': 'Samverka could not be reached. Check your connection and try again.',
  'app.genericError': 'Something went wrong. Please try again in a moment.',
  'app.tryAgain': 'Try again',
  'app.forbidden': 'Your role does not give access to this.',
  'app.titleSuffix': 'Samverka',

  'nav.label': 'Main menu',
  'nav.cases': 'Cases',
  'header.signedInAs': 'Signed in as',
  'header.signOut': 'Sign out',
  'lang.switchTo': 'Svenska',
  'lang.switchToCode': 'sv',
  'lang.switchLabel': 'Byt språk till svenska',

  'form.errorSummaryTitle': 'There is a problem',
  'form.errorPrefix': 'Error:',
  'form.yes': 'Yes',
  'form.no': 'No',
  'form.sending': 'Sending …',
  'form.invalidField': 'The value was not accepted',

  'signIn.title': 'Sign in',
  'signIn.intro': 'Sign in with your Samverka account.',
  'signIn.email': 'Email address',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.failed': 'The email address or password is not correct. Try again.',
  'signIn.throttled': 'Too many sign-in attempts. Wait a while and try again.',
  'signIn.emailRequired': 'Enter your email address',
  'signIn.passwordRequired': 'Enter your password',
  'signIn.expired': 'You have been signed out. Sign in again to continue.',
  'signIn.signedOut': 'You are signed out.',
  'signIn.needsSetup':
    'Samverka has no administrator yet. Open the setup link that the server printed when it started.',
  'signIn.demoHint': 'Demo mode has fictional accounts. Their sign-in details were printed when the server started.',
  'sso.title': 'Sign in through your organisation',
  'sso.intro': 'Does your organisation have its own sign-in? Then you can sign in with your account there.',
  'sso.signInWith': 'Sign in through {organisation}',
  'sso.failed':
    'Signing in through your organisation did not work. Try again, or sign in with your email address and password. Contact your administrator if it keeps failing.',

  'setup.title': 'Create the first administrator',
  'setup.intro': 'Samverka is new on this server. Create the organisation and the first administrator’s account.',
  'setup.organisationName': 'Organisation name',
  'setup.name': 'Your name',
  'setup.email': 'Email address',
  'setup.password': 'Password',
  'setup.passwordHint': 'At least {min} characters. A long phrase is easier to remember and harder to guess.',
  'setup.passwordConfirmation': 'Repeat the password',
  'setup.submit': 'Create administrator',
  'setup.noToken': 'The link has no setup code. Open the whole setup link that the server printed when it started.',
  'setup.tokenInvalid': 'The setup link is invalid or has expired. Restart the server to get a new link.',
  'setup.alreadyDone': 'Samverka already has an administrator.',
  'setup.done': 'The administrator has been created. You can now sign in.',
  'setup.goToSignIn': 'Go to sign in',
  'setup.errors.organisationNameRequired': 'Enter the organisation’s name',
  'setup.errors.organisationNameTooLong': 'The organisation’s name must be {max} characters or fewer',
  'setup.errors.nameRequired': 'Enter your name',
  'setup.errors.nameTooLong': 'The name must be {max} characters or fewer',
  'setup.errors.emailRequired': 'Enter your email address',
  'setup.errors.emailInvalid': 'Enter an email address in the correct format, like name@example.com',
  'setup.errors.passwordTooShort': 'The password must be at least {min} characters',
  'setup.errors.passwordTooLong': 'The password must be {max} characters or fewer',
  'setup.errors.passwordMismatch': 'The passwords do not match',

  'caseList.title': 'Cases',
  'caseList.caption': 'Cases, sorted by {column} ({order})',
  'caseList.new': 'New case',
  'caseList.empty': 'There are no cases that you are allowed to see.',
  'caseList.emptyPage': 'There are no cases on this page.',
  'caseList.firstPage': 'Go to the first page',
  'caseList.total.one': '{count} case',
  'caseList.total.other': '{count} cases',
  'caseList.totalAtLeast': 'At least {count} cases',
  'caseList.sortAscending': 'ascending',
  'caseList.sortDescending': 'descending',
  'caseList.sortBy': 'Sort by {column}',
  'caseList.col.reference': 'Case number',
  'caseList.col.codeName': 'Code name',
  'caseList.col.region': 'Police region',
  'caseList.col.municipality': 'Municipality',
  'caseList.col.phase': 'Phase',
  'caseList.col.forms': 'Forms of exploitation',
  'caseList.col.child': 'Child',
  'caseList.col.createdAt': 'Created',
  'caseList.tableRegion': 'Case table',

  'pagination.label': 'Pages',
  'pagination.previous': 'Previous page',
  'pagination.next': 'Next page',
  'pagination.status': 'Page {page} of {pages}',
  'pagination.statusAtLeast': 'Page {page} of at least {pages}',

  'caseNew.title': 'New case',
  'caseNew.intro': 'Register a case for an exposed person. Details that could identify the person do not belong here.',
  'caseNew.municipality': 'Municipality where the person is',
  'caseNew.municipalityHint': 'The municipality decides which police region coordinates the case.',
  'caseNew.municipalityChoose': 'Choose a municipality',
  'caseNew.routesTo': 'The case is coordinated by {region} ({county}).',
  'caseNew.forms': 'Forms of exploitation',
  'caseNew.formsHint': 'Select all that apply. Select “Unknown” if it cannot be said yet.',
  'caseNew.codeName': 'Code name for the exposed person',
  'caseNew.codeNameHint':
    'A made-up name the team knows the person by. Never write the person’s real name. At most {max} characters.',
  'caseNew.isChild': 'Is the person a child (under 18)?',
  'caseNew.isChildHint': 'Answer yes if there is reason to believe the person is under 18.',
  'caseNew.submit': 'Create case',
  'caseNew.cancel': 'Cancel',
  'caseNew.forbidden': 'You are not allowed to create cases.',
  'caseNew.geographyError': 'The list of municipalities could not be loaded.',
  'caseNew.errors.municipality': 'Choose the municipality where the person is',
  'caseNew.errors.forms': 'Select at least one form of exploitation, or “Unknown”',
  'caseNew.errors.codeNameRequired': 'Enter a code name',
  'caseNew.errors.codeNameTooLong': 'The code name must be {max} characters or fewer',
  'caseNew.errors.codeNameInvalid': 'The code name was not accepted. Choose another code name.',
  'caseNew.errors.isChild': 'Answer whether the person is a child',

  'caseView.title': 'Case {reference}',
  'caseView.loadingTitle': 'Case',
  'caseView.notFoundTitle': 'The case cannot be shown',
  'caseView.notFound':
    'The case does not exist, or you are not allowed to see it. Check the link or the case number.',
  'caseView.backToList': 'Back to the case list',
  'caseView.created': 'The case has been created.',
  'caseView.summary': 'Summary',
  'caseView.codeName': 'Code name',
  'caseView.phase': 'Phase',
  'caseView.region': 'Police region',
  'caseView.county': 'County',
  'caseView.municipality': 'Municipality',
  'caseView.forms': 'Forms of exploitation',
  'caseView.child': 'Child',
  'caseView.lead': 'Lead coordinator',
  'caseView.noLead': 'Not assigned yet',
  'caseView.createdBy': 'Created by',
  'caseView.createdByValue': '{name}, {organisation}',
  'caseView.createdAt': 'Created',
  'caseView.updatedAt': 'Last changed',

  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. Check the address or go to the start page.',
  'notFound.home': 'Go to the start page',

  'region.label': 'Police region {name}',

  'phase.suspicion': 'Suspicion',
  'phase.assessment': 'Assessment',
  'phase.protection': 'Protection and support',
  'phase.legal': 'Legal proceedings',
  'phase.long_term': 'Long-term solution',
  'phase.closed': 'Closed',

  'form.sexual_purposes': 'Trafficking for sexual purposes',
  'form.prostitution': 'Prostitution (without trafficking)',
  'form.forced_labour': 'Forced labour',
  'form.begging': 'Begging',
  'form.criminal_activity': 'Criminal activity',
  'form.organ_removal': 'Organ removal',
  'form.military_service': 'Military service',
  'form.other_distress': 'Other activity in a situation of distress',
  'form.unknown': 'Unknown',

  'role.national_coordinator': 'National coordinator',
  'role.regional_coordinator': 'Regional coordinator',
  'role.case_worker': 'Case worker',
  'role.support_line_operator': 'Support line operator',
  'role.return_officer': 'Return officer (IOM)',
  'role.trainer': 'Trainer',
  'role.analyst': 'Analyst',
  'role.auditor': 'Auditor',
  'role.org_admin': 'Organisation administrator',
  'role.system_admin': 'System administrator',


  'nav.admin': 'Administration',

  // Sign-in second factor, enrolment, invitation acceptance and my account.
  'header.account': 'My account',
  'signIn.codeIntro': 'Open your authenticator app and type the code it shows for Samverka.',
  'signIn.code': 'Code from the authenticator app',
  'signIn.codeHint': '6 digits',
  'signIn.recoveryCode': 'Recovery code',
  'signIn.recoveryCodeHint': 'One of the ten codes you got when you created your account. Each code works once.',
  'signIn.useRecoveryCode': 'Use a recovery code instead',
  'signIn.useAuthenticator': 'Use the code from the app instead',
  'signIn.codeRequired': 'Enter the code',
  'signIn.codeSubmit': 'Continue',
  'signIn.startOver': 'Start over',
  'signIn.codeFailed': 'The code is wrong, or the sign-in has expired. Try again or start over.',
  'setup.enrolIntro': 'Next step: add a second factor. Every sign-in needs it.',
  'invitation.title': 'Invitation to Samverka',
  'invitation.noToken': 'The link has no invitation code. Open the whole link from the e-mail.',
  'invitation.invalid': 'The invitation is invalid, already used, withdrawn or expired. Ask the person who invited you for a new one.',
  'invitation.summary': '{name}, you are invited to {organisation} with the roles {roles}.',
  'invitation.emailLabel': 'Your account',
  'invitation.newIntro': 'Choose a password. Then you add a second factor.',
  'invitation.existingIntro': 'You already have an account with this e-mail address. Confirm with your password and a code from the app to join.',
  'invitation.continue': 'Continue',
  'invitation.join': 'Join',
  'invitation.password': 'Password',
  'invitation.code': 'Code from the app, or a recovery code',
  'invitation.wrongCredentials': 'The password or code is wrong.',
  'invitation.done': 'Done! You are now a member of {organisation}.',
  'invitation.goToSignIn': 'Go to sign-in',
  ...person.en,
  ...cooperation.en,
  ...supportProcess.en,
  ...team.en,
  ...journal.en,
  ...measures.en,
  ...deadlines.en,
  ...casework.en,
  ...intake.en,
  ...consultations.en,
  ...calls.en,
  ...trainings.en,
  ...materials.en,
  ...trainingRegistration.en,
  ...dashboard.en,
  ...statistics.en,
  ...roleRules.en,
  ...admin.en,
  ...account.en,
  ...caseEdit.en,
  ...exportTexts.en,
  ...htcdsExport.en,
  ...registerExtract.en,
  ...returns.en,
  ...duplicates.en,
  ...retention.en,
};
