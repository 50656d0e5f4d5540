import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { enrolmentStarted } from '../../../shared/schemas/auth.ts';
import { problem } from '../../../shared/schemas/common.ts';
import {
  acceptExistingInput,
  acceptFinishInput,
  acceptStartInput,
  invitationAccepted,
  invitationDetails,
  invitationTokenInput,
} from '../../../shared/schemas/invitation-acceptance.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { contextOf } from '../../platform/request-context.ts';
import {
  acceptWithExistingAccount,
  finishAcceptance,
  inspectInvitation,
  startAcceptance,
} from './invitation-acceptance.service.ts';
import { invitationAcceptancePolicy } from './invitations.policy.ts';

/**
 * The invitee's side of an invitation. Public: the token from the link is the credential. POST
 * even for reading, so the token never sits in a URL, a log line or a Referer.
 */
export const invitationAcceptanceRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, keyring }) => {
  const tags = ['invitations'];

  app.post(
    '/invitations/inspect',
    {
      config: { access: invitationAcceptancePolicy.route('inspect') },
      schema: {
        tags,
        summary: 'What an invitation offers, and whether its e-mail already has an account',
        body: invitationTokenInput,
        response: { 200: invitationDetails, 400: problem, 410: problem, 429: problem },
      },
    },
    async (request) => inspectInvitation(db, contextOf(request), request.body.token),
  );

  app.post(
    '/invitations/accept/start',
    {
      config: { access: invitationAcceptancePolicy.route('startAcceptance') },
      schema: {
        tags,
        summary: 'New account, first step: choose a password and get a TOTP secret to enrol',
        body: acceptStartInput,
        response: { 200: enrolmentStarted, 400: problem, 409: problem, 410: problem, 429: problem },
      },
    },
    async (request) => startAcceptance(db, keyring, contextOf(request), request.body),
  );

  app.post(
    '/invitations/accept/finish',
    {
      config: { access: invitationAcceptancePolicy.route('finishAcceptance') },
      schema: {
        tags,
        summary: 'New account, second step: confirm the TOTP with a code; creates the account and returns recovery codes',
        body: acceptFinishInput,
        response: { 201: invitationAccepted, 400: problem, 409: problem, 410: problem, 429: problem },
      },
    },
    async (request, reply) => reply.code(201).send(await finishAcceptance(db, keyring, contextOf(request), request.body)),
  );

  app.post(
    '/invitations/accept/existing',
    {
      config: { access: invitationAcceptancePolicy.route('acceptWithExistingAccount') },
      schema: {
        tags,
        summary: 'Existing account: confirm it with password and code to join the organisation',
        body: acceptExistingInput,
        response: { 200: invitationAccepted, 400: problem, 401: problem, 410: problem, 429: problem },
      },
    },
    async (request) => acceptWithExistingAccount(db, keyring, contextOf(request), request.body),
  );
};
