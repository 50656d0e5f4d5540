import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callCreateInput, callItem, callList, callListQuery, callUpdateInput } from '../../../shared/schemas/calls.ts';
import { problem } from '../../../shared/schemas/common.ts';
import type { Role } from '../../../shared/enums.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { idempotencyHeaders, idempotencyKeyOf, requestFingerprint } from '../../platform/idempotency.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { expectedVersionOf, sendVersion } from '../../platform/versions.ts';
import { createCall, listCalls, updateCall } from './calls.service.ts';
import { callsPolicy } from './calls.policy.ts';

/** The support line's call log belongs to its operators; each reads and changes only their own calls. */
export const callRoles = ['support_line_operator'] as const satisfies readonly Role[];

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const callParams = z.object({ callId: z.uuid() });

export const callRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps;

  app.get(
    '/calls',
    {
      config: { access: callsPolicy.route('list') },
      schema: {
        tags: ['calls'],
        summary: "The operator's own calls of one day (Swedish time; today by default), newest first",
        querystring: callListQuery,
        response: { 200: callList, ...errors },
      },
    },
    async (request) => listCalls(db, actorContextOf(request), request.query),
  );

  app.post(
    '/calls',
    {
      config: { access: callsPolicy.route('create') },
      schema: {
        tags: ['calls'],
        summary: 'Log a call to the support line',
        description:
          "A call from an exposed person holds no identity data: advice text with a Swedish personal identity number is refused. A consultation or case reference is accepted only when the operator may see it; any other gives the same 400 as one that does not exist.",
        body: callCreateInput,
        headers: idempotencyHeaders,
        response: { 200: callItem, 201: callItem, ...errors, 422: problem },
      },
    },
    async (request, reply) => {
      const { item, replayed } = await createCall(db, actorContextOf(request), request.body, {
        key: idempotencyKeyOf(request),
        fingerprint: requestFingerprint(request),
      });
      sendVersion(reply, item.version);
      return reply.code(replayed ? 200 : 201).send(item);
    },
  );

  app.patch(
    '/calls/:callId',
    {
      config: { access: callsPolicy.route('update'), ifMatch: true },
      schema: {
        tags: ['calls'],
        summary: 'Change one of your own calls (send only what changes, with If-Match)',
        params: callParams,
        body: callUpdateInput,
        response: { 200: callItem, ...errors, 412: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const expectedVersion = expectedVersionOf(request);
      const item = await updateCall(db, actorContextOf(request), request.params.callId, expectedVersion, request.body);
      sendVersion(reply, item.version);
      return item;
    },
  );
};
