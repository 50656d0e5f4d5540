import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../../shared/schemas/common.ts';
import { legalHold, legalHoldInput, legalHoldParams, retentionSetting, retentionSettingsInput } from '../../../shared/schemas/retention.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { retentionPolicy } from './retention.policy.ts';
import { liftLegalHold, listLegalHolds, placeLegalHold, readRetentionSettings, updateRetentionSettings } from './retention.service.ts';

const errors = { 400: problem, 401: problem, 403: problem };
const tags = ['retention'];

/** Retention periods per record type and legal holds on cases (system administrators). */
export const retentionRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.get(
    '/admin/retention',
    {
      config: { access: retentionPolicy.route('readSettings') },
      schema: { tags, summary: 'The retention period of every record type: default, setting and the one in force', response: { 200: z.array(retentionSetting), ...errors } },
    },
    async (request) => readRetentionSettings(db, actorContextOf(request), config),
  );

  app.post(
    '/admin/retention',
    {
      config: { access: retentionPolicy.route('updateSettings') },
      schema: {
        tags,
        summary: 'Set the retention period of some record types (null: back to the default)',
        description: 'Sets the periods named as a whole (no version to match); the others are unchanged.',
        body: retentionSettingsInput,
        response: { 200: z.array(retentionSetting), ...errors },
      },
    },
    async (request) => updateRetentionSettings(db, actorContextOf(request), config, request.body),
  );

  app.get(
    '/admin/legal-holds',
    {
      config: { access: retentionPolicy.route('listHolds') },
      schema: { tags, summary: 'Legal holds, active first', response: { 200: z.array(legalHold), ...errors } },
    },
    async (request) => listLegalHolds(db, actorContextOf(request)),
  );

  app.post(
    '/admin/legal-holds',
    {
      config: { access: retentionPolicy.route('placeHold') },
      schema: {
        tags,
        summary: 'Place a legal hold on a case by its reference: it is not anonymised while held',
        body: legalHoldInput,
        response: { 201: legalHold, ...errors, 409: problem },
      },
    },
    async (request, reply) => reply.code(201).send(await placeLegalHold(db, actorContextOf(request), request.body)),
  );

  app.post(
    '/admin/legal-holds/:holdId/lift',
    {
      config: { access: retentionPolicy.route('liftHold') },
      schema: { tags, summary: 'Lift a legal hold (audited)', params: legalHoldParams, response: { 204: z.null(), ...errors, 404: problem, 409: problem } },
    },
    async (request, reply) => {
      await liftLegalHold(db, actorContextOf(request), request.params.holdId);
      return reply.code(204).send(null);
    },
  );
};
