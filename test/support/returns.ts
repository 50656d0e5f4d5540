import type { TestApp } from './app.ts';
import { buildOrganisation, buildUser, signInAs, type TestUser } from './factories.ts';

export type ReturnCastRole = 'lead' | 'worker' | 'outsider' | 'nmt' | 'officer' | 'otherOfficer';

/** The people of a return-programme test, signed in. */
export interface ReturnCast {
  /** The Stockholm coordinator who leads the cases. */
  lead: TestUser;
  /** A return officer of the IOM contact organisation (iomId). */
  officer: TestUser;
  /** Session cookies: the police case worker on the team, a case worker outside it, NMT, both IOM offices. */
  cookie: Record<ReturnCastRole, string>;
  iomId: string;
  policeId: string;
}

/** A Stockholm lead, a police case worker and an outsider, NMT, and two IOM offices with an officer each. */
export async function returnProgrammeCast(t: TestApp, iomNames: [string, string]): Promise<ReturnCast> {
  const lead = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  const policeId = await buildOrganisation(t.db, { type: 'police', regionCode: 'stockholm' });
  const agency = await buildOrganisation(t.db, { type: 'national_agency', regionCode: null });
  const iomId = await buildOrganisation(t.db, { type: 'iom', regionCode: null, name: iomNames[0] });
  const otherIom = await buildOrganisation(t.db, { type: 'iom', regionCode: null, name: iomNames[1] });
  const officer = await buildUser(t.db, { roles: ['return_officer'], organisationId: iomId });
  const cookie: Record<ReturnCastRole, string> = {
    lead: await signInAs(t.app, lead),
    worker: await signInAs(t.app, await buildUser(t.db, { roles: ['case_worker'], organisationId: policeId })),
    outsider: await signInAs(t.app, await buildUser(t.db, { roles: ['case_worker'], regionCode: 'stockholm' })),
    nmt: await signInAs(t.app, await buildUser(t.db, { roles: ['national_coordinator'], organisationId: agency })),
    officer: await signInAs(t.app, officer),
    otherOfficer: await signInAs(t.app, await buildUser(t.db, { roles: ['return_officer'], organisationId: otherIom })),
  };
  return { lead, officer, cookie, iomId, policeId };
}
