// Prints the module map of docs/ARCHITECTURE.md from the code: each module under
// src/server/modules, the modules it calls (through their *.service.ts or *.policy.ts), and the
// other modules' tables it reads (the reviewed joins of eslint.config.js). `--check` fails when
// the document's map differs from the code's.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const modulesDir = path.join(root, 'src/server/modules');
const docPath = path.join(root, 'docs/ARCHITECTURE.md');
const begin = '<!-- module-map:begin (npm run docs:module-map) -->';
const end = '<!-- module-map:end -->';

export function moduleMap(): string {
  const modules = readdirSync(modulesDir).sort();
  const lines: string[] = [];
  for (const name of modules) {
    const files = readdirSync(path.join(modulesDir, name)).filter((f) => f.endsWith('.ts') && !f.includes('.test.'));
    const calls = new Set<string>();
    const reads = new Set<string>();
    for (const file of files) {
      const text = readFileSync(path.join(modulesDir, name, file), 'utf8');
      for (const [, other = '', target = ''] of text.matchAll(/from '\.\.\/([a-z-]+)\/([a-z-]+\.[a-z]+\.ts)'/g)) {
        if (other === name) continue;
        if (target.endsWith('.schema.ts')) {
          if (!file.endsWith('.schema.ts')) reads.add(other);
        } else {
          calls.add(other);
        }
      }
    }
    const parts = [calls.size > 0 ? `calls ${[...calls].sort().join(', ')}` : 'calls no module'];
    if (reads.size > 0) parts.push(`reads the tables of ${[...reads].sort().join(', ')}`);
    lines.push(`- \`${name}\` — ${parts.join('; ')}`);
  }
  return lines.join('\n');
}

if (process.argv[1] === import.meta.filename) {
  const map = moduleMap();
  if (process.argv.includes('--check')) {
    const doc = readFileSync(docPath, 'utf8');
    const current = doc.slice(doc.indexOf(begin) + begin.length, doc.indexOf(end)).trim();
    if (current !== map) {
      process.stderr.write('docs/ARCHITECTURE.md: the module map is not the code\'s. Run npm run docs:module-map and paste it in.\n');
      process.exit(1);
    }
  } else {
    process.stdout.write(`${map}\n`);
  }
}
