import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { type PoliceRegion, policeRegions as regionCodes } from '../../shared/enums.ts';
import type { Db, Tx } from './client.ts';
import { counties, municipalities, policeRegions } from './schema/index.ts';
import { projectRoot } from '../project-root.ts';

const referenceFolder = path.join(projectRoot, 'reference/sweden');

/** The police regions' names as the Police Authority writes them, by our code. */
export const policeRegionNames: Record<PoliceRegion, string> = {
  nord: 'Nord',
  mitt: 'Mitt',
  bergslagen: 'Bergslagen',
  stockholm: 'Stockholm',
  ost: 'Öst',
  vast: 'Väst',
  syd: 'Syd',
};

const regionCodeByName = new Map(regionCodes.map((code) => [policeRegionNames[code], code]));

export interface ReferenceData {
  regions: { code: PoliceRegion; name: string }[];
  counties: { code: string; name: string; regionCode: PoliceRegion }[];
  municipalities: { code: string; name: string; countyCode: string; regionCode: PoliceRegion }[];
}

/** The files hold no quoted fields (see reference/sweden/SOURCE.md), so a split is exact. */
function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path.join(referenceFolder, file), 'utf8').trim().split('\n');
  const columns = (header ?? '').split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

function toRegionCode(name: string | undefined): PoliceRegion {
  const code = regionCodeByName.get(name ?? '');
  if (!code) throw new Error(`Unknown police region in reference data: ${name}`);
  return code;
}

let cached: ReferenceData | undefined;

/** Sweden's police regions, counties and municipalities, from the files in reference/sweden. */
export function loadReferenceData(): ReferenceData {
  cached ??= {
    regions: regionCodes.map((code) => ({ code, name: policeRegionNames[code] })),
    counties: readCsv('counties.csv').map((r) => ({
      code: r.county_code!,
      name: r.county_name!,
      regionCode: toRegionCode(r.police_region),
    })),
    municipalities: readCsv('municipalities.csv').map((r) => ({
      code: r.municipality_code!,
      name: r.municipality_name!,
      countyCode: r.county_code!,
      regionCode: toRegionCode(r.police_region),
    })),
  };
  return cached;
}

/** Writes the reference data into the database, updating names that changed; safe to repeat. */
export async function seedReferenceData(db: Db | Tx): Promise<void> {
  const data = loadReferenceData();
  await db
    .insert(policeRegions)
    .values(data.regions)
    .onConflictDoUpdate({ target: policeRegions.code, set: { name: sql`excluded.name` } });
  await db
    .insert(counties)
    .values(data.counties)
    .onConflictDoUpdate({
      target: counties.code,
      set: { name: sql`excluded.name`, regionCode: sql`excluded.region_code` },
    });
  await db
    .insert(municipalities)
    .values(data.municipalities.map(({ code, name, countyCode }) => ({ code, name, countyCode })))
    .onConflictDoUpdate({
      target: municipalities.code,
      set: { name: sql`excluded.name`, countyCode: sql`excluded.county_code` },
    });
}
