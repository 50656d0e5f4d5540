import type { CaseDetail } from '../../src/shared/schemas/cases.ts';
import type { TestApp } from './app.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, type TestUser } from './factories.ts';
import { addToTeam, grantBreakGlass } from './team.ts';

/** Two Stockholm cases and everyone a case module's access tests ask about, signed in. */
export interface CaseAccessFixture {
  /** A Stockholm coordinator, who opened both cases. */
  coordinator: TestUser;
  coordinatorCookie: string;
  theCase: CaseDetail;
  otherCase: CaseDetail;
  /** A coordinator of Väst: outside the cases' region. */
  otherRegionCookie: string;
  /** A coordinator of Syd who broke the glass to the case (not to the other case). */
  breakGlassCookie: string;
  /** A case worker whose organisation is on the case's team (under consent). */
  seatedWorkerCookie: string;
  /** A Stockholm case worker whose organisation is on no team. */
  unseatedWorkerCookie: string;
}

export async function buildCaseAccessFixture(t: Pick<TestApp, 'app' | 'db'>): Promise<CaseAccessFixture> {
  const coordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  const coordinatorCookie = await signInAs(t.app, coordinator);
  const theCase = await createCaseAs(t.app, coordinatorCookie);
  const otherCase = await createCaseAs(t.app, coordinatorCookie);
  const otherRegionCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'vast' }));
  const breakGlass = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'syd' });
  const breakGlassCookie = await signInAs(t.app, breakGlass);
  await grantBreakGlass(t.db, { caseId: theCase.id, userId: breakGlass.id });
  const seatedWorker = await buildUser(t.db, { roles: ['case_worker'], regionCode: 'stockholm' });
  const seatedWorkerCookie = await signInAs(t.app, seatedWorker);
  await addToTeam(t.db, { caseId: theCase.id, organisationId: seatedWorker.organisationId, recordedByUserId: coordinator.id });
  const unseatedWorkerCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['case_worker'], regionCode: 'stockholm' }));
  return { coordinator, coordinatorCookie, theCase, otherCase, otherRegionCookie, breakGlassCookie, seatedWorkerCookie, unseatedWorkerCookie };
}

/** A case led by a Stockholm coordinator with the police on its team, and users outside it, signed in. */
export interface PoliceTeamFixture {
  /** The regional coordinators' organisation, for colleagues of the lead. */
  coordinationOrganisationId: string;
  /** Karin Lund, who opened and leads the case. */
  lead: TestUser;
  leadCookie: string;
  /** A coordinator of Väst. */
  outsider: TestUser;
  outsiderCookie: string;
  policeOrganisationId: string;
  /** Omar Said, a case worker of the police. */
  policeWorker: TestUser;
  policeCookie: string;
  /** A case worker whose organisation is on no team. */
  unseatedWorker: TestUser;
  unseatedWorkerCookie: string;
  /** The case, with the police seated under a statute. */
  theCase: CaseDetail;
}

export async function buildPoliceTeamFixture(t: Pick<TestApp, 'app' | 'db'>): Promise<PoliceTeamFixture> {
  const coordinationOrganisationId = await buildOrganisation(t.db, { name: 'Regionkoordinatorerna Stockholm' });
  const lead = await buildUser(t.db, { roles: ['regional_coordinator'], organisationId: coordinationOrganisationId, name: 'Karin Lund' });
  const leadCookie = await signInAs(t.app, lead);
  const outsider = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'vast' });
  const outsiderCookie = await signInAs(t.app, outsider);
  const policeOrganisationId = await buildOrganisation(t.db, { name: 'Polisen region Stockholm', type: 'police' });
  const policeWorker = await buildUser(t.db, { roles: ['case_worker'], organisationId: policeOrganisationId, name: 'Omar Said' });
  const policeCookie = await signInAs(t.app, policeWorker);
  const unseatedWorker = await buildUser(t.db, { roles: ['case_worker'] });
  const unseatedWorkerCookie = await signInAs(t.app, unseatedWorker);
  const theCase = await createCaseAs(t.app, leadCookie);
  await addToTeam(t.db, { caseId: theCase.id, organisationId: policeOrganisationId, recordedByUserId: lead.id, kind: 'statute' });
  return {
    coordinationOrganisationId,
    lead,
    leadCookie,
    outsider,
    outsiderCookie,
    policeOrganisationId,
    policeWorker,
    policeCookie,
    unseatedWorker,
    unseatedWorkerCookie,
    theCase,
  };
}
