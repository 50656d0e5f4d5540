import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problem } from '../../../shared/schemas/common.ts';
import {
  ownRegistration,
  publicTraining,
  publicTrainingList,
  registrationFormToken as formTokenSchema,
  registrationAccepted,
  registrationInput,
  registrationTokenInput,
  trainingParams,
  trainingRegistrationBodyLimit,
} from '../../../shared/schemas/trainings.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { createMailer } from '../../platform/mail.ts';
import { contextOf } from '../../platform/request-context.ts';
import type { TrainingDeps } from './training-mail.ts';
import { cancelOwnRegistration, listPublished, readOwnRegistration, readPublished, register, registrationFormToken } from './training-registration.service.ts';
import { trainingsPolicy } from './trainings.policy.ts';

const tags = ['trainings (public)'];

/**
 * The public side of trainings: published events, registration without signing in (defended like
 * the intake form) and the registrant's own registration, reached with the token they were given
 * (in the body, never the path, so it stays out of logs).
 */
export const trainingRegistrationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config, keyring }) => {
  const mailer = createMailer(config);
  const depsOf = (request: { log: FastifyBaseLogger }): TrainingDeps => ({ db, mailer, keyring, publicUrl: config.publicUrl, log: request.log });

  app.get(
    '/public/trainings',
    {
      config: { access: trainingsPolicy.route('listPublished') },
      schema: { tags, summary: 'Published training events that have not ended, soonest first', response: { 200: publicTrainingList } },
    },
    async () => listPublished(db),
  );

  app.get(
    '/public/trainings/:trainingId',
    {
      config: { access: trainingsPolicy.route('readPublished') },
      schema: { tags, summary: 'One published training event', params: trainingParams, response: { 200: publicTraining, 400: problem, 404: problem } },
    },
    async (request) => readPublished(db, request.params.trainingId),
  );

  app.get(
    '/public/training-registration/form-token',
    {
      config: { access: trainingsPolicy.route('issueFormToken') },
      schema: { tags, summary: 'A sealed token holding when the registration form was loaded', response: { 200: formTokenSchema } },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return registrationFormToken(keyring);
    },
  );

  app.post(
    '/public/trainings/:trainingId/registrations',
    {
      config: { access: trainingsPolicy.route('register') },
      bodyLimit: trainingRegistrationBodyLimit,
      schema: {
        tags,
        summary: 'Register for a published training: a seat while there is one, otherwise the waiting list; the reference and link go by e-mail',
        description:
          'Every accepted submission is answered 202 with the same body: a new registration, an address already registered (which is e-mailed a new link instead) and a filled-in honeypot field (`website`, nothing stored) alike. A closed registration is 409 with code `registration_closed`. The form token must be between 3 seconds and 2 hours old. At most 10 registrations per address in 10 minutes.',
        params: trainingParams,
        body: registrationInput,
        response: { 202: registrationAccepted, 400: problem, 404: problem, 409: problem, 413: problem, 429: problem },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await register(depsOf(request), contextOf(request), request.params.trainingId, request.body)),
  );

  app.post(
    '/public/training-registration/read',
    {
      config: { access: trainingsPolicy.route('readOwnRegistration') },
      schema: { tags, summary: 'The registrant reads their own registration with its token', body: registrationTokenInput, response: { 200: ownRegistration, 400: problem, 404: problem } },
    },
    async (request) => readOwnRegistration(db, contextOf(request), request.body.token),
  );

  app.post(
    '/public/training-registration/cancel',
    {
      config: { access: trainingsPolicy.route('cancelOwnRegistration') },
      schema: {
        tags,
        summary: 'The registrant cancels their own registration with its token; the seat goes to the first waiting',
        body: registrationTokenInput,
        response: { 200: ownRegistration, 400: problem, 404: problem, 409: problem },
      },
    },
    async (request) => cancelOwnRegistration(depsOf(request), contextOf(request), request.body.token),
  );
};
