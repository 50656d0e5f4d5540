import { eq, sql } from 'drizzle-orm';
import {
  casePhases,
  type ConsultationUrgency,
  type ExploitationForm,
  type Gender,
  type Indicator,
  type LongTermPath,
  type OrganisationType,
  type PoliceRegion,
  type RiskLevel,
  type Role,
} from '../../shared/enums.ts';
import type { Db, Tx } from '../db/client.ts';
import { loadReferenceData } from '../db/reference-data.ts';
import { appSettings, calls, caseAccessGrants, casePhaseChanges, cases, journalEntries, memberships, organisations, users } from '../db/schema/index.ts';
import { insertCase } from '../modules/cases/cases.queries.ts';
import { openConsultation } from '../modules/consultations/consultation-opening.service.ts';
import type { Keyring } from '../platform/crypto.ts';
import { hashPassword } from '../platform/passwords.ts';
import { seedDemoCooperation } from './demo-cooperation.ts';
import { seedDemoDuplicates } from './demo-duplicates.ts';
import { seedDemoMaterials } from './demo-materials.ts';
import { seedDemoReturns } from './demo-returns.ts';
import { seedDemoRoleEvents } from './demo-roles.ts';
import { seedDemoTrainings } from './demo-trainings.ts';

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

// Fictional members; the addresses use the reserved .test domain so no mail can reach anyone.
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
  { email: 'karin@samverka.test', name: 'Karin Kvist', organisation: 'sthlm', roles: ['trainer'] },
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
const genderCycle: Gender[] = ['female', 'female', 'male', 'unknown', 'female', 'non_binary'];
const citizenshipCycle = [['RO'], ['NG'], ['BG'], ['TH'], ['VN', 'CN'], ['SE'], ['UA'], []];
const languageCycle = [['ro'], ['en'], ['bg'], ['th'], ['vi'], ['sv'], ['uk', 'ru'], []];
const indicatorCycle: Indicator[][] = [
  ['deception', 'debt_bondage', 'withheld_documents'],
  ['excessive_hours', 'withheld_pay', 'poor_living_conditions'],
  ['coercion', 'threats', 'restricted_movement'],
  [],
  ['violence', 'sexual_violence', 'isolation'],
  ['threats_to_family', 'restricted_finances'],
];
const riskCycle: (RiskLevel | null)[] = [null, 'high', 'medium', 'low'];
const pathCycle: LongTermPath[] = ['return', 'residence', 'exit_programme', 'other'];
/** Short fictional journal notes, so the search has something to find. */
const demoNotes = [
  'Första samtalet via tolk. Hon berättar att skulden för resan växer varje vecka och att passet ligger hos arbetsgivaren.',
  'Kontakt med socialtjänsten om skyddat boende. Plats finns från måndag.',
  'Han arbetar tolv timmar om dagen på byggarbetsplatsen och har inte fått någon lön sedan mars.',
  'Flickorna hade skulder till den som ordnade resan. Polisen är informerad.',
  'Uppföljning: mår bättre, vill ha kontakt med IOM om att återvända hem.',
];
const demoCaseCount = 36;
const seededKey = 'demo_seeded';

