import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The project's folder (where package.json, migrations/, reference/ and dist/web live), found by
 * walking up from this file: the same whether the server runs from src/ through tsx or from the
 * compiled bundle in dist/server/.
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'migrations'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No project folder above ${from}`);
  }
}

export const projectRoot = findProjectRoot(import.meta.dirname);
