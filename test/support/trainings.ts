import type { FastifyInstance } from 'fastify';
import type { RegistrationReceipt, RegistrationRequest, TrainingCreateRequest, TrainingItem } from '../../src/shared/schemas/trainings.ts';
import type { Keyring } from '../../src/server/platform/crypto.ts';
import { issuePublicFormToken } from '../../src/server/modules/intake/intake.service.ts';
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

export async function registerFor(
  app: FastifyInstance,
  trainingId: string,
  overrides: Partial<RegistrationRequest> = {},
): Promise<RegistrationReceipt> {
  const response = await app.inject({
    method: 'POST',
    url: `/api/public/trainings/${trainingId}/registrations`,
    payload: registrationForm(overrides),
    remoteAddress: freshRegistrantAddress(),
  });
  if (response.statusCode !== 201) throw new Error(`registerFor: ${response.statusCode} ${response.body}`);
  return response.json<RegistrationReceipt>();
}
