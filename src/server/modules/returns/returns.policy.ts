import { type SQL, and, inArray, notInArray, or, sql } from 'drizzle-orm';
import type { ReturnAbilities, ReturnStatus } from '../../../shared/schemas/returns.ts';
import { type Actor, hasRole } from '../../platform/actor.ts';
import { policyOf } from '../../platform/access.ts';
import { caseScope } from '../cases/cases.policy.ts';
import { isStepAllowed } from './return-rules.ts';
import { returnApplications } from './returns.schema.ts';

/** The IOM return programme (issue 11 part 3). */
export const returnsPolicy = policyOf('returns');

/** The organisations in which the actor is a return officer: the IOM organisations they act for. */
export function officerOrganisationIds(actor: Actor): string[] {
  return actor.memberships.filter((m) => m.roles.includes('return_officer')).map((m) => m.organisationId);
}

/** Before NMT has assigned it, no IOM organisation sees an application. */
const notYetAssigned: ReturnStatus[] = ['submitted', 'approved', 'declined'];

/**
 * The return officers of the IOM organisation an application is assigned to: they see the
 * referral, and only what it shares (returns.queries.ts presents it without the case).
 */
export function referralScope(actor: Actor): SQL {
  const organisationIds = officerOrganisationIds(actor);
  if (organisationIds.length === 0) return sql`false`;
  return and(inArray(returnApplications.iomOrganisationId, organisationIds), notInArray(returnApplications.status, notYetAssigned))!;
}

/**
 * Who sees an application (DESIGN.md §6, issue 11): national coordinators all; those who see its
 * case (the case scope, over the joined cases table); the return officers of the IOM organisation
 * it was assigned to. Everyone else sees nothing, not even that it exists.
 */
export function returnScope(actor: Actor): SQL {
  if (hasRole(actor, 'national_coordinator')) return sql`true`;
  return or(caseScope(actor), referralScope(actor))!;
}

/** The facts about one application and the actor that decide what the actor may do next. */
export interface ReturnFacts {
  status: ReturnStatus;
  isNational: boolean;
  /** A return officer of the IOM organisation it is assigned to. */
  isReceivingOfficer: boolean;
  /** Works in the case (sees it and may manage its measures). */
  worksInCase: boolean;
}

/** What the actor may do with the application now: their role in it, and where it stands. */
export function returnAbilities(facts: ReturnFacts): ReturnAbilities {
  const { status, isNational, isReceivingOfficer, worksInCase } = facts;
  const carriesOut = isNational || isReceivingOfficer;
  return {
    decide: isNational && isStepAllowed('decide', status),
    assign: isNational && isStepAllowed('assign', status),
    planJourney: carriesOut && isStepAllowed('planJourney', status),
    recordArrival: carriesOut && isStepAllowed('recordArrival', status),
    recordPlan: carriesOut && isStepAllowed('recordPlan', status),
    recordFollowUp: carriesOut && isStepAllowed('recordFollowUp', status),
    withdraw: (isNational || worksInCase) && isStepAllowed('withdraw', status),
    end: (carriesOut || worksInCase) && isStepAllowed('end', status),
  };
}
