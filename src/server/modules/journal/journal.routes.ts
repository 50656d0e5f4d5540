import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem, uuid } from '../../../shared/schemas/common.ts';
import { journalEntry, journalEntryInput, journalEntryParams, journalEntryRevision } from '../../../shared/schemas/journal.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { idempotencyHeaders, idempotencyKeyOf, requestFingerprint } from '../../platform/idempotency.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { expectedVersionOf, sendVersion } from '../../platform/versions.ts';
import { correctJournalEntry, listJournal, listRevisions, writeJournalEntry } from './journal.service.ts';
import { journalPolicy } from './journal.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const caseParams = z.object({ caseId: uuid });

/** The journal of a case: dated notes, append-only, correctable by their author for a while. */
export const journalRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/cases/:caseId/journal',
    {
      config: { access: journalPolicy.route('list') },
      schema: {
        tags: ['journal'],
        summary: "The case's journal, newest entry first",
        params: caseParams,
        response: { 200: z.array(journalEntry), ...errors },
      },
    },
    async (request) => listJournal(db, actorContextOf(request), request.params.caseId),
  );

  app.post(
    '/cases/:caseId/journal',
    {
      config: { access: journalPolicy.route('create') },
      schema: {
        tags: ['journal'],
        summary: 'Write a journal entry',
        params: caseParams,
        body: journalEntryInput,
        headers: idempotencyHeaders,
        response: { 200: journalEntry, 201: journalEntry, ...errors, 422: problem },
      },
    },
    async (request, reply) => {
      const { entry, replayed } = await writeJournalEntry(db, actorContextOf(request), request.params.caseId, request.body, {
        key: idempotencyKeyOf(request),
        fingerprint: requestFingerprint(request),
      });
      sendVersion(reply, entry.version);
      return reply.code(replayed ? 200 : 201).send(entry);
    },
  );

  app.patch(
    '/cases/:caseId/journal/:entryId',
    {
      config: { access: journalPolicy.route('update'), ifMatch: true },
      schema: {
        tags: ['journal'],
        summary: 'Correct your own journal entry within 24 hours; the earlier text is kept',
        description:
          'Needs If-Match with the version read. 403 for an entry written by someone else, or when the 24 hours have passed.',
        params: journalEntryParams,
        body: journalEntryInput,
        response: { 200: journalEntry, ...errors, 412: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const expectedVersion = expectedVersionOf(request);
      const entry = await correctJournalEntry(
        db,
        actorContextOf(request),
        request.params.caseId,
        request.params.entryId,
        request.body,
        expectedVersion,
      );
      sendVersion(reply, entry.version);
      return entry;
    },
  );

  app.get(
    '/cases/:caseId/journal/:entryId/revisions',
    {
      config: { access: journalPolicy.route('listRevisions') },
      schema: {
        tags: ['journal'],
        summary: "A journal entry's earlier texts, the most recently replaced first",
        params: journalEntryParams,
        response: { 200: z.array(journalEntryRevision), ...errors },
      },
    },
    async (request) => listRevisions(db, actorContextOf(request), request.params.caseId, request.params.entryId),
  );
};
