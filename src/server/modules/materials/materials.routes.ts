import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../../shared/schemas/common.ts';
import {
  materialCreateInput,
  materialItem,
  materialLinkInput,
  materialLinkList,
  materialLinkParams,
  materialList,
  materialListQuery,
  materialParams,
  materialReadQuery,
  materialVersionInput,
} from '../../../shared/schemas/materials.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { idempotencyHeaders, idempotencyKeyOf, requestFingerprint } from '../../platform/idempotency.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { linkMaterial, listMaterialLinks, listMaterials, publishMaterial, publishVersion, readMaterial, unlinkMaterial } from './materials.service.ts';
import { materialsPolicy } from './materials.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
/** 422: the Idempotency-Key was used for another request. */
const publishErrors = { ...errors, 422: problem };
const tags = ['materials'];

/** Method materials (checklists, guides, templates), versioned, and their links from the phase checklists. */
export const materialRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/materials',
    {
      config: { access: materialsPolicy.route('list') },
      schema: {
        tags,
        summary: 'One page of the published materials (newest version of each, title order), searched by title and summary',
        querystring: materialListQuery,
        response: { 200: materialList, ...errors },
      },
    },
    async (request) => listMaterials(db, request.query),
  );

  app.post(
    '/materials',
    {
      config: { access: materialsPolicy.route('publish') },
      schema: {
        tags,
        summary: 'Publish a new material as its version 1',
        description: 'A retry with the same Idempotency-Key answers the material it published (200) instead of publishing another.',
        body: materialCreateInput,
        headers: idempotencyHeaders,
        response: { 200: materialItem, 201: materialItem, ...publishErrors },
      },
    },
    async (request, reply) => {
      const claim = { key: idempotencyKeyOf(request), fingerprint: requestFingerprint(request) };
      const { item, replayed } = await publishMaterial(db, actorContextOf(request), request.body, claim);
      return reply.code(replayed ? 200 : 201).send(item);
    },
  );

  app.get(
    '/materials/:materialId',
    {
      config: { access: materialsPolicy.route('read') },
      schema: {
        tags,
        summary: 'One version of a material (the newest unless ?version=n), with the list of its versions',
        params: materialParams,
        querystring: materialReadQuery,
        response: { 200: materialItem, ...errors },
      },
    },
    async (request) => readMaterial(db, request.params.materialId, request.query.version),
  );

  app.post(
    '/materials/:materialId/versions',
    {
      config: { access: materialsPolicy.route('publishVersion') },
      schema: {
        tags,
        summary: 'Publish a new version of a material; earlier versions stay readable',
        description: 'A retry with the same Idempotency-Key (a double click) answers the version it published (200) instead of publishing a second.',
        params: materialParams,
        body: materialVersionInput,
        headers: idempotencyHeaders,
        response: { 200: materialItem, 201: materialItem, ...publishErrors },
      },
    },
    async (request, reply) => {
      const claim = { key: idempotencyKeyOf(request), fingerprint: requestFingerprint(request) };
      const { item, replayed } = await publishVersion(db, actorContextOf(request), request.params.materialId, request.body, claim);
      return reply.code(replayed ? 200 : 201).send(item);
    },
  );

  app.get(
    '/material-links',
    {
      config: { access: materialsPolicy.route('listLinks') },
      schema: { tags, summary: 'The material linked to each phase checklist item', response: { 200: materialLinkList, ...errors } },
    },
    async () => listMaterialLinks(db),
  );

  app.put(
    '/material-links/:checklistItemId',
    {
      config: { access: materialsPolicy.route('link') },
      schema: {
        tags,
        summary: 'Link a phase checklist item to the material that explains it (replaces an earlier link)',
        params: materialLinkParams,
        body: materialLinkInput,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await linkMaterial(db, actorContextOf(request), request.params.checklistItemId, request.body.materialId);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/material-links/:checklistItemId',
    {
      config: { access: materialsPolicy.route('unlink') },
      schema: { tags, summary: "Remove a checklist item's link to a material", params: materialLinkParams, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await unlinkMaterial(db, actorContextOf(request), request.params.checklistItemId);
      return reply.code(204).send(null);
    },
  );
};
