import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../../shared/schemas/common.ts';
import {
  consultationAdviceInput,
  consultationAssignee,
  consultationAssignInput,
  consultationCloseInput,
  consultationCreateInput,
  consultationDetail,
  consultationEscalated,
  consultationEscalateInput,
  consultationListPage,
  consultationListQuery,
} from '../../../shared/schemas/consultations.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { idempotencyHeaders, idempotencyKeyOf, requestFingerprint } from '../../platform/idempotency.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { expectedVersionOf, sendVersion } from '../../platform/versions.ts';
import {
  adviseConsultation,
  assignConsultation,
  claimConsultation,
  closeConsultation,
  createConsultation,
  escalateConsultation,
  getConsultation,
  listAssignees,
  listConsultationsFor,
} from './consultations.service.ts';
import { consultationsPolicy } from './consultations.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const updateErrors = { ...errors, 409: problem, 412: problem, 428: problem };
const params = z.object({ consultationId: z.uuid() });
export const consultationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps;

  app.get(
    '/consultations',
    {
      config: { access: consultationsPolicy.route('list') },
      schema: {
        tags: ['consultations'],
        summary: "Consultations the caller may see: their region's queue, or the ones they opened",
        querystring: consultationListQuery,
        response: { 200: consultationListPage, ...errors },
      },
    },
    async (request) => listConsultationsFor(db, actorContextOf(request), request.query),
  );

  app.post(
    '/consultations',
    {
      config: { access: consultationsPolicy.route('create') },
      schema: {
        tags: ['consultations'],
        summary: 'Ask for method support as a signed-in professional or support-line operator',
        body: consultationCreateInput,
        headers: idempotencyHeaders,
        response: { 200: consultationDetail, 201: consultationDetail, ...errors, 422: problem },
      },
    },
    async (request, reply) => {
      const { detail, replayed } = await createConsultation(db, actorContextOf(request), request.body, {
        key: idempotencyKeyOf(request),
        fingerprint: requestFingerprint(request),
      });
      sendVersion(reply, detail.version);
      return reply
        .code(replayed ? 200 : 201)
        .header('location', `/api/consultations/${detail.id}`)
        .send(detail);
    },
  );

  app.get(
    '/consultations/:consultationId',
    {
      config: { access: consultationsPolicy.route('read') },
      schema: {
        tags: ['consultations'],
        summary: 'One consultation with its advice log, if the caller may see it',
        params,
        response: { 200: consultationDetail, ...errors },
      },
    },
    async (request, reply) => {
      const detail = await getConsultation(db, actorContextOf(request), request.params.consultationId);
      sendVersion(reply, detail.version);
      return detail;
    },
  );

  app.get(
    '/consultations/:consultationId/assignees',
    {
      config: { access: consultationsPolicy.route('listAssignees') },
      schema: {
        tags: ['consultations'],
        summary: "Whom it may be assigned to: the active regional coordinators of the consultation's region",
        params,
        response: { 200: z.array(consultationAssignee), ...errors },
      },
    },
    async (request) => listAssignees(db, actorContextOf(request), request.params.consultationId),
  );

  app.post(
    '/consultations/:consultationId/claim',
    {
      config: { access: consultationsPolicy.route('claim'), ifMatch: true },
      schema: {
        tags: ['consultations'],
        summary: 'Take the consultation (with If-Match)',
        params,
        response: { 200: consultationDetail, ...updateErrors },
      },
    },
    async (request, reply) => {
      const expected = expectedVersionOf(request);
      const detail = await claimConsultation(db, actorContextOf(request), request.params.consultationId, expected);
      sendVersion(reply, detail.version);
      return detail;
    },
  );

  app.post(
    '/consultations/:consultationId/assign',
    {
      config: { access: consultationsPolicy.route('assign'), ifMatch: true },
      schema: {
        tags: ['consultations'],
        summary: "Give the consultation to a regional coordinator of its region (with If-Match)",
        params,
        body: consultationAssignInput,
        response: { 200: consultationDetail, ...updateErrors },
      },
    },
    async (request, reply) => {
      const expected = expectedVersionOf(request);
      const detail = await assignConsultation(db, actorContextOf(request), request.params.consultationId, expected, request.body.userId);
      sendVersion(reply, detail.version);
      return detail;
    },
  );

  app.post(
    '/consultations/:consultationId/advice',
    {
      config: { access: consultationsPolicy.route('advise') },
      schema: {
        tags: ['consultations'],
        summary: 'Log advice given (append-only)',
        params,
        body: consultationAdviceInput,
        response: { 201: consultationDetail, ...errors, 409: problem },
      },
    },
    async (request, reply) => {
      const detail = await adviseConsultation(db, actorContextOf(request), request.params.consultationId, request.body);
      sendVersion(reply, detail.version);
      return reply.code(201).send(detail);
    },
  );

  app.post(
    '/consultations/:consultationId/close',
    {
      config: { access: consultationsPolicy.route('close'), ifMatch: true },
      schema: {
        tags: ['consultations'],
        summary: 'Close the consultation with its outcome (with If-Match)',
        params,
        body: consultationCloseInput,
        response: { 200: consultationDetail, ...updateErrors },
      },
    },
    async (request, reply) => {
      const expected = expectedVersionOf(request);
      const detail = await closeConsultation(db, actorContextOf(request), request.params.consultationId, expected, request.body.outcome);
      sendVersion(reply, detail.version);
      return detail;
    },
  );

  app.post(
    '/consultations/:consultationId/escalate',
    {
      config: { access: consultationsPolicy.route('escalate'), ifMatch: true },
      schema: {
        tags: ['consultations'],
        summary: 'Open a case from the consultation, carrying its facts over; each links to the other (with If-Match)',
        params,
        body: consultationEscalateInput,
        response: { 201: consultationEscalated, ...updateErrors },
      },
    },
    async (request, reply) => {
      const expected = expectedVersionOf(request);
      const escalated = await escalateConsultation(db, actorContextOf(request), request.params.consultationId, expected, request.body);
      return reply.code(201).header('location', `/api/cases/${escalated.caseId}`).send(escalated);
    },
  );
};
