import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  caseTeam,
  consentWithdrawalInput,
  legalBasis,
  legalBasisInput,
  teamCandidates,
  teamCandidatesQuery,
  teamMember,
  teamMemberInput,
  teamMemberUpdateInput,
} from '../../../shared/schemas/case-team.ts';
import { caseParticipant } from '../../../shared/schemas/cases.ts';
import { problem, uuid } from '../../../shared/schemas/common.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { idempotencyHeaders, idempotencyKeyOf, requestFingerprint } from '../../platform/idempotency.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { expectedVersionOf, sendVersion } from '../../platform/versions.ts';
import {
  addMember,
  changeMember,
  getCandidates,
  getParticipants,
  getTeam,
  removeMember,
} from './team.service.ts';
import { recordLegalBasis, withdrawConsent } from './legal-bases.service.ts';
import { teamPolicy } from './team.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const writeErrors = { ...errors, 409: problem, 422: problem };
const versionedErrors = { ...errors, 409: problem, 412: problem, 428: problem };
const tags = ['case team'];

const caseParams = z.object({ caseId: uuid });
const legalBasisParams = caseParams.extend({ legalBasisId: uuid });
const memberParams = caseParams.extend({ memberId: uuid });

export const caseTeamRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/cases/:caseId/team',
    {
      config: { access: teamPolicy.route('read') },
      schema: {
        tags,
        summary: 'The case team and every legal basis recorded in the case',
        params: caseParams,
        response: { 200: caseTeam, ...errors },
      },
    },
    async (request) => getTeam(db, actorContextOf(request), request.params.caseId),
  );

  app.get(
    '/cases/:caseId/team/candidates',
    {
      config: { access: teamPolicy.route('listCandidates') },
      schema: {
        tags,
        summary: 'Organisations to put on the team, or the members of one of them to name as contacts',
        description:
          'Without organisationId: the active organisations, those of the case\'s region first. With it: that organisation\'s active members with a case role, as contacts. Needs the manageTeam ability.',
        params: caseParams,
        querystring: teamCandidatesQuery,
        response: { 200: teamCandidates, ...errors },
      },
    },
    async (request) => getCandidates(db, actorContextOf(request), request.params.caseId, request.query.organisationId),
  );

  app.get(
    '/cases/:caseId/participants',
    {
      config: { access: teamPolicy.route('listParticipants') },
      schema: {
        tags,
        summary: 'The members working on the case: the lead, the region\'s coordinators and the team organisations\' case-role members',
        params: caseParams,
        response: { 200: z.array(caseParticipant), ...errors },
      },
    },
    async (request) => getParticipants(db, actorContextOf(request), request.params.caseId),
  );

  app.post(
    '/cases/:caseId/legal-bases',
    {
      config: { access: teamPolicy.route('addLegalBasis') },
      schema: {
        tags,
        summary: "Record an organisation's legal basis: the person's consent or a statutory provision",
        params: caseParams,
        body: legalBasisInput,
        headers: idempotencyHeaders,
        response: { 200: legalBasis, 201: legalBasis, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { legalBasis: recorded, replayed } = await recordLegalBasis(db, actorContextOf(request), request.params.caseId, request.body, {
        key: idempotencyKeyOf(request),
        fingerprint: requestFingerprint(request),
      });
      sendVersion(reply, recorded.version);
      return reply.code(replayed ? 200 : 201).send(recorded);
    },
  );

  app.post(
    '/cases/:caseId/legal-bases/:legalBasisId/withdraw',
    {
      config: { access: teamPolicy.route('withdrawLegalBasis'), ifMatch: true },
      schema: {
        tags,
        summary: 'Record that the person withdrew a consent; the organisation loses the case at once',
        description:
          'Consent only: a statutory provision cannot be withdrawn (409). Send {} or no body to withdraw it now, or withdrawnAt for an earlier moment. Needs If-Match.',
        params: legalBasisParams,
        body: consentWithdrawalInput,
        response: { 200: legalBasis, ...versionedErrors },
      },
    },
    async (request, reply) => {
      const ctx = actorContextOf(request);
      const { caseId, legalBasisId } = request.params;
      const withdrawn = await withdrawConsent(db, ctx, caseId, legalBasisId, () => expectedVersionOf(request), request.body);
      sendVersion(reply, withdrawn.version);
      return withdrawn;
    },
  );

  app.post(
    '/cases/:caseId/team',
    {
      config: { access: teamPolicy.route('addMember') },
      schema: {
        tags,
        summary: 'Put an organisation on the case team under one of its legal bases',
        params: caseParams,
        body: teamMemberInput,
        headers: idempotencyHeaders,
        response: { 200: teamMember, 201: teamMember, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { member, replayed } = await addMember(db, actorContextOf(request), request.params.caseId, request.body, {
        key: idempotencyKeyOf(request),
        fingerprint: requestFingerprint(request),
      });
      sendVersion(reply, member.version);
      return reply.code(replayed ? 200 : 201).send(member);
    },
  );

  app.patch(
    '/cases/:caseId/team/:memberId',
    {
      config: { access: teamPolicy.route('updateMember'), ifMatch: true },
      schema: {
        tags,
        summary: "Change a team organisation's named contacts or legal basis",
        params: memberParams,
        body: teamMemberUpdateInput,
        response: { 200: teamMember, ...versionedErrors },
      },
    },
    async (request, reply) => {
      const { caseId, memberId } = request.params;
      const changed = await changeMember(db, actorContextOf(request), caseId, memberId, () => expectedVersionOf(request), request.body);
      sendVersion(reply, changed.version);
      return changed;
    },
  );

  app.delete(
    '/cases/:caseId/team/:memberId',
    {
      config: { access: teamPolicy.route('removeMember'), ifMatch: true },
      schema: {
        tags,
        summary: 'Take an organisation off the case team; its members lose the case at once',
        description: 'The row is kept as history. Needs If-Match.',
        params: memberParams,
        response: { 204: z.null(), ...versionedErrors },
      },
    },
    async (request, reply) => {
      const { caseId, memberId } = request.params;
      await removeMember(db, actorContextOf(request), caseId, memberId, () => expectedVersionOf(request));
      return reply.code(204).send(null);
    },
  );
};
