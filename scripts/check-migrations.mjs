// A migration that has landed must never change: databases that ran it keep what it did, and
// drizzle records its SHA-256 in drizzle.__drizzle_migrations. This compares every migration with
// the content it had in the commit that added it, and the hash the migrator records with the hash
// of that content; and it checks that landed migrations keep their place and order in the journal
// (the migrator applies what is newer than the last one applied, so a new migration must come
// after every landed one). Fails naming each file. Needs the full git history: `.ci/run` runs it
// on a fresh clone. A migration lands when it reaches main's first-parent line: a branch's draft
// that a merge regenerates under another number never landed. Usage: node scripts/check-migrations.mjs [repository folder]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMigrationFiles } from 'drizzle-orm/migrator';

/**
 * Landed migrations changed before this check existed, each pinned to the SHA-256 of the content
 * and the journal time accepted then: any further change fails. Add nothing here; write a new
 * migration instead.
 * @type {Record<string, { sha256: string; when: number }>}
 */
export const acceptedChanges = {
  // Added in 65e5dde and regenerated two minutes later in 46bfaac (the organisation's
  // municipality), both on 2026-11-29, before any release.
  'migrations/0002_cases_support_process.sql': {
    sha256: '8f6edf2366b3c7ad38d164b5c2cefca68997bb3238df27cf76c688de9210a649',
    when: 1795924147840,
  },
};

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/**
 * Every way the migrations in `root` differ from what landed; empty when nothing changed.
 * @param {string} root the repository folder
 * @param {Record<string, { sha256: string; when: number }>} accepted see acceptedChanges
 * @returns {string[]}
 */
export function migrationProblems(root, accepted = acceptedChanges) {
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const problems = [];
  if (git('rev-parse', '--is-shallow-repository').trim() === 'true') {
    return ['the clone is shallow, so it is unknown what each migration held when it landed (git fetch --unshallow)'];
  }
  const folder = path.join(root, 'migrations');
  const journalFile = 'migrations/meta/_journal.json';
  /** @type {{ entries: { idx: number; when: number; tag: string }[] }} */
  const journal = JSON.parse(readFileSync(path.join(root, journalFile), 'utf8'));
  // What the migrator will record for each migration, read the way it reads them.
  const hashByTag = new Map();
  try {
    readMigrationFiles({ migrationsFolder: folder }).forEach((migration, index) => hashByTag.set(journal.entries[index]?.tag, migration.hash));
  } catch (error) {
    problems.push(`migrations: the migrator cannot read them (${error instanceof Error ? error.message : String(error)})`);
  }

  /** The commit that added a path, or undefined while it has not been committed. */
  const addedIn = (file) => git('log', '--first-parent', '--diff-filter=A', '--format=%H', '--', file).trim().split('\n').filter(Boolean).at(-1);
  const everAdded = new Set(
    git('log', '--first-parent', '--diff-filter=A', '--name-only', '--format=', '--', 'migrations/*.sql').split('\n').filter((f) => f.endsWith('.sql')),
  );

  let lastLandedWhen = -Infinity;
  let lastLandedTag = '';
  for (const entry of journal.entries) {
    const file = `migrations/${entry.tag}.sql`;
    everAdded.delete(file);
    if (!existsSync(path.join(root, file))) {
      problems.push(`${file}: listed in ${journalFile} but missing`);
      continue;
    }
    const commit = addedIn(file);
    if (!commit) {
      // Not landed yet: it may still change, but must come after every landed migration.
      if (entry.when <= lastLandedWhen) {
        problems.push(`${file}: new, but its journal time ${entry.when} is not after ${lastLandedTag}'s (${lastLandedWhen}); databases that ran that one would skip it`);
      }
      continue;
    }
    const current = readFileSync(path.join(root, file), 'utf8');
    const landed = git('show', `${commit}:${file}`);
    const allowed = accepted[file];
    const expected = allowed ? allowed.sha256 : sha256(landed);
    if (sha256(current) !== expected) {
      problems.push(`${file}: changed since it landed in ${commit.slice(0, 7)}; write a new migration instead`);
    }
    const recorded = hashByTag.get(entry.tag);
    if (recorded !== expected) {
      problems.push(`${file}: the migrator records hash ${recorded}, databases that ran it hold ${expected}`);
    }
    const landedJournal = JSON.parse(git('show', `${commit}:${journalFile}`));
    const landedEntry = { ...landedJournal.entries.find((e) => e.tag === entry.tag), ...(allowed ? { when: allowed.when } : {}) };
    if (landedEntry.idx !== undefined && (landedEntry.when !== entry.when || landedEntry.idx !== entry.idx)) {
      problems.push(`${file}: its journal entry changed since it landed (idx ${landedEntry.idx} → ${entry.idx}, when ${landedEntry.when} → ${entry.when})`);
    }
    if (entry.when <= lastLandedWhen) {
      problems.push(`${file}: its journal time is not after ${lastLandedTag}'s`);
    }
    lastLandedWhen = entry.when;
    lastLandedTag = entry.tag;
  }
  for (const file of everAdded) {
    if (existsSync(path.join(root, file))) problems.push(`${file}: not listed in ${journalFile}, so it never runs`);
    else problems.push(`${file}: landed, then deleted; databases that ran it keep what it did`);
  }
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.sql'))) {
    const file = `migrations/${name}`;
    if (!journal.entries.some((e) => `migrations/${e.tag}.sql` === file) && !problems.some((p) => p.startsWith(`${file}:`))) {
      problems.push(`${file}: not listed in ${journalFile}, so it never runs`);
    }
  }
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..'));
  const problems = migrationProblems(root);
  if (problems.length > 0) {
    process.stderr.write(`Landed migrations changed:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write('Migrations: every landed migration is as it landed.\n');
}
