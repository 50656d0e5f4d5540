import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem, uuid } from '../../../shared/schemas/common.ts';
import {
  caseReferralParams,
  incomingCount,
  incomingQuery,
  recipientQuery,
  referral,
  referralCreateInput,
  referralParams,
  referralReasonInput,
  referralRecipients,
  transferCreateInput,
} from '../../../shared/schemas/referrals.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { idempotencyHeaders, idempotencyKeyOf, requestFingerprint } from '../../platform/idempotency.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { expectedVersionOf, sendVersion } from '../../platform/versions.ts';
import { acceptReferral, countIncoming, declineReferral, listIncoming } from './referral-answers.service.ts';
import { createReferral, getRecipients, listReferralsOfCase, revokeReferral } from './referrals.service.ts';
import { referralsPolicy } from './referrals.policy.ts';
import { requestTransfer } from './transfers.service.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const writeErrors = { ...errors, 409: problem, 422: problem };
const answerErrors = { ...errors, 409: problem, 412: problem, 428: problem };
const tags = ['referrals'];
const caseParams = z.object({ caseId: uuid });

/** Referrals and transfers of cases between organisations (issue 11). */
export const referralRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  const emailed = config.smtpUrl !== undefined;

  app.get(
    '/cases/:caseId/referrals',
    {
      config: { access: referralsPolicy.route('list') },
      schema: { tags, summary: "The case's referrals and transfers, latest first", params: caseParams, response: { 200: z.array(referral), ...errors } },
    },
    async (request) => listReferralsOfCase(db, actorContextOf(request), request.params.caseId),
  );

  app.get(
    '/cases/:caseId/referrals/recipients',
    {
      config: { access: referralsPolicy.route('listRecipients') },
      schema: {
        tags,
        summary: 'Organisations to refer or transfer the case to, or the members of one to name',
        description: 'Only active organisations with active members who can answer, and only active members, are offered.',
        params: caseParams,
        querystring: recipientQuery,
        response: { 200: referralRecipients, ...errors },
      },
    },
    async (request) => getRecipients(db, actorContextOf(request), request.params.caseId, request.query),
  );

  app.post(
    '/cases/:caseId/referrals',
    {
      config: { access: referralsPolicy.route('create') },
      schema: {
        tags,
        summary: 'Refer the case, or one service need, to another organisation',
        description: 'A disabled organisation or user is refused with 400; the same open referral again with 409.',
        params: caseParams,
        body: referralCreateInput,
        headers: idempotencyHeaders,
        response: { 200: referral, 201: referral, ...writeErrors },
      },
    },
    async (request, reply) => {
      const idempotency = { key: idempotencyKeyOf(request), fingerprint: requestFingerprint(request) };
      const { referral: created, replayed } = await createReferral(db, actorContextOf(request), request.params.caseId, request.body, idempotency, emailed);
      sendVersion(reply, created.version);
      return reply.code(replayed ? 200 : 201).send(created);
    },
  );

  app.post(
    '/cases/:caseId/transfers',
    {
      config: { access: referralsPolicy.route('requestTransfer') },
      schema: {
        tags,
        summary: 'Ask another coordinating organisation to take over the case',
        description: 'The sender owns the case until the receiving organisation accepts; across police regions a national coordinator must approve too.',
        params: caseParams,
        body: transferCreateInput,
        headers: idempotencyHeaders,
        response: { 200: referral, 201: referral, ...writeErrors },
      },
    },
    async (request, reply) => {
      const idempotency = { key: idempotencyKeyOf(request), fingerprint: requestFingerprint(request) };
      const { referral: created, replayed } = await requestTransfer(db, actorContextOf(request), request.params.caseId, request.body, idempotency, emailed);
      sendVersion(reply, created.version);
      return reply.code(replayed ? 200 : 201).send(created);
    },
  );

  app.post(
    '/cases/:caseId/referrals/:referralId/revoke',
    {
      config: { access: referralsPolicy.route('revoke'), ifMatch: true },
      schema: {
        tags,
        summary: 'Revoke a pending referral or transfer, with a reason',
        params: caseReferralParams,
        body: referralReasonInput,
        response: { 200: referral, ...answerErrors },
      },
    },
    async (request, reply) => {
      const { caseId, referralId } = request.params;
      const revoked = await revokeReferral(db, actorContextOf(request), caseId, referralId, () => expectedVersionOf(request), request.body, emailed);
      sendVersion(reply, revoked.version);
      return revoked;
    },
  );

  app.get(
    '/referrals/incoming',
    {
      config: { access: referralsPolicy.route('listIncoming') },
      schema: {
        tags,
        summary: "The queue of the caller's organisations: referrals and transfers sent to them",
        querystring: incomingQuery,
        response: { 200: z.array(referral), ...errors },
      },
    },
    async (request, reply) => {
      // The other side may act at any moment: never let a cache answer for the queue.
      void reply.header('cache-control', 'no-store');
      return listIncoming(db, actorContextOf(request), request.query.status);
    },
  );

  app.get(
    '/referrals/incoming/count',
    {
      config: { access: referralsPolicy.route('countIncoming') },
      schema: { tags, summary: 'How many referrals wait for an answer from the caller', response: { 200: incomingCount, ...errors } },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return countIncoming(db, actorContextOf(request));
    },
  );

  app.post(
    '/referrals/:referralId/accept',
    {
      config: { access: referralsPolicy.route('accept'), ifMatch: true },
      schema: {
        tags,
        summary: 'Accept a referral (the organisation joins the case team) or a transfer (it takes over the case)',
        description: 'A revoked or answered referral answers 409. Needs If-Match.',
        params: referralParams,
        response: { 200: referral, ...answerErrors },
      },
    },
    async (request, reply) => {
      const accepted = await acceptReferral(db, actorContextOf(request), request.params.referralId, () => expectedVersionOf(request), emailed);
      sendVersion(reply, accepted.version);
      return accepted;
    },
  );

  app.post(
    '/referrals/:referralId/decline',
    {
      config: { access: referralsPolicy.route('decline'), ifMatch: true },
      schema: {
        tags,
        summary: 'Decline a referral or transfer, with a reason',
        params: referralParams,
        body: referralReasonInput,
        response: { 200: referral, ...answerErrors },
      },
    },
    async (request, reply) => {
      const declined = await declineReferral(db, actorContextOf(request), request.params.referralId, () => expectedVersionOf(request), request.body, emailed);
      sendVersion(reply, declined.version);
      return declined;
    },
  );
};
