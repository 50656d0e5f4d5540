import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { problem } from '../../../shared/schemas/common.ts';
import {
  caseReturnParams,
  caseReturns,
  iomOrganisationList,
  returnApplication,
  returnArrivalInput,
  returnAssignInput,
  returnDecisionInput,
  returnFollowUpInput,
  returnJourneyInput,
  returnList,
  returnParams,
  returnPlanInput,
  returnReferInput,
  returnWithdrawInput,
} from '../../../shared/schemas/returns.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { idempotencyHeaders, idempotencyKeyOf, requestFingerprint } from '../../platform/idempotency.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import {
  assignReturn,
  decideReturn,
  planReturnJourney,
  recordReturnArrival,
  recordReturnFollowUp,
  recordReturnPlan,
  withdrawReturn,
} from './return-steps.service.ts';
import { getReturn, listCaseReturns, listIomOrganisations, listReturns, referToReturn } from './returns.service.ts';
import { returnsPolicy } from './returns.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const stepErrors = { ...errors, 409: problem };
const tags = ['returns'];

/** The IOM return programme (issue 11 part 3): referral on the case, NMT's decision, IOM's steps. */
export const returnRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  const deps = { db, emailed: config.smtpUrl !== undefined };

  app.get(
    '/cases/:caseId/return-applications',
    {
      config: { access: returnsPolicy.route('readForCase') },
      schema: { tags, summary: "The case's applications to the return programme, newest first", params: caseReturnParams, response: { 200: caseReturns, ...errors } },
    },
    async (request) => listCaseReturns(db, actorContextOf(request), request.params.caseId),
  );

  app.post(
    '/cases/:caseId/return-applications',
    {
      config: { access: returnsPolicy.route('refer') },
      schema: {
        tags,
        summary: 'Refer the person to the return programme, with their consent',
        description: 'Needs a case member who works in the case; 409 while an application is already in the programme.',
        params: caseReturnParams,
        body: returnReferInput,
        headers: idempotencyHeaders,
        response: { 200: returnApplication, 201: returnApplication, ...stepErrors },
      },
    },
    async (request, reply) => {
      const { application, replayed } = await referToReturn(deps, actorContextOf(request), request.params.caseId, request.body, {
        key: idempotencyKeyOf(request),
        fingerprint: requestFingerprint(request),
      });
      return reply.code(replayed ? 200 : 201).send(application);
    },
  );

  app.get(
    '/returns',
    {
      config: { access: returnsPolicy.route('list') },
      schema: { tags, summary: 'Everyone in the programme the caller may see: overdue follow-ups first, then the next due date', response: { 200: returnList, ...errors } },
    },
    async (request) => listReturns(db, actorContextOf(request)),
  );

  app.get(
    '/returns/iom-organisations',
    {
      config: { access: returnsPolicy.route('listIomOrganisations') },
      schema: { tags, summary: 'The active IOM organisations an application may be assigned to', response: { 200: iomOrganisationList, ...errors } },
    },
    async (request) => listIomOrganisations(db, actorContextOf(request)),
  );

  app.get(
    '/returns/:returnId',
    {
      config: { access: returnsPolicy.route('read') },
      schema: { tags, summary: 'One application: for IOM, only what the referral shares', params: returnParams, response: { 200: returnApplication, ...errors } },
    },
    async (request) => getReturn(db, actorContextOf(request), request.params.returnId),
  );

  /** The schema of one step of the programme: 409 when the application is not where the step starts. */
  const stepSchema = <B extends z.ZodType>(summary: string, body: B) => ({ tags, summary, params: returnParams, body, response: { 200: returnApplication, ...stepErrors } });

  app.post(
    '/returns/:returnId/decision',
    { config: { access: returnsPolicy.route('decide') }, schema: stepSchema('NMT approves or declines (with a reason) a submitted application', returnDecisionInput) },
    async (request) => decideReturn(deps, actorContextOf(request), request.params.returnId, request.body),
  );

  app.post(
    '/returns/:returnId/assignment',
    { config: { access: returnsPolicy.route('assign') }, schema: stepSchema('NMT assigns an approved application to an active IOM organisation', returnAssignInput) },
    async (request) => assignReturn(deps, actorContextOf(request), request.params.returnId, request.body),
  );

  app.post(
    '/returns/:returnId/journey',
    { config: { access: returnsPolicy.route('planJourney') }, schema: stepSchema('Plan (or move) the journey date', returnJourneyInput) },
    async (request) => planReturnJourney(deps, actorContextOf(request), request.params.returnId, request.body),
  );

  app.post(
    '/returns/:returnId/arrival',
    { config: { access: returnsPolicy.route('recordArrival') }, schema: stepSchema('Record the arrival: the plan and follow-ups fall due from it', returnArrivalInput) },
    async (request) => recordReturnArrival(deps, actorContextOf(request), request.params.returnId, request.body),
  );

  app.post(
    '/returns/:returnId/reintegration-plan',
    { config: { access: returnsPolicy.route('recordPlan') }, schema: stepSchema('Record the reintegration plan', returnPlanInput) },
    async (request) => recordReturnPlan(deps, actorContextOf(request), request.params.returnId, request.body),
  );

  app.post(
    '/returns/:returnId/follow-ups',
    { config: { access: returnsPolicy.route('recordFollowUp') }, schema: stepSchema('Record a follow-up with its assessment (1–5 on each area)', returnFollowUpInput) },
    async (request) => recordReturnFollowUp(deps, actorContextOf(request), request.params.returnId, request.body),
  );

  app.post(
    '/returns/:returnId/withdrawal',
    { config: { access: returnsPolicy.route('withdraw') }, schema: stepSchema('Withdraw the application with a reason, before departure', returnWithdrawInput) },
    async (request) => withdrawReturn(deps, actorContextOf(request), request.params.returnId, request.body),
  );
};
