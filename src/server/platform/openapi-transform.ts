import { jsonSchemaTransform } from 'fastify-type-provider-zod';

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

/** The media type of a route whose body is a file's bytes, parsed as a Buffer and never by Zod. */
export const fileBodyType = 'application/octet-stream';

/**
 * Turns each route's Zod schemas into the OpenAPI document's JSON schemas. A route that takes a
 * file declares `consumes: [fileBodyType]` and no body schema (Zod would validate the bytes); the
 * document then describes its request body as binary, so the typed web client knows it too.
 */
export function openApiTransform(input: TransformInput): ReturnType<typeof jsonSchemaTransform> {
  const transformed = jsonSchemaTransform(input);
  const consumes = input.schema.consumes;
  if (!Array.isArray(consumes) || !consumes.includes(fileBodyType) || input.schema.body !== undefined) return transformed;
  return { ...transformed, schema: { ...transformed.schema, consumes, body: { type: 'string', format: 'binary' } } };
}
