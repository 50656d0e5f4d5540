import { eq, sql } from 'drizzle-orm';
import { casePhases, type ExploitationForm, type OrganisationType, type PoliceRegion, type Role } from '../../shared/enums.ts';
import type { Db } from '../db/client.ts';
import { loadReferenceData } from '../db/reference-data.ts';
import { appSettings, cases, memberships, organisations, users } from '../db/schema/index.ts';
import { formatCaseReference } from '../modules/cases/case-reference.ts';
import { insertCase, nextCaseSequence } from '../modules/cases/cases.queries.ts';
import type { Keyring } from '../platform/crypto.ts';
import { hashPassword } from '../platform/passwords.ts';

/** Everyone in the demo signs in with this; the data are fictional, so printing it is harmless. */
export const demoPassword = 'samverka-demo-2026';
/**
 * Everyone in the demo shares this TOTP secret (base32): add it to an authenticator app once to
 * sign in as anyone. Fictional data only, so printing it is harmless; never do this with real data.
 */
export const demoTotpSecret = 'KNAW2VTFOJVWCIDEMVWW6IDUN52HAIDT';

interface DemoOrganisation {
  key: string;
  name: string;
  type: OrganisationType;
  regionCode: PoliceRegion | null;
}

interface DemoUser {
  email: string;
  name: string;
  organisation: string;
  roles: Role[];
}

const demoOrganisations: DemoOrganisation[] = [
  { key: 'nmt', name: 'Jämställdhetsmyndigheten (demo)', type: 'national_agency', regionCode: null },
  { key: 'sthlm', name: 'Stockholms stad, socialtjänsten (demo)', type: 'municipality', regionCode: 'stockholm' },
  { key: 'gbg', name: 'Göteborgs stad, socialtjänsten (demo)', type: 'municipality', regionCode: 'vast' },
  { key: 'malmo', name: 'Malmö stad, socialtjänsten (demo)', type: 'municipality', regionCode: 'syd' },
  { key: 'umea', name: 'Umeå kommun, socialtjänsten (demo)', type: 'municipality', regionCode: 'nord' },
  { key: 'police', name: 'Polisen region Stockholm (demo)', type: 'police', regionCode: 'stockholm' },
  { key: 'migration', name: 'Migrationsverket (demo)', type: 'migration_agency', regionCode: null },
  { key: 'ngo', name: 'Stödföreningen Trygg Hamn (demo)', type: 'ngo', regionCode: 'vast' },
  { key: 'iom', name: 'IOM Sverige (demo)', type: 'iom', regionCode: null },
];

// Fictional people; the addresses use the reserved .test domain so no mail can reach anyone.
const demoUsers: DemoUser[] = [
  { email: 'nationell@samverka.test', name: 'Nora Nationell', organisation: 'nmt', roles: ['national_coordinator'] },
  { email: 'stockholm@samverka.test', name: 'Sara Lind', organisation: 'sthlm', roles: ['regional_coordinator'] },
  { email: 'vast@samverka.test', name: 'Vilhelm Berg', organisation: 'gbg', roles: ['regional_coordinator'] },
  { email: 'syd@samverka.test', name: 'Sofia Holm', organisation: 'malmo', roles: ['regional_coordinator'] },
  { email: 'nord@samverka.test', name: 'Niklas Ek', organisation: 'umea', roles: ['regional_coordinator'] },
  { email: 'polis@samverka.test', name: 'Per Polis', organisation: 'police', roles: ['case_worker'] },
  { email: 'migration@samverka.test', name: 'Mira Sand', organisation: 'migration', roles: ['case_worker'] },
  { email: 'forening@samverka.test', name: 'Frida Strand', organisation: 'ngo', roles: ['case_worker'] },
  { email: 'stodtelefon@samverka.test', name: 'Stina Telefon', organisation: 'nmt', roles: ['support_line_operator'] },
  { email: 'iom@samverka.test', name: 'Ivan Olsen', organisation: 'iom', roles: ['return_officer'] },
  { email: 'utbildning@samverka.test', name: 'Tove Lär', organisation: 'nmt', roles: ['trainer'] },
  { email: 'statistik@samverka.test', name: 'Anders Analys', organisation: 'nmt', roles: ['analyst'] },
  { email: 'granskning@samverka.test', name: 'Greta Granskare', organisation: 'nmt', roles: ['auditor'] },
  { email: 'orgadmin@samverka.test', name: 'Olle Admin', organisation: 'sthlm', roles: ['org_admin'] },
  { email: 'admin@samverka.test', name: 'Sam Systemadmin', organisation: 'nmt', roles: ['system_admin'] },
];

