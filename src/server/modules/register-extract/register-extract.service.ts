import type { ExtractJsonInput, ExtractNote, ExtractPdfInput, ExtractSearchInput, ExtractSearchResult, RegisterExtract } from '../../../shared/schemas/register-extract.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Keyring } from '../../platform/crypto.ts';
import { passwordFieldError } from '../../platform/password-policy.ts';
import { badRequest, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { lookupKeys } from '../duplicates/duplicates.service.ts';
import { confirmSecondFactor } from '../exports/exports.service.ts';
import { buildExtract } from './extract-records.ts';
import { registerExtractPdf } from './register-extract-pdf.ts';
import { accessesOf, encryptedNamesOf, matchesOf, personRecords, personsWithKeys } from './register-extract.queries.ts';

/**
 * A name compared as written, without the duplicates' sound rules: lower case, accents and
 * punctuation gone, parts in any order. Lindqvist and Lindkvist are two names here, so a
 * similar name of another person is never taken for this one.
 */
export function comparableName(fullName: string): string {
  return fullName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('sv-SE')
    .split(/[^\p{L}]+/u)
    .filter((part) => part.length > 0)
    .sort()
    .join(' ');
}

/**
 * The persons a search finds, through the keyed hashes of person_match_keys: a personal identity
 * number by its own hash (exact); a name by its phonetic hashes, then only those few candidates'
 * names are decrypted and compared exactly. No identity is scanned in plain text.
 */
async function findPersons(db: Db, keyring: Keyring, input: ExtractSearchInput): Promise<string[]> {
  if (input.by === 'personal_number') {
    return personsWithKeys(db, 'personal_number', lookupKeys(keyring, { personalNumber: input.personalNumber, fullName: null, documentNumber: null }));
  }
  const wanted = comparableName(input.fullName);
  if (wanted === '') return [];
  const candidates = await personsWithKeys(db, 'name', lookupKeys(keyring, { fullName: input.fullName, personalNumber: null, documentNumber: null }));
  const stored = await encryptedNamesOf(db, candidates);
  return stored.filter((row) => row.fullName !== null && comparableName(keyring.decrypt(row.fullName)) === wanted).map((row) => row.personId);
}

/** The search, audited with its kind and count only: never the number or the name searched for. */
export async function searchPersons(db: Db, keyring: Keyring, ctx: ActorContext, input: ExtractSearchInput): Promise<ExtractSearchResult> {
  const personIds = await findPersons(db, keyring, input);
  const persons = await matchesOf(db, personIds);
  await recordAudit(db, ctx, { action: 'extract.requested', details: { by: input.by, count: persons.length } });
  return { persons };
}

const alwaysNoted: ExtractNote[] = ['calls_without_identity', 'requester_not_subject', 'name_search_may_miss', 'third_parties'];

async function extractOf(db: Db, keyring: Keyring, unverifiedPersonId: string): Promise<RegisterExtract> {
  const rows = await personRecords(db, unverifiedPersonId);
  if (!rows) throw notFound('No such person.');
  const subjects = {
    case: rows.cases.map(({ theCase }) => theCase.id),
    consultation: rows.consultations.map((c) => c.id),
    call: rows.calls.map((c) => c.id),
  };
  const accesses = await accessesOf(db, subjects, rows.person.id);
  return buildExtract(keyring, rows, accesses, alwaysNoted);
}

/** The extract as JSON, after the second-factor code; its delivery audited. */
export async function deliverJson(db: Db, keyring: Keyring, ctx: ActorContext, unverifiedPersonId: string, input: ExtractJsonInput): Promise<RegisterExtract> {
  await confirmSecondFactor(db, keyring, ctx, input.code);
  const extract = await extractOf(db, keyring, unverifiedPersonId);
  await recordAudit(db, ctx, {
    action: 'extract.delivered',
    details: { personId: extract.personId, format: 'json', records: extract.records.length, protectedIdentity: extract.protectedIdentity.applies },
  });
  return extract;
}

/** The extract as a tagged PDF encrypted with the officer's password, after the code; audited. */
export async function deliverPdf(db: Db, keyring: Keyring, ctx: ActorContext, unverifiedPersonId: string, input: ExtractPdfInput): Promise<Buffer> {
  const refusal = passwordFieldError('password', input.password, { email: ctx.actor.email });
  if (refusal) throw badRequest('The password cannot be used.', [refusal]);
  await confirmSecondFactor(db, keyring, ctx, input.code);
  const extract = await extractOf(db, keyring, unverifiedPersonId);
  const pdf = await registerExtractPdf(extract, { password: input.password, language: input.language });
  await recordAudit(db, ctx, {
    action: 'extract.delivered',
    details: { personId: extract.personId, format: 'pdf', records: extract.records.length, protectedIdentity: extract.protectedIdentity.applies, language: input.language },
  });
  return pdf;
}
