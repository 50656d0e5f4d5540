import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  accountSessions,
  changePasswordInput,
  reauthenticateInput,
  secondFactorFinishInput,
  sessionIdParams,
} from '../../../shared/schemas/account.ts';
import { enrolmentStarted, recoveryCodesIssued } from '../../../shared/schemas/auth.ts';
import { problem } from '../../../shared/schemas/common.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import {
  changePassword,
  finishSecondFactorReset,
  listMySessions,
  reauthenticate,
  renewRecoveryCodes,
  revokeMySession,
  startSecondFactorReset,
} from './account.service.ts';
import { accountPolicy } from './account.policy.ts';

/** The signed-in user's own account: sessions, re-authentication, password and second factor. */
export const accountRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config, keyring }) => {
  const tags = ['account'];

  app.get(
    '/account/sessions',
    { config: { access: accountPolicy.route('listSessions') }, schema: { tags, summary: 'My open sessions', response: { 200: accountSessions, 401: problem } } },
    async (request) => ({ items: await listMySessions(db, config, actorContextOf(request)) }),
  );

  app.delete(
    '/account/sessions/:id',
    {
      config: { access: accountPolicy.route('endSession') },
      schema: { tags, summary: 'End one of my sessions', params: sessionIdParams, response: { 204: z.null(), 401: problem, 404: problem } },
    },
    async (request, reply) => {
      await revokeMySession(db, actorContextOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/account/reauthenticate',
    {
      config: { access: accountPolicy.route('reauthenticate') },
      schema: {
        tags,
        summary: 'Prove the password and a code again, for the next five minutes of sensitive changes',
        body: reauthenticateInput,
        response: { 204: z.null(), 400: problem, 401: problem, 429: problem },
      },
    },
    async (request, reply) => {
      await reauthenticate(db, keyring, actorContextOf(request), request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/account/password',
    {
      config: { access: accountPolicy.route('changePassword') },
      schema: {
        tags,
        summary: 'Change my password (needs a recent re-authentication); ends my other sessions',
        body: changePasswordInput,
        response: { 204: z.null(), 400: problem, 401: problem, 403: problem },
      },
    },
    async (request, reply) => {
      await changePassword(db, actorContextOf(request), request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/account/second-factor/start',
    {
      config: { access: accountPolicy.route('startSecondFactor') },
      schema: {
        tags,
        summary: 'Start replacing my second factor (needs a recent re-authentication)',
        response: { 200: enrolmentStarted, 401: problem, 403: problem },
      },
    },
    async (request) => startSecondFactorReset(db, keyring, actorContextOf(request)),
  );

  app.post(
    '/account/second-factor/finish',
    {
      config: { access: accountPolicy.route('finishSecondFactor') },
      schema: {
        tags,
        summary: 'Confirm the new second factor with a code from it',
        body: secondFactorFinishInput,
        response: { 204: z.null(), 400: problem, 401: problem, 403: problem, 410: problem },
      },
    },
    async (request, reply) => {
      await finishSecondFactorReset(db, keyring, actorContextOf(request), request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/account/recovery-codes',
    {
      config: { access: accountPolicy.route('renewRecoveryCodes') },
      schema: {
        tags,
        summary: 'Replace my recovery codes with ten new ones (needs a recent re-authentication)',
        response: { 200: recoveryCodesIssued, 401: problem, 403: problem },
      },
    },
    async (request) => ({ recoveryCodes: await renewRecoveryCodes(db, actorContextOf(request)) }),
  );
};
