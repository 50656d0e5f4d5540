import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';

/**
 * A plain POSIX tar (ustar) archive of regular files, written and read as a stream, so that a
 * decrypted backup opens with `tar` and a database dump never has to fit in memory. Only what the
 * backup needs: flat names, regular files, sizes past 8 GiB in GNU's base-256 form.
 */

const block = 512;
const octalSizeLimit = 8 ** 11;

export class ArchiveError extends Error {}

function writeOctal(header: Buffer, offset: number, length: number, value: number): void {
  header.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'latin1');
}

function headerFor(name: string, size: number, mtime: Date): Buffer {
  const header = Buffer.alloc(block);
  if (Buffer.byteLength(name) > 100 || !/^[\w.-]+$/.test(name)) throw new ArchiveError(`unsupported entry name: ${name}`);
  header.write(name, 0, 100, 'utf8');
  writeOctal(header, 100, 8, 0o600);
  writeOctal(header, 108, 8, 0);
  writeOctal(header, 116, 8, 0);
  if (size < octalSizeLimit) writeOctal(header, 124, 12, size);
  else {
    // GNU base-256: the high bit of the first byte set, the size big-endian in the rest.
    header[124] = 0x80;
    header.writeBigUInt64BE(BigInt(size), 128);
  }
  writeOctal(header, 136, 12, Math.floor(mtime.getTime() / 1000));
  header.write('        ', 148, 8, 'latin1');
  header.write('0', 156, 1, 'latin1');
  header.write('ustar\0', 257, 6, 'latin1');
  header.write('00', 263, 2, 'latin1');
  let checksum = 0;
  for (const byte of header) checksum += byte;
  header.write(`${checksum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
  return header;
}

export interface ArchiveEntry {
  /** A flat file name (letters, digits, `.`, `_`, `-`). */
  name: string;
  /** The file whose bytes the entry holds. */
  file: string;
}

/** The archive of the given files, in order, as a stream of bytes. */
export async function* tarStream(entries: readonly ArchiveEntry[], mtime = new Date()): AsyncGenerator<Uint8Array> {
  for (const entry of entries) {
    const { size } = await stat(entry.file);
    yield headerFor(entry.name, size, mtime);
    let written = 0;
    for await (const chunk of createReadStream(entry.file)) {
      written += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
    if (written !== size) throw new ArchiveError(`${entry.name} changed while it was archived`);
    if (size % block) yield Buffer.alloc(block - (size % block));
  }
  yield Buffer.alloc(block * 2);
}

function readSize(header: Buffer): number {
  if (header[124]! & 0x80) return Number(header.readBigUInt64BE(128));
  return parseInt(header.toString('latin1', 124, 136).replace(/\0.*$/s, '').trim() || '0', 8);
}

function checksumHolds(header: Buffer): boolean {
  const stored = parseInt(header.toString('latin1', 148, 156).replace(/\0.*$/s, '').trim(), 8);
  let sum = 0;
  for (let i = 0; i < block; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
  return stored === sum;
}

/**
 * Unpacks an archive written by tarStream into `dir` (which must exist), refusing anything but flat
 * regular files. Returns the names in archive order.
 */
export async function untarInto(source: AsyncIterable<Uint8Array>, dir: string): Promise<string[]> {
  const names: string[] = [];
  let pending = Buffer.alloc(0);
  let current: { name: string; remaining: number; padding: number; out: Writable } | undefined;
  let ended = false;
  const finishEntry = async () => {
    const out = current!.out;
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    current = undefined;
  };
  const write = (out: Writable, data: Buffer) =>
    new Promise<void>((resolve, reject) => out.write(data, (error) => (error ? reject(error) : resolve())));

  for await (const chunk of source) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : Buffer.from(chunk);
    for (;;) {
      if (ended) break;
      if (current) {
        if (current.remaining > 0) {
          if (!pending.length) break;
          const take = Math.min(current.remaining, pending.length);
          await write(current.out, pending.subarray(0, take));
          pending = pending.subarray(take);
          current.remaining -= take;
          if (current.remaining > 0) break;
        }
        if (pending.length < current.padding) break;
        pending = pending.subarray(current.padding);
        await finishEntry();
        continue;
      }
      if (pending.length < block) break;
      const header = pending.subarray(0, block);
      pending = pending.subarray(block);
      if (header.every((b) => b === 0)) {
        ended = true;
        break;
      }
      if (!checksumHolds(header)) throw new ArchiveError('the archive is damaged (a header checksum does not match)');
      const name = header.toString('utf8', 0, 100).replace(/\0.*$/s, '');
      const type = header.toString('latin1', 156, 157);
      if (!/^[\w.-]+$/.test(name) || name === '.' || name === '..' || (type !== '0' && type !== '\0')) {
        throw new ArchiveError(`unexpected entry in the archive: ${JSON.stringify(name)}`);
      }
      const size = readSize(header);
      names.push(name);
      const out = createWriteStream(path.join(dir, name), { flags: 'wx', mode: 0o600 });
      current = { name, remaining: size, padding: (block - (size % block)) % block, out };
      if (size === 0) {
        await finishEntry();
      }
    }
  }
  if (current || !ended) {
    current?.out.destroy();
    throw new ArchiveError('the archive ends too early (truncated)');
  }
  return names;
}

/** Writes a stream of bytes to a new file (mode 0600). */
export async function writeStreamToFile(source: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>, file: string): Promise<void> {
  const readable = source instanceof ReadableStream ? Readable.fromWeb(source as NodeReadableStream<Uint8Array>) : Readable.from(source);
  await pipeline(readable, createWriteStream(file, { flags: 'wx', mode: 0o600 }));
}
