import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { member, memberList, organisationParams, memberParams, rolesInput, sessionsRevoked } from '../../../shared/schemas/admin.ts';
import { problem } from '../../../shared/schemas/common.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { changeRoles, getMember, listMembersOf, revokeSessions, setActive } from './members.service.ts';
import { membersPolicy } from './members.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const tags = ['administration'];

export const memberRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  const deps = { db, emailNotifications: config.smtpUrl !== undefined };
  app.get(
    '/organisations/:organisationId/members',
    {
      config: { access: membersPolicy.route('list') },
      schema: { tags, summary: 'The members of an organisation the caller administers', params: organisationParams, response: { 200: memberList, ...errors } },
    },
    async (request) => listMembersOf(db, actorContextOf(request), request.params.organisationId),
  );

  app.get(
    '/organisations/:organisationId/members/:userId',
    {
      config: { access: membersPolicy.route('read') },
      schema: { tags, summary: 'One member of an organisation the caller administers', params: memberParams, response: { 200: member, ...errors } },
    },
    async (request) => getMember(db, actorContextOf(request), request.params.organisationId, request.params.userId),
  );

  app.put(
    '/organisations/:organisationId/members/:userId/roles',
    {
      config: { access: membersPolicy.route('setRoles') },
      schema: { tags, summary: "Set a member's roles: removals at once; roles that open case content, audit or administration wait for a second administrator", params: memberParams, body: rolesInput, response: { 200: member, ...errors } },
    },
    async (request) =>
      changeRoles(deps, actorContextOf(request), request.params.organisationId, request.params.userId, request.body.roles),
  );

  app.post(
    '/organisations/:organisationId/members/:userId/deactivate',
    {
      config: { access: membersPolicy.route('deactivate') },
      schema: { tags, summary: 'Deactivate a member and end all their sessions', params: memberParams, response: { 200: member, ...errors } },
    },
    async (request) => setActive(db, actorContextOf(request), request.params.organisationId, request.params.userId, false),
  );

  app.post(
    '/organisations/:organisationId/members/:userId/reactivate',
    {
      config: { access: membersPolicy.route('reactivate') },
      schema: { tags, summary: 'Let a deactivated member sign in again', params: memberParams, response: { 200: member, ...errors } },
    },
    async (request) => setActive(db, actorContextOf(request), request.params.organisationId, request.params.userId, true),
  );

  app.post(
    '/organisations/:organisationId/members/:userId/revoke-sessions',
    {
      config: { access: membersPolicy.route('endSessions') },
      schema: { tags, summary: "End every session of a member", params: memberParams, response: { 200: sessionsRevoked, ...errors } },
    },
    async (request) => revokeSessions(db, actorContextOf(request), request.params.organisationId, request.params.userId),
  );
};
