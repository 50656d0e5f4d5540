/** The statistics' closed lists and limits, without Zod, so the statistics page loads no Zod. */

/** Coarse age bands, at the time the case was opened; under_18 also holds every case flagged as a child. */
export const ageBands = ['under_18', '18_24', '25_34', '35_49', '50_plus', 'unknown'] as const;
export type AgeBand = (typeof ageBands)[number];

/** The longest period one statistics request may cover: ten years of quarters. */
export const maxStatisticsQuarters = 40;
