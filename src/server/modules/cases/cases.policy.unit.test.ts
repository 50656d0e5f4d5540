import { describe, expect, it } from 'vitest';
import type { PoliceRegion, Role } from '../../../shared/enums.ts';
import { roles } from '../../../shared/enums.ts';
import type { Actor } from '../../platform/actor.ts';
import { canCreateAnyCase, canCreateCase, initialLead } from './cases.policy.ts';

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
