// Compiles the server into one ES module, dist/server/main.js, and the samverka command into
// another, dist/server/cli.js (esbuild; packages stay in node_modules), when either is missing or
// older than their sources, so `npm start` runs plain Node. The tests run the compiled command:
// bin/samverka.mjs compiles the TypeScript through tsx at every start, a second or more each time.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist/server');
const entryPoints = { main: 'src/server/main.ts', cli: 'src/server/cli/main.ts' };
const outfiles = Object.keys(entryPoints).map((name) => path.join(outdir, `${name}.js`));
const sources = ['src/server', 'src/shared', 'package.json'].map((p) => path.join(root, p));

function newestMtime(p) {
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(p).map((name) => newestMtime(path.join(p, name))));
}

const newestSource = Math.max(...sources.filter(existsSync).map(newestMtime));
const isStale = outfiles.some((file) => !existsSync(file) || statSync(file).mtimeMs < newestSource);
if (isStale || process.argv.includes('--force')) {
  process.stdout.write('Building the server…\n');
  await build({
    entryPoints: Object.fromEntries(Object.entries(entryPoints).map(([name, file]) => [name, path.join(root, file)])),
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}
