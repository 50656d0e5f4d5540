import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** Imports that load a shared schema module's values (not only its types). */
const valueImportOfSchemas = /^import \{(?![^}]*^\s*type\b)([^}]*)\} from '[./]+\/shared\/schemas\/[a-z-]+\.ts';/gm;

function importsSchemaValues(text: string): boolean {
  for (const [, names = ''] of text.matchAll(valueImportOfSchemas)) {
    if (names.split(',').some((n) => n.trim() !== '' && !n.trim().startsWith('type '))) return true;
  }
  return false;
}

// Zod probes for eval (refused by the CSP) when it builds its first object schema, unless
// zod-config.ts ran before. Module order follows import order, so a web file that builds the
// shared schemas by importing them imports zod-config.ts first: which chunk a module lands in
// is the bundler's choice and must not decide whether a page reports a CSP violation.
describe("the web app's Zod configuration", () => {
  it('recognises a value import of a shared schema module and ignores a type-only one', () => {
    expect(importsSchemaValues("import { intakeInput, type IntakeInput } from '../../../shared/schemas/intake.ts';")).toBe(true);
    expect(importsSchemaValues("import type { IntakeInput } from '../../../shared/schemas/intake.ts';")).toBe(false);
    expect(importsSchemaValues("import { type IntakeInput } from '../../../shared/schemas/intake.ts';")).toBe(false);
  });

  it('is loaded before any shared schema is built', () => {
    const files = execFileSync('git', ['ls-files', 'src/web/*.ts', 'src/web/*.tsx'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f !== '' && !f.includes('.test.'));
    const late = files.filter((f) => {
      const text = readFileSync(path.join(root, f), 'utf8');
      if (!importsSchemaValues(text)) return false;
      const firstImport = /^import [^\n]*$/m.exec(text)?.[0] ?? '';
      return !firstImport.includes('zod-config.ts');
    });
    expect(late).toEqual([]);
  });
});
