import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArchiveError, tarStream, untarInto } from './tar-archive.ts';

const work = mkdtempSync(path.join(tmpdir(), 'samverka-tar-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const files = {
  'manifest.json': Buffer.from('{"format":"samverka-backup"}\n'),
  empty: Buffer.alloc(0),
  'exactly-one-block': randomBytes(512),
  'database.sql': randomBytes(200_001),
};
for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(work, name), bytes);
const entries = Object.keys(files).map((name) => ({ name, file: path.join(work, name) }));

async function archive(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of tarStream(entries)) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** The bytes handed over in uneven pieces, as a decrypting stream does. */
async function* inPieces(bytes: Buffer, size = 777): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('the backup archive', () => {
  it('unpacks what it packed, byte for byte, in order', async () => {
    const out = mkdtempSync(path.join(work, 'out-'));
    expect(await untarInto(inPieces(await archive()), out)).toEqual(Object.keys(files));
    for (const [name, bytes] of Object.entries(files)) expect(readFileSync(path.join(out, name)).equals(bytes), name).toBe(true);
  });

  it('is a tar that the tar command lists', async () => {
    const file = path.join(work, 'listed.tar');
    writeFileSync(file, await archive());
    const listed = execFileSync('tar', ['tf', file], { encoding: 'utf8' }).trim().split('\n');
    expect(listed).toEqual(Object.keys(files));
  });

  it('refuses an archive cut short, and one whose header was changed', async () => {
    const bytes = await archive();
    await expect(untarInto(inPieces(bytes.subarray(0, bytes.length - 2048)), mkdtempSync(path.join(work, 'cut-')))).rejects.toThrow(/truncated/);
    const changed = Buffer.from(bytes);
    changed[10] = 0x41;
    await expect(untarInto(inPieces(changed), mkdtempSync(path.join(work, 'changed-')))).rejects.toThrow(/checksum/);
  });

  it('refuses names that leave the folder, and writes none', async () => {
    const other = path.join(work, 'victim');
    writeFileSync(other, 'x');
    const name = Buffer.from('../victim');
    const bytes = Buffer.from(await archive());
    // Rename the first entry and mend its checksum, as an attacker would.
    bytes.fill(0, 0, 100);
    name.copy(bytes, 0);
    bytes.write('        ', 148, 8, 'latin1');
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += bytes[i]!;
    bytes.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
    await expect(untarInto(inPieces(bytes), mkdtempSync(path.join(work, 'evil-')))).rejects.toThrow(ArchiveError);
    expect(readFileSync(other, 'utf8')).toBe('x');
  });
});
