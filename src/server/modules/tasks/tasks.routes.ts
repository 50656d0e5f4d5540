import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem, uuid } from '../../../shared/schemas/common.ts';
import { task, taskCreateInput, taskParams, taskUpdateInput } from '../../../shared/schemas/tasks.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { idempotencyHeaders, idempotencyKeyOf, requestFingerprint } from '../../platform/idempotency.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { expectedVersionOf, sendVersion } from '../../platform/versions.ts';
import { changeTask, createTask, listCaseTasks } from './tasks.service.ts';
import { tasksPolicy } from './tasks.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const caseParams = z.object({ caseId: uuid });

/** Tasks of a case: something to do, with an assignee and a due date. */
export const taskRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/cases/:caseId/tasks',
    {
      config: { access: tasksPolicy.route('list') },
      schema: {
        tags: ['tasks'],
        summary: "The case's tasks: open ones first by due date, then the done ones",
        params: caseParams,
        response: { 200: z.array(task), ...errors },
      },
    },
    async (request) => listCaseTasks(db, actorContextOf(request), request.params.caseId),
  );

  app.post(
    '/cases/:caseId/tasks',
    {
      config: { access: tasksPolicy.route('create') },
      schema: {
        tags: ['tasks'],
        summary: 'Add a task to the case',
        description: 'The assignee must be someone working on the case (see GET /api/cases/{caseId}/participants); otherwise 400.',
        params: caseParams,
        body: taskCreateInput,
        headers: idempotencyHeaders,
        response: { 200: task, 201: task, ...errors, 422: problem },
      },
    },
    async (request, reply) => {
      const { task: created, replayed } = await createTask(db, actorContextOf(request), request.params.caseId, request.body, {
        key: idempotencyKeyOf(request),
        fingerprint: requestFingerprint(request),
      });
      sendVersion(reply, created.version);
      return reply.code(replayed ? 200 : 201).send(created);
    },
  );

  app.patch(
    '/cases/:caseId/tasks/:taskId',
    {
      config: { access: tasksPolicy.route('update'), ifMatch: true },
      schema: {
        tags: ['tasks'],
        summary: 'Change a task, or mark it done or not done',
        description: 'Needs If-Match with the version read; send only what changes.',
        params: taskParams,
        body: taskUpdateInput,
        response: { 200: task, ...errors, 412: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const expectedVersion = expectedVersionOf(request);
      const updated = await changeTask(db, actorContextOf(request), request.params.caseId, request.params.taskId, request.body, expectedVersion);
      sendVersion(reply, updated.version);
      return updated;
    },
  );
};
