import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The architecture, enforced (docs/ARCHITECTURE.md): every route declares its policy action;
 * platform/ imports no module; a module reaches another only through its public surface, the
 * `*.service.ts` and `*.policy.ts` files, never its queries or internals.
 */
/**
 * Reads of another module's tables, reviewed one by one: each is a join that decides need-to-know
 * or counts inside one query (DESIGN.md §6), where going through the other module's service would
 * mean a query per row or scope checked after the query. Anything not listed here fails lint.
 */
export const reviewedTableReads = {
  // The case scope: team seats decide who sees a case, inside every query.
  'cases/cases.policy.ts': ['case-team'],
  // A case's access facts include its person's protected identity.
  'cases/case-access.policy.ts': ['persons'],
  // The case list shows the person's code name and counts overdue tasks and measures per case.
  'cases/cases.queries.ts': ['measures', 'persons', 'tasks'],
  // The case list's rows for an export: the same join as the list.
  'cases/case-export.queries.ts': ['persons'],
  // A case's record (the view, and after a change) shows its person's coded fields.
  'cases/case-record.queries.ts': ['persons'],
  // The HTCDS export's people: each person's coded fields grouped over their cases in scope, protected identity left out in the statement.
  'cases/identified-persons.queries.ts': ['persons'],
  // Linked cases show their person's code name.
  'cases/case-links.service.ts': ['persons'],
  // Swedish full-text search ranks journal text and code names in one query.
  'cases/case-search.ts': ['journal', 'persons'],
  // Phase rules read the case, its person and its team as facts of one statement.
  'support-process/support-process.queries.ts': ['case-team', 'cases', 'persons'],
  // Deadlines come from tasks, measures and the return programme's milestones; their reminders are inserted once, in one statement.
  'deadlines/deadlines.queries.ts': ['cases', 'measures', 'notifications', 'returns', 'tasks'],
  // A notification shows only while its case or consultation is in scope.
  'notifications/notifications.queries.ts': ['cases', 'consultations'],
  // The coordinators' consultation notifications, deduplicated in one statement.
  'consultations/consultation-notifications.service.ts': ['notifications'],
  // A return application is read inside the case scope (or the IOM organisation's), with the person it shares.
  'returns/returns.queries.ts': ['cases', 'persons'],
  // The return programme's step notifications, one per step and recipient.
  'returns/return-notifications.service.ts': ['notifications'],
  // Possible duplicates join the other persons' protected flag and their cases' scope in one statement.
  'duplicates/duplicates.queries.ts': ['cases', 'persons'],
  // The case list's flags: only of cases in the scope, decided in the same query.
  'case-flags/case-flags.queries.ts': ['cases'],
  // Statistics count returns and referrals by group with their case's region and forms in one statement each; a service call per case would not scale.
  // (The case, person and phase-history counts read statistics_case_facts, which triggers keep current.)
  'statistics/statistics-cases.queries.ts': ['cases', 'referrals', 'returns'],
  // Statistics count consultations and calls by group in one statement each.
  'statistics/statistics-activity.queries.ts': ['calls', 'consultations'],
  // The register extract (GDPR Art. 15) gathers every record of one person, from every module that holds some, for the data protection officer.
  'register-extract/register-extract.queries.ts': ['calls', 'case-team', 'cases', 'consultations', 'duplicates', 'journal', 'measures', 'persons'],
  // Retention finds what has expired by when each record (or its case) closed and whether its case is held, in one statement per batch.
  'retention/retention-selection.queries.ts': ['calls', 'cases', 'consultations', 'documents', 'journal'],
  // Retention empties a case's identity and free text in every module's table in the batch's one transaction, beside its tombstones.
  'retention/retention-anonymise.queries.ts': ['approvals', 'calls', 'case-flags', 'case-team', 'cases', 'consultations', 'documents', 'duplicates', 'journal', 'measures', 'persons', 'referrals', 'returns', 'support-process', 'tasks'],
  // A legal hold names its case by reference number only (administrators see no case content).
  'retention/retention.queries.ts': ['cases'],
};

/** A module reaches another only through its *.service.ts and *.policy.ts (and a reviewed table read). */
function crossModuleImports(tableOwners = []) {
  const tables = tableOwners.map((owner) => `${owner}/[a-z-]+\\.schema\\.ts$`);
  return [
    'error',
    {
      patterns: [
        {
          regex: `^\\.\\./(?=[a-z-]+/)(?![a-z-]+/[a-z-]+\\.(service|policy)\\.ts$${tables.map((t) => `|${t}`).join('')})`,
          message: 'Reach another module through its *.service.ts or *.policy.ts, never its queries, tables or internals.',
        },
        {
          group: ['**/db/schema/index.ts'],
          message: 'A module uses its own tables (<module>.schema.ts) and the platform tables of db/schema/, never all of them.',
        },
      ],
    },
  ];
}

function moduleImportRules() {
  const reviewed = Object.keys(reviewedTableReads).map((file) => `src/server/modules/${file}`);
  return [
    {
      files: ['src/server/modules/**/*.ts'],
      // Tests set up any state they need; a table file may reference another module's table by key.
      ignores: ['src/server/modules/**/*.test.ts', 'src/server/modules/**/*.schema.ts', ...reviewed],
      rules: { 'no-restricted-imports': crossModuleImports() },
    },
    ...Object.entries(reviewedTableReads).map(([file, owners]) => ({
      files: [`src/server/modules/${file}`],
      rules: { 'no-restricted-imports': crossModuleImports(owners) },
    })),
  ];
}

const moduleBoundaries = [
  {
    files: ['src/server/modules/**/*.routes.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='app'][callee.property.name=/^(get|post|put|patch|delete|head|options|all|route)$/]:not(:has(Property[key.name='access'] > CallExpression[callee.property.name='route']))",
          message: "Every route declares the policy action it performs: config: { access: <module>Policy.route('<action>') }.",
        },
      ],
    },
  },
  {
    files: ['src/server/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/modules/**'], message: 'platform/ imports no module: modules register with platform instead.' }] },
      ],
    },
  },
  ...moduleImportRules(),
  {
    // drizzle writes a descending index column as DESC NULLS LAST, which `ORDER BY … DESC` (nulls
    // first) cannot use, so every page sorted the whole table; an ascending index read backwards can.
    files: ['src/server/**/*.schema.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='on'] CallExpression[callee.property.name='desc']",
          message: 'Index columns ascending: drizzle writes .desc() as DESC NULLS LAST, which ORDER BY … DESC cannot read; PostgreSQL reads an ascending index backwards.',
        },
      ],
    },
  },
  {
    // A PGlite opened without the extensions the migrations created cannot use what is built on
    // them (the code-name index): every instance comes from db/pglite.ts, which loads them all.
    files: ['**/*.ts'],
    ignores: ['src/server/db/pglite.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@electric-sql/pglite',
              importNames: ['PGlite'],
              allowTypeImports: true,
              message: 'Open PGlite with createPglite (src/server/db/pglite.ts), which loads the extensions the schema needs.',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'coverage/', '.cache/', 'migrations/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bin/*.mjs', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Fastify's async hooks and handlers are allowed to have no await.
      '@typescript-eslint/require-await': 'off',
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.stringContaining) are typed as any.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  ...moduleBoundaries,
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
