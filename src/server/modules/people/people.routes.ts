import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organisationParams, person, personList, personParams, rolesInput, sessionsRevoked } from '../../../shared/schemas/admin.ts';
import { problem } from '../../../shared/schemas/common.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { changeRoles, getPerson, listPeopleOf, revokeSessions, setActive } from './people.service.ts';
import { peoplePolicy } from './people.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const tags = ['administration'];

export const peopleRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  const deps = { db, emailNotifications: config.smtpUrl !== undefined };
  app.get(
    '/organisations/:organisationId/people',
    {
      config: { access: peoplePolicy.route('list') },
      schema: { tags, summary: 'The people of an organisation the caller administers', params: organisationParams, response: { 200: personList, ...errors } },
    },
    async (request) => listPeopleOf(db, actorContextOf(request), request.params.organisationId),
  );

  app.get(
    '/organisations/:organisationId/people/:userId',
    {
      config: { access: peoplePolicy.route('read') },
      schema: { tags, summary: 'One person of an organisation the caller administers', params: personParams, response: { 200: person, ...errors } },
    },
    async (request) => getPerson(db, actorContextOf(request), request.params.organisationId, request.params.userId),
  );

  app.put(
    '/organisations/:organisationId/people/:userId/roles',
    {
      config: { access: peoplePolicy.route('setRoles') },
      schema: { tags, summary: "Set a person's roles: removals at once; roles that open case content, audit or administration wait for a second administrator", params: personParams, body: rolesInput, response: { 200: person, ...errors } },
    },
    async (request) =>
      changeRoles(deps, actorContextOf(request), request.params.organisationId, request.params.userId, request.body.roles),
  );

  app.post(
    '/organisations/:organisationId/people/:userId/deactivate',
    {
      config: { access: peoplePolicy.route('deactivate') },
      schema: { tags, summary: 'Deactivate a person and end all their sessions', params: personParams, response: { 200: person, ...errors } },
    },
    async (request) => setActive(db, actorContextOf(request), request.params.organisationId, request.params.userId, false),
  );

  app.post(
    '/organisations/:organisationId/people/:userId/reactivate',
    {
      config: { access: peoplePolicy.route('reactivate') },
      schema: { tags, summary: 'Let a deactivated person sign in again', params: personParams, response: { 200: person, ...errors } },
    },
    async (request) => setActive(db, actorContextOf(request), request.params.organisationId, request.params.userId, true),
  );

  app.post(
    '/organisations/:organisationId/people/:userId/revoke-sessions',
    {
      config: { access: peoplePolicy.route('endSessions') },
      schema: { tags, summary: "End every session of a person", params: personParams, response: { 200: sessionsRevoked, ...errors } },
    },
    async (request) => revokeSessions(db, actorContextOf(request), request.params.organisationId, request.params.userId),
  );
};
