import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  organisation,
  organisationCreateInput,
  organisationList,
  organisationParams,
  organisationUpdateInput,
} from '../../../shared/schemas/admin.ts';
import { problem } from '../../../shared/schemas/common.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { createOrganisation, getOrganisation, listOrganisationsFor, updateOrganisation } from './organisations.service.ts';
import { organisationsPolicy } from './organisations.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };

export const organisationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, keyring }) => {
  app.get(
    '/organisations',
    {
      config: { access: organisationsPolicy.route('list') },
      schema: {
        tags: ['administration'],
        summary: 'Organisations the caller administers: every one for a system admin',
        response: { 200: organisationList, ...errors },
      },
    },
    async (request) => listOrganisationsFor(db, actorContextOf(request)),
  );

  app.post(
    '/organisations',
    {
      config: { access: organisationsPolicy.route('create') },
      schema: {
        tags: ['administration'],
        summary: 'Create an organisation',
        body: organisationCreateInput,
        response: { 201: organisation, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createOrganisation(db, keyring, actorContextOf(request), request.body);
      return reply.code(201).header('location', `/api/organisations/${created.id}`).send(created);
    },
  );

  app.get(
    '/organisations/:organisationId',
    {
      config: { access: organisationsPolicy.route('read') },
      schema: {
        tags: ['administration'],
        summary: 'One organisation, if the caller administers it',
        params: organisationParams,
        response: { 200: organisation, ...errors },
      },
    },
    async (request) => getOrganisation(db, actorContextOf(request), request.params.organisationId),
  );

  app.patch(
    '/organisations/:organisationId',
    {
      config: { access: organisationsPolicy.route('update') },
      schema: {
        tags: ['administration'],
        summary: 'Change, deactivate or reactivate an organisation',
        params: organisationParams,
        body: organisationUpdateInput,
        response: { 200: organisation, ...errors },
      },
    },
    async (request) =>
      updateOrganisation(db, keyring, actorContextOf(request), request.params.organisationId, request.body),
  );
};
