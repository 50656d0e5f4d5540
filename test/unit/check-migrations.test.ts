import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script without type declarations
import { migrationProblems } from '../../scripts/check-migrations.mjs';

/**
 * scripts/check-migrations.mjs, run by .ci/run: a migration that has landed never changes. Each
 * case builds a small repository with a journal and migrations, commits, and changes something.
 */
const problems = migrationProblems as (root: string, accepted?: Record<string, { sha256: string; when: number }>) => string[];

let root: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@samverka.test', '-c', 'commit.gpgsign=false', ...args], { cwd: root, encoding: 'utf8' });
const write = (file: string, text: string) => writeFileSync(path.join(root, file), text);
const journalEntry = (idx: number, tag: string, when: number) => ({ idx, version: '7', when, tag, breakpoints: true });
function writeJournal(entries: ReturnType<typeof journalEntry>[]) {
  write('migrations/meta/_journal.json', JSON.stringify({ version: '7', dialect: 'postgresql', entries }, null, 2));
}
function commit(message: string) {
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'samverka-migrations-check-'));
  mkdirSync(path.join(root, 'migrations/meta'), { recursive: true });
  git('init', '-q');
  write('migrations/0000_init.sql', 'CREATE TABLE "a" ("id" integer);\n');
  write('migrations/0001_more.sql', 'CREATE TABLE "b" ("id" integer);\n');
  writeJournal([journalEntry(0, '0000_init', 1000), journalEntry(1, '0001_more', 2000)]);
  commit('two migrations');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('checking landed migrations', () => {
  it('passes when nothing changed, and with a new migration after the landed ones', () => {
    expect(problems(root)).toEqual([]);
    write('migrations/0002_new.sql', 'CREATE TABLE "c" ("id" integer);\n');
    writeJournal([journalEntry(0, '0000_init', 1000), journalEntry(1, '0001_more', 2000), journalEntry(2, '0002_new', 3000)]);
    expect(problems(root)).toEqual([]);
    commit('a third');
    expect(problems(root)).toEqual([]);
  });

  it('names a landed migration changed in the working tree or in a later commit', () => {
    write('migrations/0001_more.sql', 'CREATE TABLE "b" ("id" bigint);\n');
    expect(problems(root)).toEqual([expect.stringMatching(/^migrations\/0001_more\.sql: changed since it landed/), expect.stringContaining('0001_more.sql: the migrator records hash')]);
    commit('edit a landed migration');
    expect(problems(root)[0]).toMatch(/^migrations\/0001_more\.sql: changed since it landed/);
  });

  it('names a landed migration deleted or dropped from the journal', () => {
    writeJournal([journalEntry(0, '0000_init', 1000)]);
    expect(problems(root)).toEqual(['migrations/0001_more.sql: not listed in migrations/meta/_journal.json, so it never runs']);
    unlinkSync(path.join(root, 'migrations/0001_more.sql'));
    expect(problems(root)).toEqual([expect.stringMatching(/^migrations\/0001_more\.sql: landed, then deleted/)]);
  });

  it('names a landed migration whose journal time changed, and a new one placed before a landed one', () => {
    writeJournal([journalEntry(0, '0000_init', 1000), journalEntry(1, '0001_more', 2500)]);
    expect(problems(root)).toEqual([expect.stringMatching(/^migrations\/0001_more\.sql: its journal entry changed/)]);
    write('migrations/0002_new.sql', 'CREATE TABLE "c" ("id" integer);\n');
    writeJournal([journalEntry(0, '0000_init', 1000), journalEntry(1, '0001_more', 2000), journalEntry(2, '0002_new', 1500)]);
    expect(problems(root)).toEqual([expect.stringMatching(/^migrations\/0002_new\.sql: new, but its journal time 1500 is not after 0001_more's/)]);
  });

  it('accepts a change only with the pinned content and journal time', () => {
    write('migrations/0001_more.sql', 'CREATE TABLE "b" ("id" bigint);\n');
    writeJournal([journalEntry(0, '0000_init', 1000), journalEntry(1, '0001_more', 2100)]);
    commit('amended before release');
    const sha256 = (text: string) => execFileSync('sha256sum', { input: text, encoding: 'utf8' }).split(' ')[0]!;
    const accepted = { 'migrations/0001_more.sql': { sha256: sha256(readFileSync(path.join(root, 'migrations/0001_more.sql'), 'utf8')), when: 2100 } };
    expect(problems(root, accepted)).toEqual([]);
    write('migrations/0001_more.sql', 'CREATE TABLE "b" ("id" text);\n');
    expect(problems(root, accepted)[0]).toMatch(/^migrations\/0001_more\.sql: changed since it landed/);
  });

  it('refuses to judge from a shallow clone', () => {
    const clone = mkdtempSync(path.join(tmpdir(), 'samverka-migrations-shallow-'));
    try {
      write('migrations/0002_new.sql', 'CREATE TABLE "c" ("id" integer);\n');
      writeJournal([journalEntry(0, '0000_init', 1000), journalEntry(1, '0001_more', 2000), journalEntry(2, '0002_new', 3000)]);
      commit('a third');
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, clone]);
      expect(problems(clone)).toEqual([expect.stringContaining('the clone is shallow')]);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});
