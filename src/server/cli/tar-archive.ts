import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';

/**
 * A plain tar archive of flat regular files, written and read as a stream with tar-stream, so that
 * a decrypted backup opens with `tar` and a database dump never has to fit in memory.
 */

export class ArchiveError extends Error {}

/** A flat file name (letters, digits, `.`, `_`, `-`), never `.` or `..`. */
function isFlatName(name: string): boolean {
  return /^[\w.-]+$/.test(name) && name !== '.' && name !== '..' && Buffer.byteLength(name) <= 100;
}

export interface ArchiveEntry {
  /** A flat file name (letters, digits, `.`, `_`, `-`). */
  name: string;
  /** The file whose bytes the entry holds. */
  file: string;
}

/** The archive of the given files, in order, as a stream of bytes; it fails if a file changes size while read. */
export function tarStream(entries: readonly ArchiveEntry[], mtime = new Date()): AsyncIterable<Uint8Array> {
  const bad = entries.find((entry) => !isFlatName(entry.name));
  if (bad) throw new ArchiveError(`unsupported entry name: ${bad.name}`);
  const pack = tar.pack();
  void (async () => {
    for (const entry of entries) {
      const { size } = await stat(entry.file);
      await pipeline(createReadStream(entry.file), pack.entry({ name: entry.name, size, mtime, mode: 0o600, type: 'file' }));
    }
    pack.finalize();
  })().catch((error: unknown) => pack.destroy(error instanceof Error ? error : new ArchiveError(String(error))));
  return pack;
}

/**
 * Unpacks an archive into `dir` (which must exist), refusing anything but flat regular files and
 * an archive that is damaged (a header checksum) or cut short inside an entry. One cut exactly
 * between entries reads as a shorter archive: the restore's manifest (names, sizes, sha256) finds
 * that. Returns the names in archive order.
 */
export async function untarInto(source: AsyncIterable<Uint8Array>, dir: string): Promise<string[]> {
  const names: string[] = [];
  const extract = tar.extract();
  const fed = pipeline(Readable.from(source), extract);
  fed.catch(() => undefined); // its failure also ends the loop below, which reports it
  try {
    for await (const entry of extract) {
      const { name, type } = entry.header;
      if (!isFlatName(name) || type !== 'file') throw new ArchiveError(`unexpected entry in the archive: ${JSON.stringify(name)}`);
      names.push(name);
      await pipeline(entry, createWriteStream(path.join(dir, name), { flags: 'wx', mode: 0o600 }));
    }
    await fed;
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(`the archive is damaged or cut short (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  return names;
}

/** Writes a stream of bytes to a new file (mode 0600). */
export async function writeStreamToFile(source: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>, file: string): Promise<void> {
  const readable = source instanceof ReadableStream ? Readable.fromWeb(source as NodeReadableStream<Uint8Array>) : Readable.from(source);
  await pipeline(readable, createWriteStream(file, { flags: 'wx', mode: 0o600 }));
}
