// Writes the web app's API types (generated/api-schema.d.ts) from the server's OpenAPI document.
//   tsx scripts/generate-api-types.ts           regenerate the committed file
//   tsx scripts/generate-api-types.ts --check   fail when the committed file is not current
// The document comes from the server built in-process on an empty in-memory database, without
// listening: routes and schemas are all it needs, and nothing is read from the database.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../src/server/app.ts';
import { testConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { createPglite } from '../src/server/db/pglite.ts';

const root = path.resolve(import.meta.dirname, '..');
const target = path.join(root, 'generated/api-schema.d.ts');
const header = [
  '// Generated from the server\'s OpenAPI document by `npm run api:types`. Do not edit by hand:',
  '// change the route schemas in src/server and src/shared, then regenerate.',
  '',
].join('\n');

async function openApiDocument(): Promise<OpenAPI3> {
  const database = await openDatabase({ kind: 'pglite-instance', client: await createPglite() });
  // A folder without a build, so the document never depends on whether the web app is built.
  const app = await buildApp({ config: testConfig(), database, webFolder: path.join(root, '.cache/no-web-build') });
  try {
    await app.ready();
    // A JSON round trip leaves plain data: no undefined members, no shared object references.
    return JSON.parse(JSON.stringify(app.swagger())) as OpenAPI3;
  } finally {
    await app.close();
    await database.close();
  }
}

type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every error answer carries the same problem+json schema, written out in full by the server's
 * document each time. It becomes one component, components['schemas']['Problem'], referred to
 * from each error answer: the same types, a fraction of the file.
 */
function hoistProblem(document: OpenAPI3): OpenAPI3 {
  const errorSchemas: Json[] = [];
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item as Json)) {
      if (!isJson(operation) || !isJson(operation.responses)) continue;
      for (const [status, response] of Object.entries(operation.responses)) {
        const content = isJson(response) && isJson(response.content) ? response.content : undefined;
        const json = content && isJson(content['application/json']) ? content['application/json'] : undefined;
        if (Number(status) >= 400 && json && isJson(json.schema)) errorSchemas.push(json);
      }
    }
  }
  const counts = new Map<string, number>();
  for (const { schema } of errorSchemas) counts.set(JSON.stringify(schema), (counts.get(JSON.stringify(schema)) ?? 0) + 1);
  const [problem] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (problem === undefined) return document;
  for (const json of errorSchemas) if (JSON.stringify(json.schema) === problem) json.schema = { $ref: '#/components/schemas/Problem' };
  const components = (document.components ??= {});
  components.schemas = { ...components.schemas, Problem: JSON.parse(problem) as NonNullable<typeof components.schemas>[string] };
  return document;
}

async function generate(): Promise<string> {
  const ast = await openapiTS(hoistProblem(await openApiDocument()), { alphabetize: true, exportType: false });
  return `${header}${astToString(ast).trimEnd()}\n`;
}

function currentFile(): string | null {
  try {
    return readFileSync(target, 'utf8');
  } catch {
    return null;
  }
}

const generated = await generate();
const relative = path.relative(root, target);
if (process.argv.includes('--check')) {
  if (currentFile() !== generated) {
    process.stderr.write(
      `${relative} is not current with the server's OpenAPI document.\n` +
        'Run `npm run api:types` and commit the result.\n',
    );
    process.exitCode = 1;
  } else {
    process.stdout.write(`${relative} is current.\n`);
  }
} else {
  writeFileSync(target, generated);
  process.stdout.write(`Wrote ${relative}.\n`);
}
