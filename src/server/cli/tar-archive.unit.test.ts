import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tar from 'tar-stream';
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

/** An archive of hand-made entries, as another tool or an attacker could write one. */
async function otherArchive(add: (pack: tar.Pack) => void): Promise<Buffer> {
  const pack = tar.pack();
  add(pack);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk);
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
    const cut = untarInto(inPieces(bytes.subarray(0, bytes.length - 2048)), mkdtempSync(path.join(work, 'cut-')));
    await expect(cut).rejects.toThrow(ArchiveError);
    await expect(cut).rejects.toThrow(/cut short.*Unexpected end of data/);
    const changed = Buffer.from(bytes);
    changed[10] = 0x41;
    const damaged = untarInto(inPieces(changed), mkdtempSync(path.join(work, 'changed-')));
    await expect(damaged).rejects.toThrow(ArchiveError);
    await expect(damaged).rejects.toThrow(/damaged.*Invalid tar header/);
  });

  it('refuses names that leave the folder, and writes none', async () => {
    const other = path.join(work, 'victim');
    writeFileSync(other, 'x');
    const bytes = await otherArchive((pack) => pack.entry({ name: '../victim' }, 'y'));
    await expect(untarInto(inPieces(bytes), mkdtempSync(path.join(work, 'evil-')))).rejects.toThrow(/unexpected entry.*\.\.\/victim/);
    expect(readFileSync(other, 'utf8')).toBe('x');
  });

  it('refuses entries that are not regular files', async () => {
    const out = mkdtempSync(path.join(work, 'link-'));
    const bytes = await otherArchive((pack) => pack.entry({ name: 'database.sql', type: 'symlink', linkname: '/etc/passwd' }));
    await expect(untarInto(inPieces(bytes), out)).rejects.toThrow(ArchiveError);
    expect(readdirSync(out)).toEqual([]);
  });

  it('writes no entry whose name is not flat, and fails (not hangs) on a file it cannot read', async () => {
    expect(() => tarStream([{ name: '../x', file: entries[0]!.file }])).toThrow(ArchiveError);
    const chunks = async () => {
      for await (const chunk of tarStream([...entries, { name: 'gone', file: path.join(work, 'gone') }])) expect(chunk).toBeDefined();
    };
    await expect(chunks()).rejects.toThrow(/ENOENT/);
  });
});
