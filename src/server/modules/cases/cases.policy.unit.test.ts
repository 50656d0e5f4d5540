import { describe, expect, it } from 'vitest';
import type { PoliceRegion, Role } from '../../../shared/enums.ts';
import { roles } from '../../../shared/enums.ts';
import type { Actor } from '../../platform/actor.ts';
import { type CaseAccessFacts, accessVia, caseAbilities, canCreateAnyCase, canCreateCase, initialLead } from './cases.policy.ts';

function actorWith(role: Role, regionCode: PoliceRegion | null = 'stockholm'): Actor {
  return {
    userId: '00000000-0000-4000-8000-000000000001',
    name: 'Test',
    email: 't@samverka.test',
    sessionId: 's',
    memberships: [
      {
        organisationId: '00000000-0000-4000-8000-000000000002',
        organisationName: 'Org',
        organisationType: 'municipality',
        regionCode,
        roles: [role],
      },
    ],
  };
}

describe('who may open a case', () => {
  const allowed: Partial<Record<Role, true>> = { national_coordinator: true, regional_coordinator: true };

  it.each(roles)('%s in their own region', (role) => {
    expect(canCreateCase(actorWith(role), 'stockholm')).toBe(allowed[role] === true);
    expect(canCreateAnyCase(actorWith(role))).toBe(allowed[role] === true);
  });

  it('a regional coordinator only in their own region', () => {
    expect(canCreateCase(actorWith('regional_coordinator', 'stockholm'), 'syd')).toBe(false);
  });

  it('a national coordinator in every region', () => {
    expect(canCreateCase(actorWith('national_coordinator', null), 'syd')).toBe(true);
  });
});

describe('initialLead', () => {
  it('makes the regional coordinator of the case region its lead', () => {
    const actor = actorWith('regional_coordinator', 'vast');
    expect(initialLead(actor, 'vast')).toBe(actor.userId);
  });

  it('leaves a case opened from elsewhere without a lead', () => {
    expect(initialLead(actorWith('national_coordinator', null), 'vast')).toBeNull();
  });
});

describe('what each way into a case allows', () => {
  const none: CaseAccessFacts = {
    isNational: false,
    isLead: false,
    coordinatesRegion: false,
    hasTeamSeat: false,
    isNamedOnTeam: false,
    breakGlassExpiresAt: null,
    hasProtectedIdentity: false,
  };
  const later = new Date('2030-01-01T00:00:00Z');
  const ways: Record<string, Partial<CaseAccessFacts>> = {
    national: { isNational: true },
    lead: { isLead: true },
    region: { coordinatesRegion: true },
    team: { hasTeamSeat: true },
    namedOnTeam: { hasTeamSeat: true, isNamedOnTeam: true },
    breakGlass: { breakGlassExpiresAt: later },
  };
  // Rows: the ways in; columns: the abilities. Reviewed against DESIGN.md §2 and §6.
  const expected: Record<string, { runs: boolean; works: boolean; journal: boolean; identity: boolean; editIdentity: boolean }> = {
    national: { runs: true, works: true, journal: true, identity: false, editIdentity: false },
    lead: { runs: true, works: true, journal: true, identity: true, editIdentity: true },
    region: { runs: true, works: true, journal: true, identity: false, editIdentity: false },
    team: { runs: false, works: true, journal: true, identity: false, editIdentity: false },
    namedOnTeam: { runs: false, works: true, journal: true, identity: true, editIdentity: false },
    breakGlass: { runs: false, works: false, journal: true, identity: false, editIdentity: false },
  };

  it.each(Object.keys(ways))('%s', (way) => {
    const can = caseAbilities({ ...none, ...ways[way] });
    const want = expected[way]!;
    expect({ edit: can.edit, movePhase: can.movePhase, manageTeam: can.manageTeam, manageLinks: can.manageLinks }).toEqual({
      edit: want.runs,
      movePhase: want.runs,
      manageTeam: want.runs,
      manageLinks: want.runs,
    });
    expect({ tickChecklist: can.tickChecklist, tasks: can.manageTasks, measures: can.manageMeasures, documents: can.uploadDocuments }).toEqual({
      tickChecklist: want.works,
      tasks: want.works,
      measures: want.works,
      documents: want.works,
    });
    expect(can.writeJournal).toBe(want.journal);
    expect(can.showIdentity).toBe(want.identity);
    expect(can.showAddress).toBe(want.identity);
    expect(can.editIdentity).toBe(want.editIdentity);
  });

  it('keeps protected identity to the lead, and its address from everyone', () => {
    const lead = caseAbilities({ ...none, isLead: true, hasProtectedIdentity: true });
    expect(lead).toMatchObject({ showIdentity: true, editIdentity: true, showAddress: false });
    const named = caseAbilities({ ...none, hasTeamSeat: true, isNamedOnTeam: true, hasProtectedIdentity: true });
    expect(named).toMatchObject({ showIdentity: false, showAddress: false });
  });

  it('names the strongest way in, and break-the-glass only when nothing else holds', () => {
    expect(accessVia({ ...none, isLead: true, coordinatesRegion: true })).toBe('lead');
    expect(accessVia({ ...none, coordinatesRegion: true, breakGlassExpiresAt: later })).toBe('region');
    expect(accessVia({ ...none, hasTeamSeat: true })).toBe('team');
    expect(accessVia({ ...none, breakGlassExpiresAt: later })).toBe('break_glass');
  });
});
