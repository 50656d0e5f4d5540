import type { ReturnReferInput } from '../../shared/schemas/returns.ts';
import type { Db } from '../db/client.ts';
import { assignReturn, decideReturn, planReturnJourney, recordReturnArrival, recordReturnPlan } from '../modules/returns/return-steps.service.ts';
import { referToReturn } from '../modules/returns/returns.service.ts';
import { demoContext, demoOrganisationId, demoStockholmCases } from './demo-cooperation.ts';

const once = { key: undefined, fingerprint: '' };
const day = 86_400_000;
const dateIn = (days: number) => new Date(Date.now() + days * day).toISOString().slice(0, 10);

/**
 * The IOM return programme, through its real steps: one application submitted and waiting for
 * NMT, one approved and assigned to the demo IOM organisation, and one person who arrived four
 * months ago, with the reintegration plan recorded and the 3-month follow-up overdue.
 */
export async function seedDemoReturns(db: Db): Promise<void> {
  const deps = { db, emailed: false };
  const sara = await demoContext(db, 'stockholm@samverka.test');
  const nora = await demoContext(db, 'nationell@samverka.test');
  const ivan = await demoContext(db, 'iom@samverka.test');
  const iom = await demoOrganisationId(db, 'IOM Sverige (demo)');
  const [submittedCase, assignedCase, arrivedCase] = await demoStockholmCases(db, 'stockholm@samverka.test');
  if (!arrivedCase) return;
  const refer = (caseId: string, countryCode: ReturnReferInput['countryCode'], reasons: string, consentDaysAgo: number) =>
    referToReturn(deps, sara, caseId, { countryCode, reasons, travelDocumentStatus: 'valid_passport', consentGiven: true, consentOn: dateIn(-consentDaysAgo) }, once);

  await refer(submittedCase!, 'RO', 'Vill återvända till sin mamma och sina barn i Iași.', 2);

  const assigned = await refer(assignedCase!, 'NG', 'Vill återvända hem och fortsätta sin utbildning.', 20);
  await decideReturn(deps, nora, assigned.application.id, { decision: 'approve' });
  await assignReturn(deps, nora, assigned.application.id, { organisationId: iom });

  const arrived = await refer(arrivedCase, 'BG', 'Vill återvända till familjen och har erbjudits arbete i hemstaden.', 160);
  const arrivedOn = dateIn(-125);
  await decideReturn(deps, nora, arrived.application.id, { decision: 'approve' });
  await assignReturn(deps, nora, arrived.application.id, { organisationId: iom });
  await planReturnJourney(deps, ivan, arrived.application.id, { journeyOn: arrivedOn });
  await recordReturnArrival(deps, ivan, arrived.application.id, { arrivedOn });
  await recordReturnPlan(deps, ivan, arrived.application.id, { summary: 'Boende hos familjen, yrkesutbildning via IOM:s partner, kontakt med en kurator.' });
}
