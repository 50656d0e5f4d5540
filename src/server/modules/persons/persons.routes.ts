import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { casePerson } from '../../../shared/schemas/cases.ts';
import { problem } from '../../../shared/schemas/common.ts';
import { identityInput, identitySaved, identityView, personUpdateInput } from '../../../shared/schemas/persons.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { expectedVersionOf, sendVersion } from '../../platform/versions.ts';
import { changePerson, setIdentity, showIdentity } from './persons.service.ts';
import { personsPolicy } from './persons.policy.ts';

const params = z.object({ caseId: z.uuid() });
const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const updateErrors = { ...errors, 412: problem, 428: problem };

export const personRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, keyring }) => {
  app.patch(
    '/cases/:caseId/person',
    {
      config: { access: personsPolicy.route('updatePerson'), ifMatch: true },
      schema: {
        tags: ['persons'],
        summary: "Change the case's pseudonymised person (code name, birth year, gender, citizenships, languages, flags)",
        params,
        body: personUpdateInput,
        response: { 200: casePerson, ...updateErrors },
      },
    },
    async (request, reply) => {
      const ifMatch = () => expectedVersionOf(request);
      const person = await changePerson(db, actorContextOf(request), request.params.caseId, ifMatch, request.body);
      sendVersion(reply, person.version);
      return person;
    },
  );

  app.get(
    '/cases/:caseId/identity',
    {
      config: { access: personsPolicy.route('showIdentity') },
      schema: {
        tags: ['persons'],
        summary: "Show the person's identity: a deliberate, audited action (never the address with protected identity)",
        params,
        response: { 200: identityView, ...errors },
      },
    },
    async (request, reply) => {
      const view = await showIdentity(db, keyring, actorContextOf(request), request.params.caseId);
      sendVersion(reply, view.version);
      // Identity data must not linger in a browser's or proxy's cache.
      void reply.header('cache-control', 'no-store');
      return view;
    },
  );

  app.put(
    '/cases/:caseId/identity',
    {
      config: { access: personsPolicy.route('updateIdentity'), ifMatch: true },
      schema: {
        tags: ['persons'],
        summary: "Store the person's identity, encrypted (the lead coordinator); the answer names possible duplicates in your scope",
        params,
        body: identityInput,
        response: { 200: identitySaved, ...updateErrors },
      },
    },
    async (request, reply) => {
      const ifMatch = () => expectedVersionOf(request);
      const view = await setIdentity(db, keyring, actorContextOf(request), request.params.caseId, ifMatch, request.body);
      sendVersion(reply, view.version);
      void reply.header('cache-control', 'no-store');
      return view;
    },
  );
};