/** Loads the fictional demo organisations, members and cases once; later starts find them and do nothing. */
export async function seedDemoData(db: Db, keyring: Keyring): Promise<void> {
  const passwordHash = await hashPassword(demoPassword);
  const seededNow = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7346203)`);
    const [seeded] = await tx.select().from(appSettings).where(eq(appSettings.key, seededKey));
    if (seeded) return false;

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
      const { id } = await insertCase(tx, {
        regionCode: municipality.regionCode,
        countyCode: municipality.countyCode,
        municipalityCode: municipality.code,
        exploitationForms: formCycle[i % formCycle.length]!,
        indicators: indicatorCycle[i % indicatorCycle.length]!,
        person: {
          codeName: `${codeNames[i % codeNames.length]} ${Math.floor(i / codeNames.length) + 1}`,
          birthYear: i % 7 === 3 ? year - 16 : i % 5 === 0 ? null : year - 20 - (i % 23),
          gender: genderCycle[i % genderCycle.length]!,
          citizenships: citizenshipCycle[i % citizenshipCycle.length]!,
          languages: languageCycle[i % languageCycle.length]!,
          isChild: i % 7 === 3,
          hasProtectedIdentity: i % 11 === 5,
        },
        leadUserId: userIds.get(coordinator.email)!,
        createdByUserId: userIds.get(coordinator.email)!,
        createdByOrganisationId: coordinatorOrg,
      });
      const createdAt = new Date(Date.now() - (demoCaseCount - i) * 2.5 * 86_400_000);
      const phaseIndex = i % casePhases.length;
      // Each phase has what it needed to be entered (DESIGN.md §4), so the demo cases can move on.
      const risk = phaseIndex >= 2 ? (riskCycle[i % riskCycle.length] ?? 'medium') : riskCycle[i % riskCycle.length]!;
      await tx
        .update(cases)
        .set({
          phase: casePhases[phaseIndex]!,
          // Some cases of the region wait for a lead coordinator.
          leadUserId: phaseIndex === 0 && i % 4 === 0 ? null : userIds.get(coordinator.email)!,
          isPresumptiveVictim: phaseIndex >= 1 ? i % 9 !== 4 : null,
          riskLevel: risk,
          riskAssessedAt: risk === null ? null : createdAt,
          policeReportReference: phaseIndex >= 3 && i % 2 === 0 ? `5000-K${100000 + i}-${String(year).slice(2)}` : null,
          noPoliceReportReason: phaseIndex >= 3 && i % 2 === 1 ? 'Personen vill inte göra en anmälan i nuläget.' : null,
          longTermPath: phaseIndex >= 4 ? pathCycle[i % pathCycle.length]! : null,
          closureOutcome: phaseIndex === 5 ? 'long_term_solution_reached' : null,
          closureReason: phaseIndex === 5 ? 'Personen har fått uppehållstillstånd och eget boende.' : null,
          closedAt: phaseIndex === 5 ? createdAt : null,
          createdAt,
          updatedAt: createdAt,
        })
        .where(eq(cases.id, id));
      // The phase history that brought the case to its phase, a day per step.
      if (phaseIndex > 0) {
        await tx.insert(casePhaseChanges).values(
          casePhases.slice(1, phaseIndex + 1).map((to, step) => ({
            caseId: id,
            fromPhase: casePhases[step]!,
            toPhase: to,
            kind: 'forward',
            byUserId: userIds.get(coordinator.email)!,
            at: new Date(createdAt.getTime() + (step + 1) * 86_400_000),
          })),
        );
      }
      if (i % 3 === 0) {
        await tx.insert(journalEntries).values({
          caseId: id,
          authorUserId: userIds.get(coordinator.email)!,
          authorOrganisationId: coordinatorOrg,
          body: demoNotes[(i / 3) % demoNotes.length]!,
          createdAt,
        });
      }
      // One old break-the-glass event, so the auditors' review page has something to show.
      if (i === 0) {
        await tx.insert(caseAccessGrants).values({
          caseId: id,
          userId: userIds.get('vast@samverka.test')!,
          reason: 'Personen sökte hjälp i Göteborg under helgen och jouren behövde ärendet.',
          grantedAt: new Date(createdAt.getTime() + 86_400_000),
          expiresAt: new Date(createdAt.getTime() + 86_400_000 + 4 * 3_600_000),
        });
      }
    }
    await seedMethodSupport(tx, userIds);
    await seedDemoTrainings(tx, userIds.get('utbildning@samverka.test')!);
    await seedDemoDuplicates(tx, keyring);
    await tx.insert(appSettings).values({ key: seededKey, value: { at: new Date().toISOString() } });
    return true;
  });
  if (!seededNow) return;
  await seedDemoRoleEvents(db, { admin: 'orgadmin@samverka.test', colleague: 'karin@samverka.test' });
  await seedDemoCooperation(db);
  await seedDemoReturns(db);
  await seedDemoMaterials(db);
}

const demoRequests: { municipalityCode: string; description: string; forms: ExploitationForm[]; urgency: ConsultationUrgency }[] = [
  { municipalityCode: '1480', description: 'En elev berättar att en släkting arbetar på en restaurang utan lön och sover i lokalen.', forms: ['forced_labour'], urgency: 'urgent' },
  { municipalityCode: '0180', description: 'Grannar har sett unga kvinnor hämtas och lämnas på nätterna vid en lägenhet.', forms: ['sexual_purposes'], urgency: 'normal' },
  { municipalityCode: '1280', description: 'En person som tigger utanför butiken lämnar varje kväll pengarna till en man i bil.', forms: ['begging'], urgency: 'normal' },
  { municipalityCode: '2480', description: 'Bärplockare berättar om skulder för resan och att passen har tagits om hand.', forms: ['forced_labour'], urgency: 'urgent' },
  { municipalityCode: '0380', description: 'Skolkurator undrar hur hon ska gå vidare när en 16-åring säljer sex via en app.', forms: ['sexual_purposes', 'prostitution'], urgency: 'urgent' },
];

/** A few consultations, some days old so the dashboard shows every age, and today's support-line calls. */
async function seedMethodSupport(tx: Tx, userIds: Map<string, string>): Promise<void> {
  const ctx = { actor: null, requestId: 'demo', clientAddress: '127.0.0.1' };
  for (const [i, request] of demoRequests.entries()) {
    await openConsultation(tx, ctx, {
      source: i % 2 === 0 ? 'public_form' : 'support_line',
      municipalityCode: request.municipalityCode,
      description: request.description,
      exploitationForms: request.forms,
      childInvolved: request.municipalityCode === '0380' ? 'yes' : 'unknown',
      urgency: request.urgency,
      requesterName: 'Demo Demosson',
      requesterOrganisation: 'Socialtjänsten (demo)',
      requesterPhone: '010-000 00 00',
      requesterEmail: null,
      createdByUserId: i % 2 === 0 ? null : userIds.get('stodtelefon@samverka.test')!,
      receivedAt: new Date(Date.now() - i * 2.2 * 86_400_000),
    });
  }
  const operator = userIds.get('stodtelefon@samverka.test')!;
  const now = Date.now();
  await tx.insert(calls).values([
    { operatorUserId: operator, startedAt: new Date(now - 3 * 3_600_000), endedAt: new Date(now - 3 * 3_600_000 + 540_000), callerCategory: 'professional', topic: 'method_support', regionCode: 'vast', language: 'sv', adviceGiven: 'Gick igenom indikatorerna och hänvisade till regionkoordinatorn.', followUpNeeded: true },
    { operatorUserId: operator, startedAt: new Date(now - 3_600_000), endedAt: new Date(now - 3_600_000 + 300_000), callerCategory: 'anonymous', topic: 'prostitution', regionCode: null, language: 'sv', adviceGiven: 'Informerade om stöd hos socialtjänsten.', followUpNeeded: false },
  ]);
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
