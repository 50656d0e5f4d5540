import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../../shared/schemas/common.ts';
import {
  attendanceInput,
  registrationList,
  registrationParams,
  trainingCreateInput,
  trainingEvaluationInput,
  trainingItem,
  trainingList,
  trainingListQuery,
  trainingParams,
  trainingUpdateInput,
  organiserRegions as organiserRegionsSchema,
} from '../../../shared/schemas/trainings.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { idempotencyHeaders, idempotencyKeyOf, requestFingerprint } from '../../platform/idempotency.ts';
import { createMailer } from '../../platform/mail.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { expectedVersionOf, sendVersion } from '../../platform/versions.ts';
import type { TrainingDeps } from './training-mail.ts';
import { cancelRegistration, listRegistrations, markAttendance } from './training-registrants.service.ts';
import { createTraining, listTrainings, organiserRegions, readTraining, recordEvaluation, updateTraining } from './trainings.service.ts';
import { trainingsPolicy } from './trainings.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const tags = ['trainings'];

/** Training events as their organisers (trainers, national coordinators) keep them. */
export const trainingRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config, keyring }) => {
  const mailer = createMailer(config);
  const depsOf = (request: { log: FastifyBaseLogger }): TrainingDeps => ({ db, mailer, keyring, publicUrl: config.publicUrl, log: request.log });

  app.get(
    '/trainings',
    {
      config: { access: trainingsPolicy.route('list') },
      schema: {
        tags,
        summary: 'Upcoming or past training events with their counts: those the caller organises, and published national events and those of their regions',
        querystring: trainingListQuery,
        response: { 200: trainingList, ...errors },
      },
    },
    async (request) => listTrainings(db, actorContextOf(request), request.query),
  );

  app.get(
    '/trainings/organiser-regions',
    {
      config: { access: trainingsPolicy.route('organiserRegions') },
      schema: { tags, summary: 'Where the caller may place a training: nationally, and in which police regions', response: { 200: organiserRegionsSchema, ...errors } },
    },
    async (request) => organiserRegions(actorContextOf(request)),
  );

  app.post(
    '/trainings',
    {
      config: { access: trainingsPolicy.route('create') },
      schema: {
        tags,
        summary: 'Create a training event, as a draft or published at once',
        body: trainingCreateInput,
        headers: idempotencyHeaders,
        response: { 200: trainingItem, 201: trainingItem, ...errors, 422: problem },
      },
    },
    async (request, reply) => {
      const { item, replayed } = await createTraining(db, actorContextOf(request), request.body, {
        key: idempotencyKeyOf(request),
        fingerprint: requestFingerprint(request),
      });
      sendVersion(reply, item.version);
      return reply.code(replayed ? 200 : 201).send(item);
    },
  );

  app.get(
    '/trainings/:trainingId',
    {
      config: { access: trainingsPolicy.route('read') },
      schema: { tags, summary: 'One training event with its counts and evaluation', params: trainingParams, response: { 200: trainingItem, ...errors } },
    },
    async (request, reply) => {
      const item = await readTraining(db, actorContextOf(request), request.params.trainingId);
      sendVersion(reply, item.version);
      return item;
    },
  );

  app.patch(
    '/trainings/:trainingId',
    {
      config: { access: trainingsPolicy.route('update'), ifMatch: true },
      schema: {
        tags,
        summary: 'Change, publish or cancel a training event (send only what changes, with If-Match)',
        description:
          'Cancelling ends every registration and e-mails the registrants when SMTP is configured. A capacity below the seats taken is refused; a larger one gives the new seats to the waiting list in order.',
        params: trainingParams,
        body: trainingUpdateInput,
        response: { 200: trainingItem, ...errors, 409: problem, 412: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const item = await updateTraining(depsOf(request), actorContextOf(request), request.params.trainingId, expectedVersionOf(request), request.body);
      sendVersion(reply, item.version);
      return item;
    },
  );

  app.put(
    '/trainings/:trainingId/evaluation',
    {
      config: { access: trainingsPolicy.route('recordEvaluation'), ifMatch: true },
      schema: {
        tags,
        summary: "Record the organiser's summary of the evaluations (with If-Match)",
        params: trainingParams,
        body: trainingEvaluationInput,
        response: { 200: trainingItem, ...errors, 412: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const item = await recordEvaluation(db, actorContextOf(request), request.params.trainingId, expectedVersionOf(request), request.body);
      sendVersion(reply, item.version);
      return item;
    },
  );

  app.get(
    '/trainings/:trainingId/registrations',
    {
      config: { access: trainingsPolicy.route('listRegistrations') },
      schema: {
        tags,
        summary: 'The registrants: seats first, then the waiting list in order (each read is audited)',
        params: trainingParams,
        response: { 200: registrationList, ...errors },
      },
    },
    async (request) => listRegistrations(db, actorContextOf(request), request.params.trainingId),
  );

  app.post(
    '/trainings/:trainingId/registrations/:registrationId/cancel',
    {
      config: { access: trainingsPolicy.route('cancelRegistration') },
      schema: {
        tags,
        summary: 'Cancel a registration; the registrant is told and the first on the waiting list gets the seat',
        params: registrationParams,
        response: { 204: z.null(), ...errors, 409: problem },
      },
    },
    async (request, reply) => {
      await cancelRegistration(depsOf(request), actorContextOf(request), request.params.trainingId, request.params.registrationId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/trainings/:trainingId/registrations/:registrationId/attendance',
    {
      config: { access: trainingsPolicy.route('markAttendance') },
      schema: {
        tags,
        summary: 'Mark whether a registrant holding a seat attended',
        params: registrationParams,
        body: attendanceInput,
        response: { 204: z.null(), ...errors, 409: problem },
      },
    },
    async (request, reply) => {
      await markAttendance(db, actorContextOf(request), request.params.trainingId, request.params.registrationId, request.body.attended);
      return reply.code(204).send(null);
    },
  );
};
