import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organisationParams, roleChangeList } from '../../../shared/schemas/admin.ts';
import { problem } from '../../../shared/schemas/common.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { auditPolicy } from './audit.policy.ts';
import { listRoleChanges } from './role-changes.service.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const tags = ['administration'];

/** Views of the audit log for the members it concerns: an organisation's log of role changes. */
export const auditRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/organisations/:organisationId/role-changes',
    {
      config: { access: auditPolicy.route('readRoleChanges') },
      schema: {
        tags,
        summary: "The organisation's log of role changes, requests, decisions and refused attempts (newest 200)",
        params: organisationParams,
        response: { 200: roleChangeList, ...errors },
      },
    },
    async (request) => listRoleChanges(db, actorContextOf(request), request.params.organisationId),
  );
};
