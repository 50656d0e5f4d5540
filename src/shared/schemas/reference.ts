import { z } from 'zod';
import { policeRegions } from '../enums.ts';

export const policeRegion = z.object({ code: z.enum(policeRegions), name: z.string() });
export const county = z.object({ code: z.string(), name: z.string(), regionCode: z.enum(policeRegions) });
export const municipality = z.object({
  code: z.string(),
  name: z.string(),
  countyCode: z.string(),
  regionCode: z.enum(policeRegions),
});
export const geography = z.object({
  regions: z.array(policeRegion),
  counties: z.array(county),
  municipalities: z.array(municipality),
});
export type Geography = z.infer<typeof geography>;
export type Municipality = z.infer<typeof municipality>;
