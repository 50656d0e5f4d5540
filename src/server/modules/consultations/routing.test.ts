import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PoliceRegion, policeRegions } from '../../../shared/enums.ts';
import type { ConsultationDetail, ConsultationListPage } from '../../../shared/schemas/consultations.ts';
import { policeRegionNames } from '../../db/reference-data.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { requestAs } from '../../../../test/support/casework.ts';
import { buildUser, signInAs } from '../../../../test/support/factories.ts';
import { findMunicipality } from '../reference/reference.service.ts';

const projectFolder = path.resolve(import.meta.dirname, '../../../../reference/sweden');
/** The shared reference next to the project; absent on a clean clone (CI), then only the project copy is checked. */
const sharedFolder = path.resolve(import.meta.dirname, '../../../../../shared/reference/sweden');

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = file.trim().split('\n');
  const columns = (header ?? '').split(',');
  return lines.map((line): Record<string, string> => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((column, i): [string, string] => [column, (cells[i] ?? '').trim()]));
  });
}

const regionByName = new Map(policeRegions.map((code) => [policeRegionNames[code], code]));
const projectMunicipalities = readFileSync(path.join(projectFolder, 'municipalities.csv'), 'utf8');
const projectCounties = readFileSync(path.join(projectFolder, 'counties.csv'), 'utf8');

describe('routing every municipality to its police region', () => {
  it.runIf(existsSync(sharedFolder))('uses the same reference files as ../shared/reference/sweden (skipped where that folder is not next to the project)', () => {
    expect(projectMunicipalities).toBe(readFileSync(path.join(sharedFolder, 'municipalities.csv'), 'utf8'));
    expect(projectCounties).toBe(readFileSync(path.join(sharedFolder, 'counties.csv'), 'utf8'));
  });

  it("routes all 290 municipalities to the police region of their county", () => {
    const regionOfCounty = new Map(readCsv(projectCounties).map((c) => [c.county_code, regionByName.get(c.police_region ?? '')]));
    const municipalities = readCsv(projectMunicipalities);
    expect(municipalities).toHaveLength(290);
    expect(new Set(municipalities.map((m) => m.municipality_code)).size).toBe(290);
    for (const m of municipalities) {
      const expected = regionOfCounty.get(m.county_code);
      expect(expected, `county ${m.county_code}`).toBeDefined();
      expect(findMunicipality(m.municipality_code!), m.municipality_code).toMatchObject({ regionCode: expected, countyCode: m.county_code });
    }
    // Every region gets some municipalities.
    expect(new Set(municipalities.map((m) => regionOfCounty.get(m.county_code)))).toEqual(new Set(policeRegions));
  });

  it('knows no municipality outside the list', () => {
    expect(findMunicipality('0000')).toBeUndefined();
    expect(findMunicipality('9999')).toBeUndefined();
  });
});

describe('a consultation per region lands in that region’s queue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates one consultation in every region and shows it to that region’s coordinator only', async () => {
    const municipalities = readCsv(projectMunicipalities);
    const asProfessional = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['case_worker'], regionCode: 'stockholm' })));
    const created = new Map<PoliceRegion, string>();
    for (const region of policeRegions) {
      const municipality = municipalities.find((m) => regionByName.get(m.police_region ?? '') === region)!;
      const response = await asProfessional('POST', '/api/consultations', {
        municipalityCode: municipality.municipality_code,
        description: `Routing check for ${region}`,
      });
      expect(response.statusCode).toBe(201);
      const detail = response.json<ConsultationDetail>();
      expect(detail).toMatchObject({ regionCode: region, municipalityCode: municipality.municipality_code, countyCode: municipality.county_code });
      created.set(region, detail.id);
    }
    for (const region of policeRegions) {
      const asCoordinator = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: region })));
      const page = (await asCoordinator('GET', '/api/consultations?pageSize=100')).json<ConsultationListPage>();
      expect(page.items.map((i) => i.id)).toEqual([created.get(region)]);
    }
  });
});
