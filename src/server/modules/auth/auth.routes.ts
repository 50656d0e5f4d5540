import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { me, meta, setupInput, signInInput } from '../../../shared/schemas/auth.ts';
import { problem } from '../../../shared/schemas/common.ts';
import type { Actor } from '../../platform/actor.ts';
import { clearSessionCookie, setSessionCookie } from '../../platform/authentication.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { unauthorized } from '../../platform/problems.ts';
import { actorContextOf, contextOf } from '../../platform/request-context.ts';
import { loadActor } from '../../platform/sessions.ts';
import { canCreateAnyCase, canViewCases } from '../cases/cases.policy.ts';
import { hasAnyUser, signIn, signOut } from './auth.service.ts';
import { completeSetup } from './setup.service.ts';

const presentMe = (actor: Actor) => ({
  id: actor.userId,
  name: actor.name,
  email: actor.email,
  memberships: [...actor.memberships],
  can: { viewCases: canViewCases(actor), createCases: canCreateAnyCase(actor) },
});

export const authRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.get(
    '/meta',
    {
      config: { access: { public: true } },
      schema: { tags: ['system'], summary: 'Facts the web app needs before sign-in', response: { 200: meta } },
    },
    async () => ({ demo: config.demo, needsSetup: !(await hasAnyUser(db)), version: '0.1.0' }),
  );

  app.post(
    '/setup',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['auth'],
        summary: 'Create the first administrator with the one-time setup link',
        body: setupInput,
        response: { 201: z.object({}), 400: problem, 410: problem },
      },
    },
    async (request, reply) => {
      await completeSetup(db, contextOf(request), request.body);
      return reply.code(201).send({});
    },
  );

  app.post(
    '/auth/sign-in',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password',
        body: signInInput,
        response: { 200: me, 400: problem, 401: problem },
      },
    },
    async (request, reply) => {
      const token = await signIn(db, config, contextOf(request), request.body);
      const actor = await loadActor(db, token, config);
      if (!actor) throw unauthorized();
      setSessionCookie(reply, config, token);
      return presentMe(actor);
    },
  );

  app.post(
    '/auth/sign-out',
    {
      config: { access: { signedIn: true } },
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
      config: { access: { signedIn: true } },
      schema: { tags: ['auth'], summary: 'The signed-in person and their organisations', response: { 200: me, 401: problem } },
    },
    async (request) => presentMe(actorContextOf(request).actor),
  );
};