const codeNames = ['Lilja', 'Björk', 'Ek', 'Vide', 'Ros', 'Hägg', 'Lönn', 'Lind', 'Asp', 'Al', 'Rönn', 'Sälg'];
const formCycle: ExploitationForm[][] = [
  ['sexual_purposes'],
  ['forced_labour'],
  ['begging', 'criminal_activity'],
  ['prostitution'],
  ['sexual_purposes', 'forced_labour'],
  ['unknown'],
];
const demoMunicipalities = ['0180', '1480', '1280', '2480', '0114', '1490', '1283', '2580'];
const demoCaseCount = 36;
const seededKey = 'demo_seeded';

/** Loads the fictional demo organisations, people and cases once; later starts find them and do nothing. */
export async function seedDemoData(db: Db, keyring: Keyring): Promise<void> {
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7346203)`);
    const [seeded] = await tx.select().from(appSettings).where(eq(appSettings.key, seededKey));
    if (seeded) return;

    const organisationIds = new Map<string, string>();
    for (const o of demoOrganisations) {
      const [row] = await tx
        .insert(organisations)
        .values({ name: o.name, type: o.type, regionCode: o.regionCode })
        .returning({ id: organisations.id });
      organisationIds.set(o.key, row!.id);
    }
    const userIds = new Map<string, string>();
    for (const u of demoUsers) {
      const [row] = await tx
        .insert(users)
        .values({ email: u.email, name: u.name, passwordHash, totpSecret: keyring.encrypt(demoTotpSecret) })
        .returning({ id: users.id });
      userIds.set(u.email, row!.id);
      await tx.insert(memberships).values({ userId: row!.id, organisationId: organisationIds.get(u.organisation)!, roles: u.roles });
    }

    const { municipalities } = loadReferenceData();
    const coordinatorByRegion = new Map(
      demoUsers
        .filter((u) => u.roles.includes('regional_coordinator'))
        .map((u) => [demoOrganisations.find((o) => o.key === u.organisation)!.regionCode, u] as const),
    );
    const year = new Date().getFullYear();
    for (let i = 0; i < demoCaseCount; i++) {
      const municipality = municipalities.find((m) => m.code === demoMunicipalities[i % demoMunicipalities.length])!;
      const coordinator = coordinatorByRegion.get(municipality.regionCode) ?? demoUsers[0]!;
      const coordinatorOrg = organisationIds.get(coordinator.organisation)!;
      const id = await insertCase(tx, {
        reference: formatCaseReference(year, await nextCaseSequence(tx, year)),
        regionCode: municipality.regionCode,
        countyCode: municipality.countyCode,
        municipalityCode: municipality.code,
        exploitationForms: formCycle[i % formCycle.length]!,
        indicators: [],
        person: {
          codeName: `${codeNames[i % codeNames.length]} ${Math.floor(i / codeNames.length) + 1}`,
          birthYear: null,
          gender: 'unknown',
          citizenships: [],
          languages: [],
          isChild: i % 7 === 3,
          hasProtectedIdentity: false,
        },
        leadUserId: userIds.get(coordinator.email)!,
        createdByUserId: userIds.get(coordinator.email)!,
        createdByOrganisationId: coordinatorOrg,
      });
      const createdAt = new Date(Date.now() - (demoCaseCount - i) * 2.5 * 86_400_000);
      await tx
        .update(cases)
        .set({ phase: casePhases[i % casePhases.length]!, createdAt, updatedAt: createdAt })
        .where(eq(cases.id, id));
    }
    await tx.insert(appSettings).values({ key: seededKey, value: { at: new Date().toISOString() } });
  });
}

/** The lines printed at a demo start, saying who to sign in as. */
export function demoSignInHelp(): string[] {
  return [
    'DEMO MODE: fictional data only. Sign in with any of these e-mail addresses and the',
    `password ${demoPassword}, then a code from an authenticator app. Add this shared fictional`,
    `TOTP secret to the app first (issuer Samverka, 6 digits, 30 seconds): ${demoTotpSecret}`,
    ...demoUsers.map((u) => `  ${u.email.padEnd(28)} ${u.roles.join(', ')}`),
  ];
}
