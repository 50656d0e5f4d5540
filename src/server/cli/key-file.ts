import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { Keyring, keyFileName } from '../platform/crypto.ts';

export class RotationError extends Error {}

/** The next free id of the form kN: one past the highest in use. */
export function nextKeyId(existing: readonly string[]): string {
  const numbers = existing.map((id) => /^k(\d+)$/.exec(id)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  let next = Math.max(1, ...numbers) + 1;
  while (existing.includes(`k${next}`)) next++;
  return `k${next}`;
}

function keyIdsOf(spec: string): string[] {
  return spec
    .split(',')
    .map((pair) => pair.trim().split(':')[0] ?? '')
    .filter(Boolean);
}

/** Replaces a file atomically: a new file (mode 0600) written and flushed, then renamed over it. */
function replaceSecretFile(file: string, content: string): void {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temp, 0o600);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  // Make the rename itself durable before any value is encrypted under the new key.
  const dir = openSync(path.dirname(file), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

/** The data folder's key file; refused when missing, since rotating means keeping the old key. */
export function requireKeyFile(config: Config): string {
  const keyFile = path.join(config.dataDir, keyFileName);
  if (!existsSync(keyFile)) {
    throw new RotationError(
      `No key file at ${keyFile}. Start Samverka once to create it, or set SAMVERKA_ENCRYPTION_KEY to manage keys yourself.`,
    );
  }
  return keyFile;
}

/**
 * Puts a new key first in the data folder's key file, keeping every older key after it so that
 * values under them stay readable. The file is written before any value is re-encrypted: a crash
 * in between leaves values under keys that are still in the ring.
 */
export function addKeyToFile(config: Config): { keyring: Keyring; keyFile: string } {
  const keyFile = requireKeyFile(config);
  const old = readFileSync(keyFile, 'utf8').trim();
  new Keyring(old); // refuse to touch a file that does not parse
  const id = nextKeyId(keyIdsOf(old));
  const spec = `${id}:${randomBytes(32).toString('base64')},${old}`;
  replaceSecretFile(keyFile, `${spec}\n`);
  return { keyring: new Keyring(spec), keyFile };
}
