import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor.ts';
import { unauthorized } from './problems.ts';

/** Who is acting and from where: what every service call and audit event needs. */
export interface RequestContext {
  readonly actor: Actor | null;
  readonly requestId: string;
  readonly clientAddress: string;
}

/** A context whose actor is known to be signed in. */
export interface ActorContext extends RequestContext {
  readonly actor: Actor;
}

export function contextOf(request: FastifyRequest): RequestContext {
  return { actor: request.actor, requestId: request.id, clientAddress: request.ip };
}

/** The context of an authenticated route; the authentication hook has already refused others. */
export function actorContextOf(request: FastifyRequest): ActorContext {
  const { actor } = request;
  if (!actor) throw unauthorized();
  return { actor, requestId: request.id, clientAddress: request.ip };
}
