import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  invitationCreateInput,
  invitationList,
  invitationParams,
  invitationSent,
  organisationParams,
  rejectionInput,
} from '../../../shared/schemas/admin.ts';
import { problem } from '../../../shared/schemas/common.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { createMailer } from '../../platform/mail.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { approveInvitation, rejectInvitation } from './invitation-approval.service.ts';
import { createInvitation, listOpenInvitations, resendInvitation, revokeInvitation } from './invitations.service.ts';
import { invitationsPolicy } from './invitations.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };
const tags = ['administration'];

export const invitationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  const mailer = createMailer(config);
  const emailNotifications = config.smtpUrl !== undefined;
  const depsOf = (request: { log: FastifyBaseLogger }) => ({ db, config, mailer, emailNotifications, log: request.log });

  app.get(
    '/organisations/:organisationId/invitations',
    {
      config: { access: invitationsPolicy.route('list') },
      schema: { tags, summary: 'Invitations not yet accepted or revoked', params: organisationParams, response: { 200: invitationList, ...errors } },
    },
    async (request) => listOpenInvitations(db, actorContextOf(request), request.params.organisationId),
  );

  app.post(
    '/organisations/:organisationId/invitations',
    {
      config: { access: invitationsPolicy.route('create') },
      schema: {
        tags,
        summary: 'Invite a new member with roles; e-mails the link, or returns it once when there is no SMTP',
        params: organisationParams,
        body: invitationCreateInput,
        response: { 201: invitationSent, ...errors },
      },
    },
    async (request, reply) => {
      const sent = await createInvitation(
        depsOf(request),
        actorContextOf(request),
        request.params.organisationId,
        request.body,
      );
      return reply.code(201).send(sent);
    },
  );

  app.post(
    '/organisations/:organisationId/invitations/:invitationId/resend',
    {
      config: { access: invitationsPolicy.route('resend') },
      schema: {
        tags,
        summary: 'Send an invitation again with a new link; the old link stops working',
        params: invitationParams,
        response: { 200: invitationSent, ...errors },
      },
    },
    async (request) =>
      resendInvitation(depsOf(request), actorContextOf(request), request.params.organisationId, request.params.invitationId),
  );

  app.post(
    '/organisations/:organisationId/invitations/:invitationId/approve',
    {
      config: { access: invitationsPolicy.route('approve') },
      schema: {
        tags,
        summary: "A second administrator approves an invitation's roles; the link is then e-mailed, or returned once",
        params: invitationParams,
        response: { 200: invitationSent, ...errors },
      },
    },
    async (request) => approveInvitation(depsOf(request), actorContextOf(request), request.params.organisationId, request.params.invitationId),
  );

  app.post(
    '/organisations/:organisationId/invitations/:invitationId/reject',
    {
      config: { access: invitationsPolicy.route('reject') },
      schema: {
        tags,
        summary: 'A second administrator rejects an invitation waiting for approval, with a reason; it is revoked',
        params: invitationParams,
        body: rejectionInput,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await rejectInvitation(depsOf(request), actorContextOf(request), request.params.organisationId, request.params.invitationId, request.body.reason);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/organisations/:organisationId/invitations/:invitationId/revoke',
    {
      config: { access: invitationsPolicy.route('revoke') },
      schema: { tags, summary: 'Revoke an invitation', params: invitationParams, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await revokeInvitation(db, actorContextOf(request), request.params.organisationId, request.params.invitationId);
      return reply.code(204).send(null);
    },
  );
};
