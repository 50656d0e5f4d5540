import type { FastifyInstance } from 'fastify';
import type { OrganisationType, PoliceRegion, Role } from '../../src/shared/enums.ts';
import type { CaseCreateRequest, CaseDetail } from '../../src/shared/schemas/cases.ts';
import type { Db } from '../../src/server/db/client.ts';
import { eq } from 'drizzle-orm';
import { memberships, organisations, users } from '../../src/server/db/schema/index.ts';
import { testConfig } from '../../src/server/config.ts';
import { Keyring } from '../../src/server/platform/crypto.ts';
import { hashPassword } from '../../src/server/platform/passwords.ts';
import { currentTotp } from '../../src/server/platform/totp.ts';

export const testPassword = 'correct horse battery staple';
/** Every test user's TOTP secret (base32, 160 bits); tests compute codes from it. */
export const testTotpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
/** The keyring of testConfig(), to store secrets the way the server reads them. */
export const testKeyring = new Keyring(testConfig().encryptionKey!);
/** Where each built user lives, so signInAs can let them sign in again within one TOTP step. */
const databaseOf = new Map<string, Db>();
let passwordHash: Promise<string> | undefined;
let counter = 0;

export async function buildOrganisation(
  db: Db,
  overrides: { name?: string; type?: OrganisationType; regionCode?: PoliceRegion | null } = {},
): Promise<string> {
  const [row] = await db
    .insert(organisations)
    .values({
      name: overrides.name ?? `Organisation ${++counter}`,
      type: overrides.type ?? 'municipality',
      regionCode: overrides.regionCode === undefined ? 'stockholm' : overrides.regionCode,
    })
    .returning({ id: organisations.id });
  return row!.id;
}

export interface TestUser {
  id: string;
  email: string;
  organisationId: string;
}

/** A user with one membership (a member of one organisation); makes an organisation in the region unless one is given. */
export async function buildUser(
  db: Db,
  options: {
    roles: Role[];
    regionCode?: PoliceRegion | null;
    organisationId?: string;
    isActive?: boolean;
    name?: string;
    /** False for a user who has not enrolled a second factor (and so cannot sign in). */
    withTotp?: boolean;
  },
): Promise<TestUser> {
  passwordHash ??= hashPassword(testPassword);
  const organisationId =
    options.organisationId ?? (await buildOrganisation(db, { regionCode: options.regionCode ?? 'stockholm' }));
  const email = `user${++counter}-${Date.now()}@samverka.test`;
  const [user] = await db
    .insert(users)
    .values({
      email,
      name: options.name ?? `Test Member ${counter}`,
      passwordHash: await passwordHash,
      totpSecret: options.withTotp === false ? null : testKeyring.encrypt(testTotpSecret),
      isActive: options.isActive ?? true,
    })
    .returning({ id: users.id });
  await db.insert(memberships).values({ userId: user!.id, organisationId, roles: options.roles });
  databaseOf.set(email, db);
  return { id: user!.id, email, organisationId };
}

/**
 * Signs in through the API, password then TOTP code, and returns the Cookie header to send with
 * later requests. A code's time step may be used once; so that tests can sign the same user in
 * many times a second, it first forgets the last step used for a user built by buildUser.
 */
export async function signInAs(app: FastifyInstance, user: { email: string }, password = testPassword): Promise<string> {
  const first = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password } });
  if (first.statusCode !== 200) throw new Error(`sign-in failed: ${first.statusCode} ${first.body}`);
  const pending = first.cookies.find((c) => c.name === 'samverka_pending');
  if (!pending) throw new Error('no pending sign-in cookie');
  await databaseOf.get(user.email)?.update(users).set({ totpLastStep: null }).where(eq(users.email, user.email));
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/second-factor',
    payload: { code: await currentTotp(testTotpSecret) },
    headers: { cookie: `${pending.name}=${pending.value}` },
  });
  if (response.statusCode !== 200) throw new Error(`second factor failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'samverka_session');
  if (!cookie) throw new Error('no session cookie');
  return `${cookie.name}=${cookie.value}`;
}

export function caseInput(overrides: Partial<CaseCreateRequest> = {}): CaseCreateRequest {
  return {
    municipalityCode: '0180',
    exploitationForms: ['sexual_purposes'],
    person: { codeName: `Lilja ${++counter}`, isChild: false },
    ...overrides,
  };
}

/** Opens a case through the API as the signed-in user behind the cookie. */
export async function createCaseAs(app: FastifyInstance, cookie: string, overrides: Partial<CaseCreateRequest> = {}) {
  const response = await app.inject({ method: 'POST', url: '/api/cases', headers: { cookie }, payload: caseInput(overrides) });
  if (response.statusCode !== 201) throw new Error(`create failed: ${response.statusCode} ${response.body}`);
  return response.json<CaseDetail>();
}
