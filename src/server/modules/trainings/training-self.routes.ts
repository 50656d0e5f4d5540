import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { myRegistrationList, selfRegistrationInput, selfRegistrationReceipt } from '../../../shared/schemas/my-trainings.ts';
import { problem } from '../../../shared/schemas/common.ts';
import { trainingParams } from '../../../shared/schemas/trainings.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { createMailer } from '../../platform/mail.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import type { TrainingDeps } from './training-mail.ts';
import { cancelMyRegistration, listMyRegistrations, registerSelf } from './training-self.service.ts';
import { trainingsPolicy } from './trainings.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const tags = ['trainings'];

/** Signed-in staff of any organisation register themselves for published events and cancel in the app. */
export const trainingSelfRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config, keyring }) => {
  const mailer = createMailer(config);
  const depsOf = (request: { log: FastifyBaseLogger }): TrainingDeps => ({ db, mailer, keyring, publicUrl: config.publicUrl, log: request.log });

  app.get(
    '/trainings/my-registrations',
    {
      config: { access: trainingsPolicy.route('listMyRegistrations') },
      schema: { tags, summary: "The signed-in user's own training registrations", response: { 200: myRegistrationList, ...errors } },
    },
    async (request) => listMyRegistrations(db, actorContextOf(request)),
  );

  app.post(
    '/trainings/:trainingId/my-registration',
    {
      config: { access: trainingsPolicy.route('registerSelf') },
      schema: {
        tags,
        summary: 'Register yourself for a published training, for one of your organisations: a seat while there is one, otherwise the waiting list',
        params: trainingParams,
        body: selfRegistrationInput,
        response: { 201: selfRegistrationReceipt, ...errors, 409: problem },
      },
    },
    async (request, reply) => reply.code(201).send(await registerSelf(depsOf(request), actorContextOf(request), request.params.trainingId, request.body)),
  );

  app.post(
    '/trainings/:trainingId/my-registration/cancel',
    {
      config: { access: trainingsPolicy.route('cancelMyRegistration') },
      schema: {
        tags,
        summary: 'Cancel your own registration; the seat goes to the first waiting',
        params: trainingParams,
        response: { 204: z.null(), ...errors, 409: problem },
      },
    },
    async (request, reply) => {
      await cancelMyRegistration(depsOf(request), actorContextOf(request), request.params.trainingId);
      return reply.code(204).send(null);
    },
  );
};
