import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problem } from '../../../shared/schemas/common.ts';
import { intakeBodyLimit, intakeFormToken, intakeInput, intakeReceipt } from '../../../shared/schemas/intake.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { contextOf } from '../../platform/request-context.ts';
import { formToken, submitIntake } from './intake.service.ts';
import { intakePolicy } from './intake.policy.ts';

/**
 * The public "Misstänker du människohandel?" form: open without sign-in, so it defends itself with
 * a sealed fill-time token, a honeypot, a rate limit per address and a small body limit.
 */
export const intakeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, keyring }) => {
  const tags = ['intake'];

  app.get(
    '/intake/form-token',
    {
      config: { access: intakePolicy.route('issueFormToken') },
      schema: {
        tags,
        summary: 'A sealed token holding when the form was loaded; the submission must carry it',
        response: { 200: intakeFormToken },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return formToken(keyring);
    },
  );

  app.post(
    '/intake',
    {
      config: { access: intakePolicy.route('submit') },
      bodyLimit: intakeBodyLimit,
      schema: {
        tags,
        summary: 'Submits the public form: opens a consultation in the police region of the municipality',
        description:
          'A filled-in honeypot field (`website`) is answered 201 with a reference that is not stored. ' +
          'The form token must be between 3 seconds and 2 hours old. At most 5 submissions per address in 10 minutes.',
        body: intakeInput,
        response: { 201: intakeReceipt, 400: problem, 413: problem, 429: problem },
      },
    },
    async (request, reply) => reply.code(201).send(await submitIntake(db, keyring, contextOf(request), request.body)),
  );
};
