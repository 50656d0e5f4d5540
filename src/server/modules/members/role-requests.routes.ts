import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organisationParams, rejectionInput, roleRequest, roleRequestList, roleRequestParams } from '../../../shared/schemas/admin.ts';
import { problem } from '../../../shared/schemas/common.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { approveRoleRequest, listRoleRequests, rejectRoleRequest, withdrawRoleRequest } from './role-requests.service.ts';
import { membersPolicy } from './members.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const tags = ['administration'];

/** Roles waiting for a second administrator. */
export const roleRequestRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  const deps = { db, emailNotifications: config.smtpUrl !== undefined };

  app.get(
    '/organisations/:organisationId/role-requests',
    {
      config: { access: membersPolicy.route('listRoleRequests') },
      schema: { tags, summary: 'Roles for members waiting for a second administrator', params: organisationParams, response: { 200: roleRequestList, ...errors } },
    },
    async (request) => listRoleRequests(db, actorContextOf(request), request.params.organisationId),
  );

  app.post(
    '/organisations/:organisationId/role-requests/:requestId/approve',
    {
      config: { access: membersPolicy.route('approveRoleRequest') },
      schema: { tags, summary: 'Approve roles as the second administrator; they take effect at once', params: roleRequestParams, response: { 200: roleRequest, ...errors } },
    },
    async (request) => approveRoleRequest(deps, actorContextOf(request), request.params.organisationId, request.params.requestId),
  );

  app.post(
    '/organisations/:organisationId/role-requests/:requestId/reject',
    {
      config: { access: membersPolicy.route('rejectRoleRequest') },
      schema: {
        tags,
        summary: 'Reject roles as the second administrator, with a reason for the one who asked',
        params: roleRequestParams,
        body: rejectionInput,
        response: { 200: roleRequest, ...errors },
      },
    },
    async (request) => rejectRoleRequest(deps, actorContextOf(request), request.params.organisationId, request.params.requestId, request.body.reason),
  );

  app.post(
    '/organisations/:organisationId/role-requests/:requestId/withdraw',
    {
      config: { access: membersPolicy.route('withdrawRoleRequest') },
      schema: { tags, summary: 'Withdraw a request one made oneself', params: roleRequestParams, response: { 200: roleRequest, ...errors } },
    },
    async (request) => withdrawRoleRequest(db, actorContextOf(request), request.params.organisationId, request.params.requestId),
  );
};
