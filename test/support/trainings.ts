import { randomBytes } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { RegistrationRequest, TrainingCreateRequest, TrainingItem } from '../../src/shared/schemas/trainings.ts';
import type { Db } from '../../src/server/db/client.ts';
import type { Keyring } from '../../src/server/platform/crypto.ts';
import { issuePublicFormToken } from '../../src/server/modules/intake/intake.service.ts';
import { tokenHashOf } from '../../src/server/modules/trainings/training-registration.service.ts';
import { trainingRegistrations } from '../../src/server/modules/trainings/trainings.schema.ts';
import { testKeyring } from './factories.ts';

const day = 24 * 60 * 60_000;
/** An instant `days` from now, as the API takes it. */
export const daysFromNow = (days: number) => new Date(Date.now() + days * day).toISOString();

/** A registration form token issued half a minute ago: past the minimum fill time. */
export const readyRegistrationToken = (keyring: Keyring = testKeyring) =>
  issuePublicFormToken(keyring, new Date(Date.now() - 30_000), 'training-registration');

/** A published on-site event in three weeks with room for `capacity`. */
export function trainingBody(overrides: Partial<TrainingCreateRequest> = {}): TrainingCreateRequest {
  return {
    title: 'Människohandel: att känna igen tecknen',
    description: 'Grundutbildning för socialtjänst och hälso- och sjukvård.',
    audiences: ['municipality', 'ngo'],
    format: 'on_site',
    place: 'Länsstyrelsen, Hamngatan 4, Göteborg',
    onlineUrl: null,
    startsAt: daysFromNow(21),
    endsAt: new Date(Date.parse(daysFromNow(21)) + 3 * 60 * 60_000).toISOString(),
    regionCode: 'vast',
    capacity: 20,
    registrationDeadline: daysFromNow(14),
    status: 'published',
    ...overrides,
  };
}

let registrantCounter = 0;
/** A professional's registration, each with its own address. */
export function registrationForm(overrides: Partial<RegistrationRequest> & Record<string, unknown> = {}): RegistrationRequest {
  const n = ++registrantCounter;
  return {
    name: `Kim Deltagare ${n}`,
    email: `deltagare${n}@kommun.example.se`,
    organisation: 'Socialtjänsten i Borås',
    organisationKind: 'municipality',
    needs: 'Vegetarisk kost',
    formToken: readyRegistrationToken(),
    website: '',
    ...overrides,
  };
}

export async function createTrainingAs(app: FastifyInstance, cookie: string, overrides: Partial<TrainingCreateRequest> = {}): Promise<TrainingItem> {
  const response = await app.inject({ method: 'POST', url: '/api/trainings', headers: { cookie }, payload: trainingBody(overrides) });
  if (response.statusCode !== 201) throw new Error(`createTrainingAs: ${response.statusCode} ${response.body}`);
  return response.json<TrainingItem>();
}

let addressCounter = 0;
/** Each registration its own client address, so the rate limit bites only where a test means it to. */
export const freshRegistrantAddress = () => `10.9.${Math.floor(++addressCounter / 250)}.${(addressCounter % 250) + 1}`;

/** What the registrant learns from their e-mail: the reference, the status and the token of their link. */
export interface TestRegistration {
  id: string;
  reference: string;
  status: 'confirmed' | 'waiting';
  cancelToken: string;
}

/**
 * Registers on the public form (answered 202 whatever happened) and returns what the e-mail tells
 * the registrant. The link's token is set afresh here, as the e-mail's cannot be read back.
 */
export async function registerFor(
  t: { app: FastifyInstance; db: Db },
  trainingId: string,
  overrides: Partial<RegistrationRequest> = {},
): Promise<TestRegistration> {
  const form = registrationForm(overrides);
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/public/trainings/${trainingId}/registrations`,
    payload: form,
    remoteAddress: freshRegistrantAddress(),
  });
  if (response.statusCode !== 202) throw new Error(`registerFor: ${response.statusCode} ${response.body}`);
  const [row] = await t.db
    .select()
    .from(trainingRegistrations)
    .where(and(eq(trainingRegistrations.trainingId, trainingId), eq(trainingRegistrations.email, form.email.toLowerCase()), ne(trainingRegistrations.status, 'cancelled')));
  if (!row) throw new Error('registerFor: no registration was made');
  const cancelToken = randomBytes(32).toString('base64url');
  await t.db.update(trainingRegistrations).set({ cancelTokenHash: tokenHashOf(cancelToken) }).where(eq(trainingRegistrations.id, row.id));
  return { id: row.id, reference: row.reference, status: row.status as TestRegistration['status'], cancelToken };
}
