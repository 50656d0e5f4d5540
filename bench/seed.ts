import { sql } from 'drizzle-orm';
import { casePhases, exploitationForms, type ExploitationForm, type PoliceRegion, policeRegions } from '../src/shared/enums.ts';
import type { Db } from '../src/server/db/client.ts';
import { loadReferenceData } from '../src/server/db/reference-data.ts';
import { cases, persons } from '../src/server/db/schema/index.ts';
import { formatCaseReference, swedishYear } from '../src/server/modules/cases/case-reference.ts';
import { buildUser, testPassword } from '../test/support/factories.ts';

export interface SeededCases {
  /** The regional coordinator for 'stockholm' whom the bench signs in as. */
  coordinator: { email: string; password: string };
  /** How many cases that coordinator may see. */
  visibleToCoordinator: number;
}

const batchSize = 1_000;
const dayMs = 86_400_000;

/**
 * `total` cases spread over every municipality (so all regions), the six phases and the last two
 * years, opened by one regional coordinator per region (each in an organisation of that region) and
 * led by them about half the time. Deterministic, so runs are comparable.
 */
export async function seedCases(db: Db, total: number): Promise<SeededCases> {
  const coordinators = new Map<PoliceRegion, { id: string; organisationId: string; email: string }>();
  for (const region of policeRegions) {
    coordinators.set(region, await buildUser(db, { roles: ['regional_coordinator'], regionCode: region }));
  }
  const { municipalities } = loadReferenceData();
  const random = mulberry32(20_260_101);
  const now = Date.now();

  for (let start = 0; start < total; start += batchSize) {
    const count = Math.min(batchSize, total - start);
    const rows = Array.from({ length: count }, (_, k) => {
      const i = start + k;
      const municipality = municipalities[Math.floor(random() * municipalities.length)]!;
      const coordinator = coordinators.get(municipality.regionCode)!;
      const createdAt = new Date(now - Math.floor(random() * 730 * dayMs));
      return {
        codeName: `Bench ${i + 1}`,
        isChild: random() < 0.15,
        createdAt,
        reference: formatCaseReference(swedishYear(createdAt), i + 1),
        regionCode: municipality.regionCode,
        countyCode: municipality.countyCode,
        municipalityCode: municipality.code,
        exploitationForms: pickForms(random),
        phase: casePhases[Math.floor(random() * casePhases.length)]!,
        leadUserId: random() < 0.5 ? coordinator.id : null,
        createdByUserId: coordinator.id,
        createdByOrganisationId: coordinator.organisationId,
      };
    });
    const inserted = await db
      .insert(persons)
      .values(rows.map((r) => ({ codeName: r.codeName, isChild: r.isChild, createdAt: r.createdAt })))
      .returning({ id: persons.id });
    await db.insert(cases).values(
      rows.map(({ codeName: _codeName, isChild: _isChild, ...c }, k) => ({
        ...c,
        personId: inserted[k]!.id,
        updatedAt: c.createdAt,
      })),
    );
  }
  // Fresh statistics and visibility map (autovacuum's work on a live database), so the planner
  // picks the plan it would there, index-only scans included.
  await db.execute(sql`vacuum analyze`);

  const stockholm = coordinators.get('stockholm')!;
  const [visible] = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from cases where region_code = 'stockholm' or created_by_user_id = ${stockholm.id} or lead_user_id = ${stockholm.id}`,
  ).then((r) => r.rows);
  return { coordinator: { email: stockholm.email, password: testPassword }, visibleToCoordinator: visible?.n ?? 0 };
}

function pickForms(random: () => number): ExploitationForm[] {
  const first = exploitationForms[Math.floor(random() * exploitationForms.length)]!;
  const second = exploitationForms[Math.floor(random() * exploitationForms.length)]!;
  return random() < 0.3 && second !== first ? [first, second] : [first];
}

/** A small seeded PRNG (mulberry32): the same data on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
