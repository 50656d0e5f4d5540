import { policyOf } from '../../platform/access.ts';

/**
 * Method materials. Trainers and national coordinators publish them (each publication a new
 * version); every signed-in member reads them. National coordinators, who keep the phase
 * checklists, link a material to a checklist item. Materials hold no personal data.
 */
export const materialsPolicy = policyOf('materials');
