import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { PGlite } from '@electric-sql/pglite';
import { libpqTarget, runTool } from './backup.ts';

/**
 * Loads a plain pg_dump script into an empty database, of either kind, whichever kind dumped it:
 * PGlite's pg_dump (PostgreSQL 18) writes INSERTs, Debian's pg_dump writes COPY blocks and psql
 * meta-commands. The few lines an older or newer server would refuse are left out.
 */

/** Lines left out: a setting PostgreSQL before 17 does not know (its value, 0, is the default). */
const droppedLine = /^SET transaction_timeout = 0;$/;
/** psql's \restrict and \unrestrict guard lines (pg_dump 15.14+), which only psql understands. */
const psqlGuardLine = /^\\(un)?restrict [A-Za-z0-9]+$/;

/** The file's lines as bytes, split at \n only, so carriage returns inside values stay. */
async function* linesOf(file: string): AsyncGenerator<Buffer> {
  let rest = Buffer.alloc(0);
  for await (const chunk of createReadStream(file)) {
    let data = rest.length ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    let newline = data.indexOf(0x0a);
    while (newline >= 0) {
      yield data.subarray(0, newline);
      data = data.subarray(newline + 1);
      newline = data.indexOf(0x0a);
    }
    rest = Buffer.from(data);
  }
  if (rest.length) yield rest;
}

function isDropped(line: Buffer): boolean {
  return line.length < 64 && droppedLine.test(line.toString('latin1'));
}

/** The script with the dropped lines left out, for psql. */
async function* scriptForPsql(file: string): AsyncGenerator<Buffer> {
  const newline = Buffer.from('\n');
  for await (const line of linesOf(file)) {
    if (!isDropped(line)) yield Buffer.concat([line, newline]);
  }
}

/** psql in one transaction that stops at the first error: a failed load leaves the database empty. */
export async function loadIntoPostgres(url: string, file: string): Promise<void> {
  const target = libpqTarget(url);
  await runTool('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', `--dbname=${target.url}`, '-f', '-'], target.env, Readable.from(scriptForPsql(file)));
}

const copyFromStdin = /^(COPY .+) FROM stdin;$/;

/**
 * Into PGlite, in one transaction: SQL between COPY blocks through exec(), each COPY block's data
 * through PGlite's /dev/blob (its way of feeding COPY FROM). The dump's own session settings
 * (an empty search_path) are undone afterwards, so the connection stays usable.
 */
export async function loadIntoPglite(client: PGlite, file: string): Promise<void> {
  const searchPath = (await client.query<{ search_path: string }>('show search_path')).rows[0]!.search_path;
  let statements: Buffer[] = [];
  let copy: { statement: string; data: Buffer[] } | undefined;
  const newline = Buffer.from('\n');
  const flush = async () => {
    if (statements.length) await client.exec(Buffer.concat(statements).toString('utf8'));
    statements = [];
  };
  await client.exec('begin');
  try {
    for await (const line of linesOf(file)) {
      if (copy) {
        if (line.length === 2 && line[0] === 0x5c && line[1] === 0x2e) {
          await client.query(`${copy.statement} FROM '/dev/blob'`, [], { blob: new Blob(copy.data as Uint8Array<ArrayBuffer>[]) });
          copy = undefined;
        } else copy.data.push(line, newline);
        continue;
      }
      if (line.length < 4096 && line[0] === 0x43 /* C */) {
        const match = copyFromStdin.exec(line.toString('utf8'));
        if (match) {
          await flush();
          copy = { statement: match[1]!, data: [] };
          continue;
        }
      }
      if (isDropped(line) || (line[0] === 0x5c && psqlGuardLine.test(line.toString('latin1')))) continue;
      statements.push(line, newline);
    }
    if (copy) throw new Error('the dump ends inside a COPY block');
    await flush();
    await client.exec('commit');
  } catch (error) {
    await client.exec('rollback');
    throw error;
  } finally {
    await client.exec('reset all');
    await client.query("select set_config('search_path', $1, false)", [searchPath]);
  }
}
