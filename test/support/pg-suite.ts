/**
 * `npm run test:pg` runs the HTTP-level tests again on PostgreSQL, because the two databases can
 * differ: locking and concurrency (two connection pools, SKIP LOCKED, advisory locks), full-text
 * search, time zones and intervals, bytea, the audit chain's triggers, migrations. It runs every
 * HTTP test file except these, whose tests exercise nothing the database does differently:
 * request plumbing, validation and logic identical on both, with the plainest of SQL. PGlite runs
 * them with `npm test`.
 *
 * A file belongs here only if a bug that shows on PostgreSQL alone could not make it fail. When in
 * doubt, leave it out: a new test file runs on both. test/unit/pg-suite.test.ts checks each entry
 * still names a test file.
 */
export const sameOnBothDatabases: readonly string[] = [
  // Health, OpenAPI, problem+json, security headers, the web app's files, logs.
  'test/http/platform.test.ts',
  // Refusing a personal identity number in free text: a pure check before anything is stored.
  'src/server/modules/intake/intake-personal-numbers.test.ts',
  // Every municipality to its police region, from the reference files.
  'src/server/modules/consultations/routing.test.ts',
  // The OpenID code flow against a test provider: redirects, state, PKCE, cookies.
  'src/server/modules/sso/sso.test.ts',
  // The first administrator from the setup link: validation, the password policy, TOTP enrolment.
  'src/server/modules/auth/setup.test.ts',
  // My sessions, re-authentication, password and second-factor changes.
  'src/server/modules/account/account.test.ts',
];
