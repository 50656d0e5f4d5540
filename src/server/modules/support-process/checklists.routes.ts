import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checklistEntry,
  checklistItem,
  checklistItemCreateInput,
  checklistItemList,
  checklistItemUpdateInput,
  checklistTickInput,
} from '../../../shared/schemas/support-process.ts';
import { problem } from '../../../shared/schemas/common.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { idempotencyHeaders, idempotencyKeyOf, requestFingerprint } from '../../platform/idempotency.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { expectedVersionOf, sendVersion } from '../../platform/versions.ts';
import { createChecklistItem, listChecklistItems, setChecklistMark, updateChecklistItem } from './checklists.service.ts';
import { supportProcessPolicy } from './support-process.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
/** National coordinators keep the phase checklists (DESIGN.md §4). */

/** The phase checklists: ticking them in a case, and keeping the items. */
export const checklistRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.put(
    '/cases/:caseId/checklist/:itemId',
    {
      config: { access: supportProcessPolicy.route('tickChecklist') },
      schema: {
        tags: ['support-process'],
        summary: 'Tick or untick a checklist item in the case',
        description: 'Idempotent: sending the same state again changes nothing. Retired and unknown items answer 404.',
        params: z.object({ caseId: z.uuid(), itemId: z.uuid() }),
        body: checklistTickInput,
        response: { 200: checklistEntry, ...errors },
      },
    },
    async (request) =>
      setChecklistMark(db, actorContextOf(request), request.params.caseId, request.params.itemId, request.body.done),
  );

  app.get(
    '/checklist-items',
    {
      config: { access: supportProcessPolicy.route('listChecklistItems') },
      schema: {
        tags: ['support-process'],
        summary: 'Every checklist item per phase, retired ones too',
        response: { 200: checklistItemList, 401: problem, 403: problem },
      },
    },
    async (request) => listChecklistItems(db, actorContextOf(request)),
  );

  app.post(
    '/checklist-items',
    {
      config: { access: supportProcessPolicy.route('createChecklistItem') },
      schema: {
        tags: ['support-process'],
        summary: "Add an item at the end of a phase's checklist",
        body: checklistItemCreateInput,
        headers: idempotencyHeaders,
        response: { 200: checklistItem, 201: checklistItem, ...errors, 422: problem },
      },
    },
    async (request, reply) => {
      const { item, replayed } = await createChecklistItem(db, actorContextOf(request), request.body, {
        key: idempotencyKeyOf(request),
        fingerprint: requestFingerprint(request),
      });
      sendVersion(reply, item.version);
      return reply.code(replayed ? 200 : 201).send(item);
    },
  );

  app.patch(
    '/checklist-items/:itemId',
    {
      config: { access: supportProcessPolicy.route('updateChecklistItem'), ifMatch: true },
      schema: {
        tags: ['support-process'],
        summary: 'Change a checklist item: labels, required, active, or its place',
        description: "Send the item's version in If-Match.",
        params: z.object({ itemId: z.uuid() }),
        body: checklistItemUpdateInput,
        response: { 200: checklistItem, ...errors, 412: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const expectedVersion = expectedVersionOf(request);
      const item = await updateChecklistItem(db, actorContextOf(request), request.params.itemId, request.body, expectedVersion);
      sendVersion(reply, item.version);
      return item;
    },
  );
};
