import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The architecture rules in eslint.config.js fail `npm run lint` when broken. Each case lints a
 * small source text as if it stood at a path in the tree, with the project's own configuration.
 */
// The texts are not files of the TypeScript project, so type-aware rules are off for them; the
// architecture rules look at syntax and import paths only.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: [tseslint.configs.disableTypeChecked] });

// Loading the configuration and its plugins is the slow part (over 5 s on a busy machine); done once
// here, it is not charged to the first test's timeout.
beforeAll(() => eslint.calculateConfigForFile('src/server/modules/cases/cases.routes.ts'), 120_000);

async function messagesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => ['no-restricted-syntax', 'no-restricted-imports', '@typescript-eslint/no-restricted-imports'].includes(m.ruleId ?? '')).map((m) => m.message);
}

const route = (config: string) => `
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { casesPolicy } from './cases.policy.ts';
export const routes: FastifyPluginAsyncZod = async (app) => {
  app.get('/things', { ${config} schema: {} }, async () => ({ casesPolicy }));
};
`;

describe('lint: every route declares a policy action', () => {
  it('refuses a route without config.access', async () => {
    expect(await messagesFor(route(''), 'src/server/modules/cases/things.routes.ts')).toEqual([
      expect.stringContaining('Every route declares the policy action it performs'),
    ]);
  });

  it('refuses a route that lists roles by hand instead of naming an action', async () => {
    const code = route("config: { access: { roles: ['national_coordinator'] } },");
    expect(await messagesFor(code, 'src/server/modules/cases/things.routes.ts')).toHaveLength(1);
  });

  it("accepts a route that names its module policy's action", async () => {
    const code = route("config: { access: casesPolicy.route('list') },");
    expect(await messagesFor(code, 'src/server/modules/cases/things.routes.ts')).toEqual([]);
  });
});

describe('lint: module boundaries', () => {
  it("refuses a module reaching into another module's queries", async () => {
    const code = "import { insertCase } from '../cases/cases.queries.ts';\nexport const x = insertCase;\n";
    expect(await messagesFor(code, 'src/server/modules/consultations/escalation.service.ts')).toEqual([
      expect.stringContaining('Reach another module through its *.service.ts or *.policy.ts'),
    ]);
  });

  it("accepts another module's service and policy", async () => {
    const code = "import { openCase } from '../cases/cases.service.ts';\nimport { caseScope } from '../cases/cases.policy.ts';\nexport const x = [openCase, caseScope];\n";
    expect(await messagesFor(code, 'src/server/modules/consultations/escalation.service.ts')).toEqual([]);
  });

  it('refuses platform code importing a module', async () => {
    const code = "import { openCase } from '../modules/cases/cases.service.ts';\nexport const x = openCase;\n";
    expect(await messagesFor(code, 'src/server/platform/jobs.ts')).toEqual([expect.stringContaining('platform/ imports no module')]);
  });
});

describe('lint: one way to open PGlite', () => {
  it('refuses PGlite.create outside db/pglite.ts, which loads the extensions', async () => {
    const code = "import { PGlite } from '@electric-sql/pglite';\nexport const open = () => PGlite.create();\n";
    expect(await messagesFor(code, 'src/server/cli/backup.ts')).toEqual([expect.stringContaining('createPglite')]);
    expect(await messagesFor(code, 'test/support/database.ts')).toEqual([expect.stringContaining('createPglite')]);
    expect(await messagesFor(code, 'src/server/db/pglite.ts')).toEqual([]);
  });

  it('accepts the PGlite type', async () => {
    const code = "import type { PGlite } from '@electric-sql/pglite';\nexport type Client = PGlite;\n";
    expect(await messagesFor(code, 'src/server/cli/backup.ts')).toEqual([]);
  });
});

describe('lint: index columns ascending', () => {
  const table = (column: string) => `
import { index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
export const things = pgTable('things', { id: uuid('id'), createdAt: timestamp('created_at') }, (t) => [
  index('things_created_idx').on(${column}),
]);
`;

  it('refuses a descending index column, which ORDER BY … DESC cannot use', async () => {
    expect(await messagesFor(table('t.createdAt.desc(), t.id'), 'src/server/modules/cases/things.schema.ts')).toEqual([
      expect.stringContaining('Index columns ascending'),
    ]);
  });

  it('accepts ascending columns', async () => {
    expect(await messagesFor(table('t.createdAt, t.id'), 'src/server/modules/cases/things.schema.ts')).toEqual([]);
  });
});
