import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../../shared/schemas/common.ts';
import {
  caseCreateInput,
  caseDetail,
  caseListPage,
  caseListQuery,
  caseUpdateInput,
  leadCandidate,
} from '../../../shared/schemas/cases.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { idempotencyHeaders, idempotencyKeyOf, requestFingerprint } from '../../platform/idempotency.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { expectedVersionOf, sendVersion } from '../../platform/versions.ts';
import { breakGlassRoutes } from './break-glass.routes.ts';
import { caseLinkRoutes } from './case-links.routes.ts';
import { createCase, getCase, listCasesFor, listLeadCandidates, updateCase } from './cases.service.ts';
import { casesPolicy } from './cases.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const caseParams = z.object({ caseId: z.uuid() });

/** Whether the query string names the parameter itself (a default filled in by the schema does not). */
function hasQueryParameter(url: string, name: string): boolean {
  const at = url.indexOf('?');
  return at >= 0 && new URLSearchParams(url.slice(at + 1)).has(name);
}

export const caseRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps;
  await app.register(caseLinkRoutes, deps);
  await app.register(breakGlassRoutes, deps);

  app.get(
    '/cases',
    {
      config: { access: casesPolicy.route('list') },
      schema: {
        tags: ['cases'],
        summary: 'Cases the caller may see, filtered or searched, a page at a time',
        description:
          'With q: full-text search over journal text (Swedish stemming), code names and reference numbers, best match first unless sort is given, each item with the snippet that matched.',
        querystring: caseListQuery,
        response: { 200: caseListPage, ...errors },
      },
    },
    async (request) => {
      // A search is sorted by relevance unless the client chose another order.
      const query =
        request.query.q !== undefined && !hasQueryParameter(request.url, 'sort') ? { ...request.query, sort: 'relevance' as const } : request.query;
      return listCasesFor(db, actorContextOf(request), query);
    },
  );

  app.post(
    '/cases',
    {
      config: { access: casesPolicy.route('create') },
      schema: {
        tags: ['cases'],
        summary: 'Open a case for an exposed person',
        body: caseCreateInput,
        headers: idempotencyHeaders,
        response: { 200: caseDetail, 201: caseDetail, ...errors, 422: problem },
      },
    },
    async (request, reply) => {
      const { detail, replayed } = await createCase(db, actorContextOf(request), request.body, {
        key: idempotencyKeyOf(request),
        fingerprint: requestFingerprint(request),
      });
      sendVersion(reply, detail.version);
      return reply
        .code(replayed ? 200 : 201)
        .header('location', `/api/cases/${detail.id}`)
        .send(detail);
    },
  );

  app.get(
    '/cases/:caseId',
    {
      config: { access: casesPolicy.route('read') },
      schema: {
        tags: ['cases'],
        summary: 'One case, if the caller may see it',
        params: caseParams,
        response: { 200: caseDetail, ...errors },
      },
    },
    async (request, reply) => {
      const detail = await getCase(db, actorContextOf(request), request.params.caseId);
      sendVersion(reply, detail.version);
      return detail;
    },
  );

  app.patch(
    '/cases/:caseId',
    {
      config: { access: casesPolicy.route('update'), ifMatch: true },
      schema: {
        tags: ['cases'],
        summary: "Change the case's own fields (send only what changes, with If-Match)",
        params: caseParams,
        body: caseUpdateInput,
        response: { 200: caseDetail, ...errors, 412: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const expectedVersion = expectedVersionOf(request);
      const detail = await updateCase(db, actorContextOf(request), request.params.caseId, expectedVersion, request.body);
      sendVersion(reply, detail.version);
      return detail;
    },
  );

  app.get(
    '/cases/:caseId/lead-candidates',
    {
      config: { access: casesPolicy.route('listLeadCandidates') },
      schema: {
        tags: ['cases'],
        summary: "Who may lead the case: the active regional coordinators of the case's region",
        params: caseParams,
        response: { 200: z.array(leadCandidate), ...errors },
      },
    },
    async (request) => listLeadCandidates(db, actorContextOf(request), request.params.caseId),
  );
};
