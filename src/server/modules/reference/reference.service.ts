import { type ReferenceData, loadReferenceData } from '../../db/reference-data.ts';
import { badRequest } from '../../platform/problems.ts';

export type Municipality = ReferenceData['municipalities'][number];

let byCode: Map<string, Municipality> | undefined;

/** One of Sweden's 290 municipalities by its SCB code, with its county and police region. */
export function findMunicipality(code: string): Municipality | undefined {
  byCode ??= new Map(loadReferenceData().municipalities.map((m) => [m.code, m]));
  return byCode.get(code);
}

/** The municipality a request names, or a 400 that names the field: every way in checks the same. */
export function requireMunicipality(code: string, field = 'municipalityCode'): Municipality {
  const municipality = findMunicipality(code);
  if (!municipality) throw badRequest(`Invalid input: ${field}`, [{ field, code: 'unknown', message: 'unknown municipality' }]);
  return municipality;
}
