import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameOnBothDatabases } from '../support/pg-suite.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('the files npm run test:pg leaves to PGlite', () => {
  it('are HTTP-level test files that exist', () => {
    for (const file of sameOnBothDatabases) {
      expect(existsSync(path.join(root, file)), `${file} (test/support/pg-suite.ts) does not exist: remove or rename it there`).toBe(true);
      expect(file).toMatch(/^(src\/server\/.*(?<!\.unit)\.test\.ts|test\/http\/.*\.test\.ts)$/);
    }
  });

  it('leave the security sweeps, migrations, the audit chain and the reminders on PostgreSQL', () => {
    expect(sameOnBothDatabases.filter((f) => /security|migrat|audit|reminder|search|idempot|intake\.test|members|people/.test(f))).toEqual([]);
  });
});
