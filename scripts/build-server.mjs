// Compiles the server into one ES module, dist/server/main.js (esbuild; packages stay in
// node_modules), when it is missing or older than its sources, so `npm start` runs plain Node.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const outfile = path.join(root, 'dist/server/main.js');
const sources = ['src/server', 'src/shared', 'package.json'].map((p) => path.join(root, p));

function newestMtime(p) {
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(p).map((name) => newestMtime(path.join(p, name))));
}

const isStale = !existsSync(outfile) || statSync(outfile).mtimeMs < Math.max(...sources.filter(existsSync).map(newestMtime));
if (isStale || process.argv.includes('--force')) {
  process.stdout.write('Building the server…\n');
  await build({
    entryPoints: [path.join(root, 'src/server/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}
