import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
