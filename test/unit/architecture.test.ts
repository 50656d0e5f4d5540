import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewedTableReads } from '../../eslint.config.js';
import { moduleMap } from '../../scripts/module-map.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Which modules each module calls, read from the code. */
function callGraph(): Map<string, string[]> {
  return new Map(
    moduleMap()
      .split('\n')
      .map((line) => {
        const [, name = '', calls = ''] = /^- `([a-z-]+)` — calls ([^;]*)/.exec(line) ?? [];
        return [name, calls === 'no module' ? [] : calls.split(', ')];
      }),
  );
}

const modulesDir = path.join(root, 'src/server/modules');

/** Each table (by its SQL name) with the module whose *.schema.ts declares it. */
function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const name of readdirSync(modulesDir)) {
    for (const file of readdirSync(path.join(modulesDir, name)).filter((f) => f.endsWith('.schema.ts'))) {
      for (const [, table = ''] of readFileSync(path.join(modulesDir, name, file), 'utf8').matchAll(/pgTable\(\s*'([a-z_]+)'/g)) {
        owners.set(table, name);
      }
    }
  }
  return owners;
}

/** The tables of other modules that raw SQL in `text` (written in module `self`) names. */
function foreignTablesInSql(text: string, self: string, owners: Map<string, string>): string[] {
  return [...owners].filter(([table, owner]) => owner !== self && new RegExp(`\\b(from|join|update|into)\\s+"?${table}"?\\b`, 'i').test(text)).map(([t]) => t);
}

describe('the architecture as written down', () => {
  it("docs/ARCHITECTURE.md's module map is the code's (npm run docs:module-map)", () => {
    const doc = readFileSync(path.join(root, 'docs/ARCHITECTURE.md'), 'utf8');
    const [, written = ''] = /<!-- module-map:begin[^>]*-->\n([\s\S]*?)\n<!-- module-map:end -->/.exec(doc) ?? [];
    expect(written).toBe(moduleMap());
  });

  it('has no cycle between modules', () => {
    const graph = callGraph();
    const cycles: string[] = [];
    const visit = (name: string, trail: string[]) => {
      if (trail.includes(name)) {
        cycles.push([...trail.slice(trail.indexOf(name)), name].join(' → '));
        return;
      }
      for (const next of graph.get(name) ?? []) visit(next, [...trail, name]);
    };
    for (const name of graph.keys()) visit(name, []);
    expect(cycles).toEqual([]);
  });

  it('keeps every source file at 300 lines or fewer', () => {
    const files = execFileSync('git', ['ls-files', 'src/*.ts', 'src/*.tsx'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f !== '' && !f.includes('.test.') && existsSync(path.join(root, f)));
    const long = files.filter((f) => readFileSync(path.join(root, f), 'utf8').split('\n').length > 301);
    expect(long).toEqual([]);
  });

  // ESLint sees imports of another module's table; this sees the same table named in raw SQL.
  it("names no other module's table in raw SQL", () => {
    const owners = tableOwners();
    expect(foreignTablesInSql('select 1 from cases c join "journal_entries" j on true', 'tasks', owners)).toEqual(['cases', 'journal_entries']);
    const found: string[] = [];
    for (const name of readdirSync(modulesDir)) {
      for (const file of readdirSync(path.join(modulesDir, name)).filter((f) => f.endsWith('.ts') && !f.includes('.test.') && !f.endsWith('.schema.ts'))) {
        const tables = foreignTablesInSql(readFileSync(path.join(modulesDir, name, file), 'utf8'), name, owners);
        if (tables.length > 0) found.push(`${name}/${file}: ${tables.join(', ')}`);
      }
    }
    expect(found).toEqual([]);
  });

  // A stale exception would let a new cross-module read through without review.
  it('lists only reviewed table reads that the code still makes', () => {
    const stale: string[] = [];
    for (const [file, owners] of Object.entries(reviewedTableReads)) {
      const text = existsSync(path.join(modulesDir, file)) ? readFileSync(path.join(modulesDir, file), 'utf8') : '';
      for (const owner of owners) {
        if (!new RegExp(`from '\\.\\./${owner}/[a-z-]+\\.schema\\.ts'`).test(text)) stale.push(`${file}: ${owner}`);
      }
    }
    expect(stale).toEqual([]);
  });
});
