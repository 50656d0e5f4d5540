import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  enrolmentStarted,
  me,
  meta,
  recoveryCodesIssued,
  secondFactorInput,
  setupFinishInput,
  setupInput,
  signInInput,
  signInStep,
} from '../../../shared/schemas/auth.ts';
import { problem } from '../../../shared/schemas/common.ts';
import { canOf } from '../../../shared/access-catalogue.ts';
import type { Actor } from '../../platform/actor.ts';
import { clearSessionCookie, setSessionCookie } from '../../platform/authentication.ts';
import type { Config } from '../../config.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { unauthorized } from '../../platform/problems.ts';
import { actorContextOf, contextOf } from '../../platform/request-context.ts';
import { loadActor } from '../../platform/sessions.ts';
import { finishSignIn, hasAnyUser, pendingSignInSeconds, signOut, startSignIn } from './auth.service.ts';
import { finishSetup, startSetup } from './setup.service.ts';
import { authPolicy } from './auth.policy.ts';

const presentMe = (actor: Actor) => ({
  id: actor.userId,
  name: actor.name,
  email: actor.email,
  memberships: [...actor.memberships],
  can: canOf(actor.memberships.flatMap((m) => m.roles)),
});

/** The cookie that carries a sign-in between the password and the second factor. */
const pendingCookieName = (config: Config) => (config.secureCookies ? '__Host-samverka_pending' : 'samverka_pending');
const pendingCookieOptions = (config: Config) =>
  ({ path: '/', httpOnly: true, secure: config.secureCookies, sameSite: 'strict' }) as const;

export const authRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config, keyring }) => {
  app.get(
    '/meta',
    {
      config: { access: authPolicy.route('meta') },
      schema: { tags: ['system'], summary: 'Facts the web app needs before sign-in', response: { 200: meta } },
    },
    async () => ({ demo: config.demo, needsSetup: !(await hasAnyUser(db)), version: '0.1.0' }),
  );

  app.post(
    '/setup/start',
    {
      config: { access: authPolicy.route('startSetup') },
      schema: {
        tags: ['auth'],
        summary: 'Check the setup link and the first administrator, and start enrolling their second factor',
        body: setupInput,
        response: { 200: enrolmentStarted, 400: problem, 410: problem },
      },
    },
    async (request) => startSetup(db, keyring, request.body),
  );

  app.post(
    '/setup/finish',
    {
      config: { access: authPolicy.route('finishSetup') },
      schema: {
        tags: ['auth'],
        summary: 'Confirm the second factor with a code; creates the first administrator and their recovery codes',
        body: setupFinishInput,
        response: { 201: recoveryCodesIssued, 400: problem, 410: problem },
      },
    },
    async (request, reply) => {
      const recoveryCodes = await finishSetup(db, keyring, contextOf(request), request.body);
      return reply.code(201).send({ recoveryCodes });
    },
  );

  app.post(
    '/auth/sign-in',
    {
      config: { access: authPolicy.route('signIn') },
      schema: {
        tags: ['auth'],
        summary: 'First step of sign-in: e-mail and password; the second factor follows',
        body: signInInput,
        response: { 200: signInStep, 400: problem, 401: problem, 429: problem },
      },
    },
    async (request, reply) => {
      const token = await startSignIn(db, contextOf(request), request.body);
      reply.setCookie(pendingCookieName(config), token, { ...pendingCookieOptions(config), maxAge: pendingSignInSeconds });
      return { step: 'second_factor' as const };
    },
  );

  app.post(
    '/auth/sign-in/second-factor',
    {
      config: { access: authPolicy.route('confirmSecondFactor') },
      schema: {
        tags: ['auth'],
        summary: 'Second step of sign-in: a TOTP code or a recovery code; opens the session',
        body: secondFactorInput,
        response: { 200: me, 400: problem, 401: problem, 429: problem },
      },
    },
    async (request, reply) => {
      const ctx = { ...contextOf(request), userAgent: request.headers['user-agent'] };
      const token = await finishSignIn(db, keyring, config, ctx, request.cookies[pendingCookieName(config)], request.body);
      reply.clearCookie(pendingCookieName(config), pendingCookieOptions(config));
      const actor = await loadActor(db, token, config);
      if (!actor) throw unauthorized();
      setSessionCookie(reply, config, token);
      return presentMe(actor);
    },
  );

  app.post(
    '/auth/sign-out',
    {
      config: { access: authPolicy.route('signOut') },
      schema: { tags: ['auth'], summary: 'End the current session', response: { 204: z.null(), 401: problem } },
    },
    async (request, reply) => {
      await signOut(db, actorContextOf(request));
      clearSessionCookie(reply, config);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: authPolicy.route('readMe') },
      schema: { tags: ['auth'], summary: 'The signed-in user and their organisations', response: { 200: me, 401: problem } },
    },
    async (request) => presentMe(actorContextOf(request).actor),
  );
};
