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
  returnEndInput,
  returnFollowUpInput,
  returnJourneyInput,
  returnList,
  returnParams,
  returnPlanInput,
  returnReferInput,
  returnWithdrawInput,
} from '../../../shared/schemas/returns.ts';
import type { ReturnApplication } from '../../../shared/schemas/returns.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { idempotencyHeaders, idempotencyKeyOf, requestFingerprint } from '../../platform/idempotency.ts';
import { type ActorContext, actorContextOf } from '../../platform/request-context.ts';
import {
  assignReturn,
  decideReturn,
  endReturn,
  planReturnJourney,
  recordReturnArrival,
  recordReturnFollowUp,
  recordReturnPlan,
  withdrawReturn,
} from './return-steps.service.ts';
import type { ReturnStep } from './return-rules.ts';
import { type ReturnDeps, getReturn, listCaseReturns, listIomOrganisations, listReturns, referToReturn } from './returns.service.ts';
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

  // The steps of the programme: each its own path, policy action, summary and body schema.
  for (const step of returnSteps) {
    app.post(
      `/returns/:returnId/${step.path}`,
      {
        config: { access: returnsPolicy.route(step.action) },
        // 409 when the application is not where the step starts.
        schema: { tags, summary: step.summary, params: returnParams, body: step.body, response: { 200: returnApplication, ...stepErrors } },
      },
      async (request) => step.run(deps, actorContextOf(request), request.params.returnId, request.body),
    );
  }
};

/** One step's route: its body schema and its service are typed together, so they cannot drift apart. */
function stepRoute<B extends z.ZodType>(
  path: string,
  action: ReturnStep,
  summary: string,
  body: B,
  service: (deps: ReturnDeps, ctx: ActorContext, id: string, input: z.output<B>) => Promise<ReturnApplication>,
) {
  // The body reaches run() already validated by Fastify against `body`.
  const run = (deps: ReturnDeps, ctx: ActorContext, id: string, input: unknown) => service(deps, ctx, id, input as z.output<B>);
  return { path, action, summary, body, run };
}

const returnSteps = [
  stepRoute('decision', 'decide', 'NMT approves or declines (with a reason) a submitted application', returnDecisionInput, decideReturn),
  stepRoute('assignment', 'assign', 'NMT assigns an approved application to an active IOM organisation', returnAssignInput, assignReturn),
  stepRoute('journey', 'planJourney', 'Plan (or move) the journey date', returnJourneyInput, planReturnJourney),
  stepRoute('arrival', 'recordArrival', 'Record the arrival: the plan and follow-ups fall due from it', returnArrivalInput, recordReturnArrival),
  stepRoute('reintegration-plan', 'recordPlan', 'Record the reintegration plan', returnPlanInput, recordReturnPlan),
  stepRoute('follow-ups', 'recordFollowUp', 'Record a follow-up with its assessment (1–5 on each area)', returnFollowUpInput, recordReturnFollowUp),
  stepRoute('withdrawal', 'withdraw', 'Withdraw the application with a reason, before departure', returnWithdrawInput, withdrawReturn),
  stepRoute(
    'end',
    'end',
    'End the participation before the 12-month follow-up, with a reason; the open plan and follow-ups and their reminders are cancelled',
    returnEndInput,
    endReturn,
  ),
];
